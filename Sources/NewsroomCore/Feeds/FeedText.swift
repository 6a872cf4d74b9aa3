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

    /// RSS `<author>`: `email (Name)`, `Name <email>`, a bare address or a bare name.
    static func contact(fromRSSAuthor raw: String) -> Contact? {
        let text = collapsed(raw)
        guard !text.isEmpty else { return nil }
        if text.hasSuffix(")"), let open = text.firstIndex(of: "(") {
            let email = trimmed(String(text[..<open]))
            let name = trimmed(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
            if email.contains("@") && !email.contains(" ") {
                return Contact(name: name.isEmpty ? email : name, email: email)
            }
        }
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            let name = trimmed(String(text[..<open]))
            let email = trimmed(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
            if email.contains("@") { return Contact(name: name.isEmpty ? email : name, email: email) }
        }
        if text.contains("@") && !text.contains(" ") { return Contact(name: text, email: text) }
        return Contact(name: text)
    }
}
