/// What kind of input a file is, judged from its first bytes.
public enum FeedFormat: String, Equatable, Sendable {
    /// A page dump (plain text that is neither XML nor JSON).
    case dump
    /// RSS 0.9x / 2.0 (`<rss>`).
    case rss
    /// RSS 1.0 / RDF (`<rdf:RDF>`).
    case rdf
    /// Atom 1.0 (`<feed>`).
    case atom
    /// JSON Feed 1.x (`{`).
    case jsonFeed = "json"
    /// XML whose root is none of the above.
    case unknown

    /// Looks past a BOM, whitespace, the XML declaration, comments, processing instructions
    /// and a DOCTYPE at the name of the root element (in the first 64 KB).
    public static func sniff(_ bytes: [UInt8]) -> FeedFormat {
        let head = Array(bytes.prefix(65_536))
        var text = head
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0x00, 0x3C])
            || head.starts(with: [0x3C, 0x00]) {
            text = (try? XMLEncoding.utf8(head)) ?? head
        }
        return text.withUnsafeBufferPointer { p -> FeedFormat in
            let n = p.count
            var i = 0
            if XMLScan.hasPrefix(p, 0, n, "\u{FEFF}") { i = 3 }
            while true {
                while i < n, XMLScan.isSpace(p[i]) { i += 1 }
                guard i < n else { return .dump }
                if p[i] == UInt8(ascii: "{") { return .jsonFeed }
                guard p[i] == UInt8(ascii: "<") else { return .dump }
                if XMLScan.hasPrefix(p, i, n, "<?") {
                    guard let close = XMLScan.find(p, "?>", from: i + 2, end: n) else { return .unknown }
                    i = close + 2
                } else if XMLScan.hasPrefix(p, i, n, "<!--") {
                    guard let close = XMLScan.find(p, "-->", from: i + 4, end: n) else { return .unknown }
                    i = close + 3
                } else if XMLScan.hasPrefix(p, i, n, "<!") {
                    // DOCTYPE, possibly with an internal subset in brackets.
                    var depth = 0
                    i += 2
                    while i < n, !(p[i] == UInt8(ascii: ">") && depth == 0) {
                        if p[i] == UInt8(ascii: "[") { depth += 1 }
                        if p[i] == UInt8(ascii: "]") { depth -= 1 }
                        i += 1
                    }
                    i += 1
                } else {
                    i += 1
                    let start = i
                    while i < n, XMLScan.isNameByte(p[i]) { i += 1 }
                    var name = String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
                    if let colon = name.lastIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
                    switch name {
                    case "rss": return .rss
                    case "RDF": return .rdf
                    case "feed": return .atom
                    default: return .unknown
                    }
                }
            }
        }
    }
}
