/// Attribute lookup inside the raw bytes of an HTML start tag.
enum Attributes {
    /// The decoded value of attribute `name` (lower case), or nil when absent.
    static func value(_ p: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> String? {
        guard let raw = rawValue(p, name) else { return nil }
        return XMLText.decode(raw, from: 0, to: raw.count)
    }

    /// The undecoded bytes of attribute `name`'s value (empty for a bare attribute), or nil when absent.
    static func rawValue(_ p: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        let n = p.count
        var i = 0
        while i < n {
            while i < n, XMLScan.isSpace(p[i]) || p[i] == UInt8(ascii: "/") { i += 1 }
            let start = i
            while i < n, !XMLScan.isSpace(p[i]), p[i] != UInt8(ascii: "="), p[i] != UInt8(ascii: ">"), p[i] != UInt8(ascii: "/") { i += 1 }
            let isMatch = i - start == name.utf8CodeUnitCount && XMLScan.hasPrefixIgnoringCase(p, start, i, name)
            if i == start { i += 1; continue }
            while i < n, XMLScan.isSpace(p[i]) { i += 1 }
            guard i < n, p[i] == UInt8(ascii: "=") else {
                if isMatch { return UnsafeBufferPointer(rebasing: p[i..<i]) }
                continue
            }
            i += 1
            while i < n, XMLScan.isSpace(p[i]) { i += 1 }
            var valueStart = i, valueEnd = i
            if i < n, p[i] == UInt8(ascii: "\"") || p[i] == UInt8(ascii: "'") {
                let quote = p[i]
                valueStart = i + 1
                // Values are long (URLs): memchr finds the closing quote.
                i = XMLScan.firstIndex(of: quote, p, from: valueStart, end: n) ?? n
                valueEnd = i
                i = min(i + 1, n)
            } else {
                while i < n, !XMLScan.isSpace(p[i]), p[i] != UInt8(ascii: ">") { i += 1 }
                valueEnd = i
            }
            if isMatch { return UnsafeBufferPointer(rebasing: p[valueStart..<valueEnd]) }
        }
        return nil
    }
}
