/// Turns the bytes of an XML feed into UTF-8 through the one charset decoder (`Charset`):
/// a BOM, then the transport's charset (HTTP `Content-Type`, when the feed came over HTTP),
/// then `<?xml encoding=...?>`, else UTF-8; BOM-less UTF-16 is recognised by its `<`.
///
/// Charset corrects the two lies feeds tell (a Latin-1 label on UTF-8 bytes, a UTF-8 label
/// on windows-1252 bytes); an unknown label is an error. A UTF-16/UTF-32 label on a
/// document without a BOM whose bytes are ASCII-compatible is ignored: the declaration
/// could not have been read in that charset.
enum XMLEncoding {
    /// `transport`: the charset label the HTTP response named, nil for files and responses
    /// without one. An unknown label is `InputError.malformed("unknown character encoding ...")`.
    static func utf8(_ bytes: [UInt8], transport: String? = nil) throws(InputError) -> [UInt8] {
        if bytes.starts(with: [0x00, 0x3C]) { return fromUTF16(bytes[...], bigEndian: true) }
        if bytes.starts(with: [0x3C, 0x00]) { return fromUTF16(bytes[...], bigEndian: false) }
        let declared = declaredEncoding(bytes)
        do {
            return try Charset.decode(
                bytes, transport: transport.flatMap(usable), declared: declared.isEmpty ? nil : usable(declared)).utf8
        } catch {
            throw InputError.malformed(error.description)
        }
    }

    /// A label, unless it names a 16- or 32-bit Unicode form (which these bytes are not:
    /// a BOM or a `00 3C` start would have said so).
    private static func usable(_ label: String) -> String? {
        let key = label.lowercased()
        return key.contains("utf-16") || key.contains("utf-32") || key.contains("ucs-2") || key.contains("ucs-4")
            || key == "unicode" ? nil : label
    }

    /// The lower-cased `encoding` pseudo-attribute of a leading XML declaration, or "".
    static func declaredEncoding(_ bytes: [UInt8]) -> String {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return "" }
        let head = Array(bytes.prefix(256))
        guard let close = head.firstIndex(of: UInt8(ascii: ">")) else { return "" }
        let key = Array("encoding".utf8)
        var i = 5
        while i + key.count <= close {
            if Array(head[i..<(i + key.count)]).map({ $0 | 0x20 }) == key { break }
            i += 1
        }
        guard i + key.count <= close else { return "" }
        i += key.count
        while i < close, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D || head[i] == 0x3D { i += 1 }
        guard i < close, head[i] == 0x22 || head[i] == 0x27 else { return "" }
        let quote = head[i]
        i += 1
        var name: [UInt8] = []
        while i < close, head[i] != quote { name.append(head[i]); i += 1 }
        return String(decoding: name, as: UTF8.self).lowercased()
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            let raw = UnsafeRawBufferPointer(p)
            while i < n {
                // ASCII runs (most of any feed's markup) 32 bytes, then eight, at a time.
                while i + 32 <= n {
                    let words = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
                    guard words & 0x8080_8080_8080_8080 == 0 else { break }
                    i += 32
                }
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < n else { break }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                let minimum: UInt32
                var value: UInt32
                if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80; value = UInt32(b & 0x1F) }
                else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800; value = UInt32(b & 0x0F) }
                else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000; value = UInt32(b & 0x07) }
                else { return false }
                guard i + length <= n else { return false }
                for k in 1..<length {
                    let c = p[i + k]
                    guard c & 0xC0 == 0x80 else { return false }
                    value = value << 6 | UInt32(c & 0x3F)
                }
                if value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return false }
                i += length
            }
            return true
        }
    }

    static func fromUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        for scalar in Unicode.UTF16.decode(units) { Entities.appendUTF8(scalar, to: &out) }
        return out
    }
}

extension Unicode.UTF16 {
    /// Decodes UTF-16 code units, lone surrogates becoming U+FFFD.
    static func decode(_ units: [UInt16]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var iterator = units.makeIterator()
        var decoder = Unicode.UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): result.append(scalar)
            case .emptyInput: break loop
            case .error: result.append("\u{FFFD}")
            }
        }
        return result
    }
}
