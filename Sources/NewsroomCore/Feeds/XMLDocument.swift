#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The namespaces the feed parsers care about; everything else is `.other`.
enum XMLNamespace: UInt8, Sendable {
    case none, rss090, rss10, rdf, atom, dc, content, xhtml, xml, itunes, media, other

    init(uri: String) {
        switch uri {
        case "http://purl.org/rss/1.0/": self = .rss10
        case "http://my.netscape.com/rdf/simple/0.9/": self = .rss090
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns#": self = .rdf
        // Atom 1.0, 0.3, and the drafts before 0.3 (Echo, Pie, Necho) that feeds still carry.
        case "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#", "http://example.com/newformat#",
             "http://example.com/necho", "http://purl.org/echo/", "http://purl.org/pie/", "uri/of/echo/namespace#":
            self = .atom
        case "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/": self = .dc
        case "http://purl.org/rss/1.0/modules/content/": self = .content
        case "http://www.w3.org/1999/xhtml": self = .xhtml
        case "http://www.w3.org/XML/1998/namespace": self = .xml
        case "", "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss": self = .none
        case "http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss": self = .media
        default:
            // Userland's RSS namespaces (`.../rss`, `.../rss2.1`) are RSS; Apple's podcast
            // namespace is written in any case.
            if uri.hasPrefix("http://backend.userland.com/rss") {
                self = .none
            } else if uri.utf8.count == 42, uri.lowercased() == "http://www.itunes.com/dtds/podcast-1.0.dtd" {
                self = .itunes
            } else {
                self = .other
            }
        }
    }

    /// A prefix nobody declared: guess from the conventional names rather than give up.
    init(undeclaredPrefix prefix: String) {
        switch prefix {
        case "": self = .none
        case "dc", "dcterms": self = .dc
        case "content": self = .content
        case "atom": self = .atom
        case "rdf": self = .rdf
        case "xml": self = .xml
        case "xhtml", "html": self = .xhtml
        case "itunes": self = .itunes
        case "media": self = .media
        default: self = .other
        }
    }

    /// The element names of RSS itself: RSS 2.0 (no namespace), RSS 1.0 and RSS 0.90.
    var isRSSCore: Bool { self == .none || self == .rss10 || self == .rss090 }
}

struct XMLAttribute: Sendable {
    var namespace: XMLNamespace
    var name: String
    var value: String
}

struct XMLElement: Sendable {
    var namespace: XMLNamespace
    var name: String
    var attributes: [XMLAttribute]
    var parent: Int
    var firstChild = -1
    var nextSibling = -1
    /// The raw bytes between the start tag and the end tag.
    var contentStart: Int
    var contentEnd: Int
    var hasChildElements = false

    func attribute(_ name: String, namespace: XMLNamespace = .none) -> String? {
        for attribute in attributes where attribute.name == name && attribute.namespace == namespace {
            return attribute.value
        }
        return nil
    }
}

/// A parsed XML document: elements in document order (index 0 is the root) over the UTF-8
/// bytes. Text is decoded only when a parser asks for it, so unused elements cost nothing.
struct XMLDocument: Sendable {
    var bytes: [UInt8]
    var elements: [XMLElement]

    subscript(index: Int) -> XMLElement { elements[index] }

    /// The child elements of `index`, in order.
    func children(of index: Int) -> XMLChildren { XMLChildren(elements: elements, cursor: elements[index].firstChild) }

    func firstChild(of index: Int, _ name: String, _ namespace: XMLNamespace) -> Int? {
        for child in children(of: index) where elements[child].name == name && elements[child].namespace == namespace {
            return child
        }
        return nil
    }

    /// The element's string value: character data and CDATA of it and its descendants, with
    /// references decoded and line ends normalised (CRLF and CR become LF). Tags, comments
    /// and processing instructions add nothing.
    func text(_ index: Int) -> String {
        let element = elements[index]
        return bytes.withUnsafeBufferPointer { p in
            XMLText.decode(p, from: element.contentStart, to: element.contentEnd)
        }
    }

    /// What an HTML-bearing element holds as HTML: its decoded text (escaped HTML or CDATA),
    /// or, when it has child elements (inline XHTML, careless feeds), its raw inner markup.
    func markup(_ index: Int) -> String {
        let element = elements[index]
        guard element.hasChildElements else { return text(index) }
        return String(decoding: bytes[element.contentStart..<element.contentEnd], as: UTF8.self)
    }

