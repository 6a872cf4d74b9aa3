#if canImport(Glibc)
import Glibc
#endif

/// Parses UTF-8 HTML straight into `HTMLDOM`'s flat node array, byte by byte, with the HTML5
/// rules that decide where text ends up on real pages: implied `<html>`, `<head>` and
/// `<body>`; `<p>`, `<li>`, `<dd>`, `<option>` and table cells closed by what follows them;
/// end tags that only close an element in scope (a stray `</div>` inside a cell closes
/// nothing); raw-text elements (`script`, `style`, ...); character references (one decoder,
/// `Entities`); SVG/MathML content that ends at the first HTML block tag. It leaves out the
/// rules that move nodes (foster parenting, the adoption agency): they change where a few
/// inline tags sit, not which text a block holds. Gumbo built the same tree at a tenth of
/// the speed, and the page's parse was most of the extraction time.
struct HTMLTreeBuilder {
    var nodes: [HTMLDOM.Node] = []
    // The parse state, shared by the tokenizer (this file) and the tree construction
    // (HTMLTreeBuilder+TreeConstruction.swift); nothing outside the builder touches it.
    /// The open elements (indices into `nodes`), with their names and flags beside them.
    var stack: [Int] = []
    var stackNames: [String] = []
    var stackFlags: [HTMLTagFlags] = []
    var stackForeign: [Bool] = []
    var text: [UInt8] = []
    var head = -1
    var body = -1
    var headClosed = false

    /// Tag and attribute names longer than this are cut (real ones are short).
    static let maximumNameLength = 64

    init(utf8: [UInt8]) {
        nodes.reserveCapacity(utf8.count / 40)
        text.reserveCapacity(4096)
        utf8.withUnsafeBufferPointer { run($0) }
    }

    // MARK: Tokenizer

    private mutating func run(_ p: UnsafeBufferPointer<UInt8>) {
        let n = p.count
        var i = 0
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
        while i < n {
            let b = p[i]
            if b == UInt8(ascii: "<") {
                i = tag(p, at: i)
            } else if b == UInt8(ascii: "&") {
                if let (scalar, next) = Entities.decodeHTML(p, at: i, end: n, inAttribute: false) {
                    Entities.appendUTF8(scalar, to: &text)
                    i = next
                } else {
                    text.append(b)
                    i += 1
                }
            } else {
                // A run of plain text, copied in one piece.
                var k = i + 1
                while k < n, p[k] != UInt8(ascii: "<"), p[k] != UInt8(ascii: "&") { k += 1 }
                appendText(p, i, k)
                i = k
            }
        }
        flushText()
        ensureBody()
        while !stack.isEmpty { pop() }
    }

