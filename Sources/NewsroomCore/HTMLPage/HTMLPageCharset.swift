/// The charset of a saved news page, in the WHATWG order (a byte order mark, then the HTTP
/// charset, then `<meta charset>` or `<meta http-equiv="Content-Type" content="...; charset=...">`
/// in the first 1024 bytes, else UTF-8), decoded to UTF-8 by the one decoder, `Charset`.
enum HTMLPageCharset {
    static let prescanLength = 1024

    static func utf8(_ bytes: [UInt8], httpCharset: String?) -> [UInt8] {
        let declared = declaredLabel(bytes)
        if let decoded = try? Charset.decode(bytes, transport: httpCharset, declared: declared) { return decoded.utf8 }
        // An unknown label: the page's own declaration, then UTF-8.
        if let decoded = try? Charset.decode(bytes, declared: declared) { return decoded.utf8 }
        return (try? Charset.decode(bytes))?.utf8 ?? bytes
    }

    /// The label a `<meta>` in the first 1024 bytes declares, nil when none does. A page that
    /// declares UTF-16 while being read as bytes is UTF-8 (as browsers do).
    static func declaredLabel(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(prescanLength).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        var i = 0
        while let meta = find(Array("<meta".utf8), in: head, from: i) {
            let close = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            let tag = Array(head[meta..<close])
            i = close
            guard let at = find(Array("charset".utf8), in: tag, from: 0) else { continue }
            var k = at + 7
            while k < tag.count, tag[k] == 0x20 { k += 1 }
            guard k < tag.count, tag[k] == UInt8(ascii: "=") else { continue }
            k += 1
            while k < tag.count, tag[k] == 0x20 || tag[k] == UInt8(ascii: "\"") || tag[k] == UInt8(ascii: "'") { k += 1 }
            let start = k
            while k < tag.count, tag[k] > 0x20, tag[k] != UInt8(ascii: "\""), tag[k] != UInt8(ascii: "'"),
                  tag[k] != UInt8(ascii: ";"), tag[k] != UInt8(ascii: "/") { k += 1 }
            guard k > start else { continue }
            let label = String(decoding: tag[start..<k], as: UTF8.self)
            return label.hasPrefix("utf-16") ? "utf-8" : label
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