    /// Calls `body` with `markup(index)` for the HTML converter, without building a String:
    /// the raw range when nothing needs decoding (plain text, inline markup, one CDATA
    /// section), else the character data, which the converter decodes as it reads.
    func withMarkup<R>(_ index: Int, _ body: (HTMLText.Source) -> R) -> R {
        let element = elements[index]
        return bytes.withUnsafeBufferPointer { p in
            var start = element.contentStart
            var end = element.contentEnd
            if element.hasChildElements { return body(HTMLText.Source(bytes: UnsafeBufferPointer(rebasing: p[start..<end]))) }
            while start < end, XMLScan.isSpace(p[start]) { start += 1 }
            while end > start, XMLScan.isSpace(p[end - 1]) { end -= 1 }
            if XMLScan.hasPrefix(p, start, end, "<![CDATA["), end - start >= 12,
               p[end - 3] == UInt8(ascii: "]"), p[end - 2] == UInt8(ascii: "]"), p[end - 1] == UInt8(ascii: ">"),
               XMLScan.find(p, "]]>", from: start + 9, end: end) == end - 3,
               XMLScan.firstIndex(of: 0x0D, p, from: start + 9, end: end - 3) == nil {
                return body(HTMLText.Source(bytes: UnsafeBufferPointer(rebasing: p[(start + 9)..<(end - 3)])))
            }
            let data = UnsafeBufferPointer(rebasing: p[element.contentStart..<element.contentEnd])
            let isEscaped = XMLScan.firstMarkupOrCR(data, from: 0, end: data.count) < data.count
            return body(HTMLText.Source(bytes: data, isEscaped: isEscaped))
        }
    }

    /// The `xml:base` in scope at `index`: every ancestor's base, outermost first, each
    /// resolved against the one around it.
    func base(of index: Int) -> String? {
        var chain: [String] = []
        var current = index
        while current >= 0 {
            if let base = elements[current].attribute("base", namespace: .xml) { chain.append(base) }
            current = elements[current].parent
        }
        var result: String?
        for base in chain.reversed() {
            let trimmed = FeedText.trimmed(base)
            result = result.map { URLResolver.resolve(trimmed, against: $0) } ?? trimmed
        }
        return result
    }
}

struct XMLChildren: Sequence, IteratorProtocol {
    let elements: [XMLElement]
    var cursor: Int

    mutating func next() -> Int? {
        guard cursor >= 0 else { return nil }
        let current = cursor
        cursor = elements[current].nextSibling
        return current
    }
}

/// Decoding of XML character data (shared by element text and attribute values).
enum XMLText {
    static func decode(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        // Fast path: nothing to decode.
        if XMLScan.firstMarkupOrCR(p, from: start, end: end) == end {
            return String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        }
        var sink = ByteSink(capacity: end - start)
        decodeBytes(p, from: start, to: end, into: &sink)
        return sink.string()
    }

    /// Appends the decoded character data of `p[start..<end]` to `out`.
    static func decodeBytes(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into out: inout ByteSink) {
        var i = start
        while i < end {
            let c = p[i]
            switch c {
            case UInt8(ascii: "<"):
                if XMLScan.hasPrefix(p, i, end, "<![CDATA[") {
                    let bodyStart = i + 9
                    let close = XMLScan.find(p, "]]>", from: bodyStart, end: end) ?? end
                    appendNormalisingLineEnds(p, bodyStart, close, to: &out)
                    i = min(close + 3, end)
                } else if XMLScan.hasPrefix(p, i, end, "<!--") {
                    i = min((XMLScan.find(p, "-->", from: i + 4, end: end) ?? end) + 3, end)
                } else if i + 1 < end, XMLScan.isNameStart(p[i + 1]) || p[i + 1] == UInt8(ascii: "/")
                            || p[i + 1] == UInt8(ascii: "?") || p[i + 1] == UInt8(ascii: "!") {
                    i = XMLScan.tagEnd(p, from: i + 1, end: end)
                } else {
                    out.append(c)
                    i += 1
                }
            case UInt8(ascii: "&"):
                // `&lt;` and `&gt;` fill escaped HTML: read without a call.
                if i + 3 < end, p[i + 3] == UInt8(ascii: ";"), p[i + 2] == UInt8(ascii: "t"),
                   p[i + 1] == UInt8(ascii: "l") || p[i + 1] == UInt8(ascii: "g") {
                    out.append(p[i + 1] == UInt8(ascii: "l") ? UInt8(ascii: "<") : UInt8(ascii: ">"))
                    i += 4
                } else if let (scalar, next) = Entities.decode(p, at: i, end: end) {
                    out.append(scalar)
                    i = next
                } else {
                    out.append(c)
                    i += 1
                }
            case 0x0D:
                out.append(0x0A)
                i += 1
                if i < end, p[i] == 0x0A { i += 1 }
            default:
                // A run of ordinary bytes, found eight at a time and copied at once.
                let runStart = i
                i = XMLScan.firstMarkupOrCR(p, from: i + 1, end: end)
                out.append(UnsafeBufferPointer(rebasing: p[runStart..<i]))
            }
        }
    }

    static func appendNormalisingLineEnds(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to out: inout ByteSink) {
        var i = start
        while i < end {
            let runStart = i
            i = XMLScan.firstIndex(of: 0x0D, p, from: i, end: end) ?? end
            out.append(UnsafeBufferPointer(rebasing: p[runStart..<i]))
            guard i < end else { return }
            out.append(0x0A)
            i += 1
            if i < end, p[i] == 0x0A { i += 1 }
        }
    }
}