    private mutating func appendText(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        var start = from
        for k in from..<to where p[k] == 0 {
            text.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<k]))
            start = k + 1
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<to]))
    }

    /// Reads the markup at `p[i]` (a `<`) and returns the index after it.
    private mutating func tag(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = p.count
        guard i + 1 < n else { text.append(UInt8(ascii: "<")); return n }
        let next = p[i + 1]
        if isLetter(next) { return startTag(p, at: i + 1) }
        if next == UInt8(ascii: "/") {
            guard i + 2 < n else { text.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")]); return n }
            if isLetter(p[i + 2]) { return endTag(p, at: i + 2) }
            if p[i + 2] == UInt8(ascii: ">") { return i + 3 }
            return skip(past: UInt8(ascii: ">"), p, from: i + 2)
        }
        if next == UInt8(ascii: "!") {
            if i + 3 < n, p[i + 2] == UInt8(ascii: "-"), p[i + 3] == UInt8(ascii: "-") {
                // `<!-->` and `<!--->` are empty comments.
                if i + 4 < n, p[i + 4] == UInt8(ascii: ">") { return i + 5 }
                if i + 5 < n, p[i + 4] == UInt8(ascii: "-"), p[i + 5] == UInt8(ascii: ">") { return i + 6 }
                return find("-->", p, from: i + 4).map { $0 + 3 } ?? n
            }
            if stackForeign.last == true, XMLScan.hasPrefix(p, i + 2, n, "[CDATA[") {
                let close = find("]]>", p, from: i + 9) ?? n
                appendText(p, i + 9, close)
                return min(n, close + 3)
            }
            return skip(past: UInt8(ascii: ">"), p, from: i + 2)
        }
        if next == UInt8(ascii: "?") { return skip(past: UInt8(ascii: ">"), p, from: i + 2) }
        text.append(UInt8(ascii: "<"))
        return i + 1
    }

    private func skip(past byte: UInt8, _ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var k = start
        while k < p.count, p[k] != byte { k += 1 }
        return min(p.count, k + 1)
    }

    private func find(_ literal: StaticString, _ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        let first = literal.utf8Start[0]
        var i = start
        while i + count <= p.count {
            if p[i] == first, XMLScan.hasPrefix(p, i, p.count, literal) { return i }
            i += 1
        }
        return nil
    }

    @inline(__always) private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }

    /// A lower-case name from `p[i...]` up to whitespace, `/` or `>`; returns it and the index after it.
    private func name(_ p: UnsafeBufferPointer<UInt8>, at start: Int, stopAtEquals: Bool) -> (String, Int) {
        var k = start
        let n = p.count
        var ascii = true
        while k < n {
            let b = p[k]
            if isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") || (stopAtEquals && b == UInt8(ascii: "=") && k > start) { break }
            if b >= 0x80 || (b >= 65 && b <= 90) { ascii = false }
            k += 1
        }
        let end = min(k, start + HTMLTreeBuilder.maximumNameLength)
        let raw = UnsafeBufferPointer(rebasing: p[start..<end])
        if ascii { return (String(decoding: raw, as: UTF8.self), k) }
        return (String(decoding: raw.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self), k)
    }

    private mutating func startTag(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let n = p.count
        var (tagName, i) = name(p, at: start, stopAtEquals: false)
        if tagName == "image" { tagName = "img" }
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while true {
            while i < n, isSpace(p[i]) || p[i] == UInt8(ascii: "/") {
                selfClosing = p[i] == UInt8(ascii: "/")
                i += 1
            }
            guard i < n else { return n }  // a tag cut off by the end of the page is dropped
            if p[i] == UInt8(ascii: ">") { i += 1; break }
            selfClosing = false
            let (attributeName, afterName) = name(p, at: i, stopAtEquals: true)
            i = afterName
            var j = i
            while j < n, isSpace(p[j]) { j += 1 }
            var value = ""
            if j < n, p[j] == UInt8(ascii: "=") {
                j += 1
                while j < n, isSpace(p[j]) { j += 1 }
                guard j < n else { return n }
                let valueStart: Int, valueEnd: Int
                if p[j] == UInt8(ascii: "\"") || p[j] == UInt8(ascii: "'") {
                    let quote = p[j]
                    valueStart = j + 1
                    var k = valueStart
                    while k < n, p[k] != quote { k += 1 }
                    guard k < n else { return n }
                    valueEnd = k
                    i = k + 1
                } else {
                    valueStart = j
                    var k = j
                    while k < n, !isSpace(p[k]), p[k] != UInt8(ascii: ">") { k += 1 }
                    valueEnd = k
                    i = k
                }
                if valueEnd - valueStart <= HTMLDOM.maximumAttributeLength {
                    value = attributeValue(p, valueStart, valueEnd)
                } else {
                    continue
                }
            }
            if !attributes.contains(where: { $0.name == attributeName }) { attributes.append((attributeName, value)) }
        }
        flushText()
        let flags = HTMLTagFlags.of(tagName)
        let opened = insertStart(tagName, flags: flags, attributes: attributes, selfClosing: selfClosing)
        guard opened, stackForeign.last != true else { return i }
        if flags.contains(.rawText) || flags.contains(.escapableRawText) {
            if tagName == "plaintext" {
                appendText(p, i, n)
                return n
            }
            let close = rawTextEnd(tagName, p, from: i)
            if flags.contains(.escapableRawText) {
                decodeText(p, i, close)
            } else if HTMLTreeBuilder.keepsRawText(tagName, attributes) {
                appendText(p, i, close)
            }
            flushText()
            if stackNames.last == tagName { pop() }
            return close < n ? skip(past: UInt8(ascii: ">"), p, from: close) : n
        }
        return i
    }

    /// Whether the content of a raw-text element is kept as a text node. Code and style sheets
    /// (most of a news page's bytes) are never read: only JSON scripts (JSON-LD) and the
    /// rendered `xmp` and `plaintext` keep their text.
    static func keepsRawText(_ name: String, _ attributes: [(name: String, value: String)]) -> Bool {
        switch name {
        case "script":
            guard let type = attributes.first(where: { $0.name == "type" })?.value else { return false }
            return type.lowercased().hasSubstring("json")
        case "style", "iframe", "noembed", "noframes": return false
        default: return true
        }
    }

    private func attributeValue(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        var k = from
        while k < to, p[k] != UInt8(ascii: "&") { k += 1 }
        if k == to { return String(decoding: UnsafeBufferPointer(rebasing: p[from..<to]), as: UTF8.self) }
        var bytes = Array(UnsafeBufferPointer(rebasing: p[from..<k]))
        while k < to {
            if p[k] == UInt8(ascii: "&"), let (scalar, next) = Entities.decodeHTML(p, at: k, end: to, inAttribute: true) {
                Entities.appendUTF8(scalar, to: &bytes)
                k = next
            } else {
                bytes.append(p[k])
                k += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func decodeText(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        var k = from
        while k < to {
            if p[k] == UInt8(ascii: "&"), let (scalar, next) = Entities.decodeHTML(p, at: k, end: to, inAttribute: false) {
                Entities.appendUTF8(scalar, to: &text)
                k = next
            } else {
                if p[k] != 0 { text.append(p[k]) }
                k += 1
            }
        }
    }

    /// The index of the `</name` that ends a raw-text element (the page's end when none does).
    /// In a script, a `<!--` ... `<script>` ... `-->` stretch (old `document.write` code) hides
    /// the `</script>` inside it, as in browsers.
    private func rawTextEnd(_ name: String, _ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = p.count
        let nameBytes = Array(name.utf8)
        let isScript = name == "script"
        var escaped = false, doubleEscaped = false
        var i = start
        func named(at k: Int) -> Bool {
            guard k + nameBytes.count <= n else { return false }
            for (offset, b) in nameBytes.enumerated() where p[k + offset] | 0x20 != b { return false }
            let after = k + nameBytes.count
            return after == n || isSpace(p[after]) || p[after] == UInt8(ascii: "/") || p[after] == UInt8(ascii: ">")
        }
        while i < n {
            // Outside a `<!--` stretch only a `<` can end the text: jump to the next one.
            if !escaped {
                i = HTMLTreeBuilder.next(UInt8(ascii: "<"), p, from: i)
                guard i < n else { break }
            }
            let b = p[i]
            if b == UInt8(ascii: "<") {
                if i + 1 < n, p[i + 1] == UInt8(ascii: "/"), named(at: i + 2) {
                    if !doubleEscaped { return i }
                    doubleEscaped = false
                } else if isScript, !escaped, XMLScan.hasPrefix(p, i, n, "<!--") {
                    escaped = true
                } else if isScript, escaped, named(at: i + 1) {
                    doubleEscaped = true
                }
            } else if isScript, escaped, b == UInt8(ascii: ">"), i >= 2, p[i - 1] == UInt8(ascii: "-"), p[i - 2] == UInt8(ascii: "-") {
                escaped = false
                doubleEscaped = false
            }
            i += 1
        }
        return n
    }

    /// The index of the next `byte` at or after `start` (`p.count` when there is none), found
    /// with the C library's `memchr`, which reads a script's kilobytes many bytes at a time.
    static func next(_ byte: UInt8, _ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < p.count, let base = p.baseAddress, let found = memchr(base + start, Int32(byte), p.count - start) else { return p.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private mutating func endTag(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let (tagName, i) = name(p, at: start, stopAtEquals: false)
        let after = skip(past: UInt8(ascii: ">"), p, from: i)
        guard after <= p.count, i < p.count else { return p.count }
        flushText()
        insertEnd(tagName)
        return after
    }
}
