/// Small text rules shared by the feed parsers.
enum FeedText {
    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
    }

    /// Leading and trailing ASCII whitespace removed (control characters other than
    /// whitespace are content and stay).
    static func trimmed(_ text: String) -> String {
        // Fast path: nothing to trim (checked on bytes; whitespace here is ASCII only).
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, last > 0x20 { return text }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Runs of whitespace become one space, ends trimmed.
    static func collapsed(_ text: String) -> String {
        // Fast path: already collapsed (single spaces between words, nothing at the ends).
        var clean = true
        var previous: UInt8 = 0x20
        for c in text.utf8 {
            if c <= 0x20 && (c != 0x20 || previous == 0x20) && (c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C) {
                clean = false
                break
            }
            previous = c
        }
        if clean && previous != 0x20 { return text }
        if text.isEmpty { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// An RSS title as one line of text. RSS says titles are plain text, but feeds in the
    /// wild put HTML in them (`it&#x27;s` double-escaped, `1930ft<sup>2</sup>`): a title with
    /// a character reference or an end tag / `<br` is read as HTML (tags dropped, references
    /// decoded); any other title is kept as it is, so `a < b` and `AT&T` stay literal.
    static func title(_ text: String) -> String {
        looksLikeHTML(text) ? HTMLText.plain(text) : collapsed(text)
    }

    /// `&name;` / `&#...;` or `</` / `<br` somewhere in the text.
    static func looksLikeHTML(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        var reference = 0  // bytes of a `&...` run seen so far; 0 when not in one
        while let byte = utf8.next() {
            if previous == UInt8(ascii: "<"), byte == UInt8(ascii: "/") { return true }
            if beforePrevious == UInt8(ascii: "<"), previous | 0x20 == UInt8(ascii: "b"), byte | 0x20 == UInt8(ascii: "r") {
                return true
            }
            if byte == UInt8(ascii: "&") {
                reference = 1
            } else if reference > 0 {
                let isNameByte = (byte | 0x20 >= 97 && byte | 0x20 <= 122) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "#")
                if byte == UInt8(ascii: ";") && reference > 1 { return true }
                reference = isNameByte && reference < 12 ? reference + 1 : 0
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// nil for an absent, empty or all-whitespace value.
    static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let value = trimmed(text)
        return value.isEmpty ? nil : value
    }

    /// Plain text to paragraphs: split at blank lines, each paragraph's whitespace collapsed.
    static func plainParagraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        func flush() {
            let paragraph = collapsed(current.joined(separator: " "))
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            current.removeAll()
        }
        // Lines split on scalars: "\r\n" is one Character, so CRLF and CR become LF first.
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousCR { previousCR = false; continue }
            previousCR = scalar == "\r"
            scalars.append(previousCR ? "\n" : scalar)
        }
        let normalised = String(scalars)
        for line in normalised.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(isWhitespace) { flush() } else { current.append(String(line)) }
        }
        flush()
        return paragraphs
    }

    /// A title for an item that has none (RSS allows items with only a description): the
    /// start of its teaser or body, cut at a word boundary near 80 characters; else its link.
    static func fallbackTitle(teaser: String?, body: [String], link: String?) -> String {
        if let source = teaser ?? body.first {
            let words = source.split(separator: " ")
            var title = ""
            for word in words {
                if !title.isEmpty && title.count + 1 + word.count > 80 { return title + "…" }
                title += title.isEmpty ? String(word) : " " + word
            }
            if !title.isEmpty { return title }
        }
        return link ?? ""
    }

    /// RSS `<author>`, `dc:creator`, `dc:author`: `email (Name)`, `Name (email)`,
    /// `Name <email>`, a bare address or a bare name (`Jane Roe (Reuters)` stays one name).
    static func contact(fromRSSAuthor raw: String) -> Contact? {
        let text = collapsed(raw)
        guard !text.isEmpty else { return nil }
        // Searched as UTF-8 bytes: an ASCII byte's index is a valid String index, and a
        // Character search would break graphemes for every author of every feed.
        let bytes = text.utf8
        if bytes.last == UInt8(ascii: ")"), let open = bytes.firstIndex(of: UInt8(ascii: "(")) {
            let outside = trimmed(String(text[..<open]))
            let inside = trimmed(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
            if isAddress(outside) { return Contact(name: inside.isEmpty ? outside : inside, email: outside) }
            if isAddress(inside) { return Contact(name: outside.isEmpty ? inside : outside, email: inside) }
        }
        if bytes.last == UInt8(ascii: ">"), let open = bytes.lastIndex(of: UInt8(ascii: "<")) {
            let name = trimmed(String(text[..<open]))
            let email = trimmed(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
            if email.utf8.contains(UInt8(ascii: "@")) { return Contact(name: name.isEmpty ? email : name, email: email) }
        }
        if isAddress(text) { return Contact(name: text, email: text) }
        return Contact(name: text)
    }

    /// One word with an `@` in it: an e-mail address, not a name.
    private static func isAddress(_ text: String) -> Bool {
        // UTF-8 bytes, not Characters: every RSS author goes through here.
        var at = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "(") { return false }
            if byte == UInt8(ascii: "@") { at = true }
        }
        return at
    }
}