/// Byte-level helpers for the XML and HTML scanners.
enum XMLScan {
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }

    @inline(__always) static func isNameStart(_ c: UInt8) -> Bool {
        ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c >= 0x80
    }

    @inline(__always) static func isNameByte(_ c: UInt8) -> Bool {
        // isNameStart plus digits, `-` and `.`, as one bit test: bit k of the mask for bytes
        // below 64 is byte k (`-` `.` 0-9 `:`), of the other mask byte 64 + k (A-Z `_` a-z).
        if c >= 0x80 { return true }
        let mask: UInt64 = c < 64 ? 0x07FF_6000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
        return (mask >> UInt64(c & 63)) & 1 != 0
    }

    static func hasPrefix(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= end else { return false }
        let lit = literal.utf8Start
        for k in 0..<count where p[i + k] != lit[k] { return false }
        return true
    }

    /// Like `hasPrefix`, ASCII case-insensitively (`literal` in lower case).
    static func hasPrefixIgnoringCase(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= end else { return false }
        let lit = literal.utf8Start
        for k in 0..<count {
            let c = p[i + k]
            let lower = (c >= 65 && c <= 90) ? c | 0x20 : c
            if lower != lit[k] { return false }
        }
        return true
    }

    /// Index of the first occurrence of `literal` at or after `from`, or nil.
    static func find(_ p: UnsafeBufferPointer<UInt8>, _ literal: StaticString, from: Int, end: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        let first = literal.utf8Start[0]
        var i = from
        while i + count <= end {
            guard let hit = firstIndex(of: first, p, from: i, end: end - count + 1) else { return nil }
            if hasPrefix(p, hit, end, literal) { return hit }
            i = hit + 1
        }
        return nil
    }

    /// Index of the first `&`, `<` or CR in `from..<end`, or `end`: what ends a run of
    /// character data that is copied as it is.
    @inline(__always) static func firstMarkupOrCR(_ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        ASCIIVector.firstIndex(ofAny: UInt8(ascii: "&"), UInt8(ascii: "<"), 0x0D, 0x0D, in: p, from: from, end: end)
    }

    /// Index of the first byte in `from..<end` that ends a run of HTML text: a control byte,
    /// `<`, `&`, or a space not followed by a byte that could continue the run (a single
    /// space between words stays inside it). The bytes too close to the end for a block and
    /// the byte after it are tested one by one, and there every space is reported: the
    /// caller looks at the byte after a space.
    @inline(__always) static func firstTextBreak(_ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        var i = from
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base)
            let space = ASCIIVector.Bytes(repeating: 0x20), lt = ASCIIVector.Bytes(repeating: 0x3C)
            let amp = ASCIIVector.Bytes(repeating: 0x26)
            // One more byte than the block is read: a space stops the run when the next byte breaks.
            while i + ASCIIVector.width + 1 <= end {
                let v = ASCIIVector.load(raw, i), next = ASCIIVector.load(raw, i + 1)
                let isSpace = v .== space
                let breaking = (v .<= space) .| (v .== lt) .| (v .== amp)
                let nextBreaking = (next .<= space) .| (next .== lt) .| (next .== amp)
                if let lane = ASCIIVector.firstLane((breaking .& .!isSpace) .| (isSpace .& nextBreaking)) { return i + lane }
                i += ASCIIVector.width
            }
        }
        while i < end {
            let b = p[i]
            if b <= 0x20 || b == UInt8(ascii: "<") || b == UInt8(ascii: "&") { return i }
            i += 1
        }
        return end
    }

    /// Whether two byte buffers hold the same bytes.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = a.baseAddress, let y = b.baseAddress, a.count > 0 else { return true }
        return memcmp(x, y, a.count) == 0
    }

    /// Index of the first `byte` in `from..<end` (memchr speed), or nil.
    @inline(__always) static func firstIndex(of byte: UInt8, _ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        guard from < end, let base = p.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), end - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The index after the `>` closing a tag whose name starts at `from`, skipping quoted
    /// attribute values; `end` when the tag is never closed.
    static func tagEnd(_ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        closedTagEnd(p, from: from, end: end) ?? end
    }

    /// `tagEnd`, nil when the tag is not closed before `end`.
    static func closedTagEnd(_ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        var i = from
        while i < end {
            i = firstTagByte(p, from: i, end: end)
            guard i < end else { return nil }
            let c = p[i]
            if c == UInt8(ascii: ">") { return i + 1 }
            // A quote only opens a value right after `=` (possibly spaced); elsewhere it is junk.
            var k = i - 1
            while k > from, isSpace(p[k]) { k -= 1 }
            if p[k] == UInt8(ascii: "=") {
                guard let close = firstIndex(of: c, p, from: i + 1, end: end) else { return nil }
                i = close
            }
            i += 1
        }
        return nil
    }

    /// Index of the first `>`, `"` or `'` in `from..<end`, or `end`.
    @inline(__always) static func firstTagByte(_ p: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int {
        ASCIIVector.firstIndex(ofAny: UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "'"), in: p, from: from, end: end)
    }
}
