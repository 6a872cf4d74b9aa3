/// Turns the bytes of an XML feed into UTF-8, following its BOM and `<?xml encoding=...?>`.
///
/// Feeds lie about their encoding often enough that the declaration is checked against the
/// bytes: a "UTF-8" feed that is not valid UTF-8 is read as windows-1252, and an
/// "ISO-8859-1" feed whose bytes are valid multi-byte UTF-8 is read as UTF-8 (Latin-1 text
/// practically never forms valid UTF-8 sequences by accident). `ISO-8859-1` is read as
/// windows-1252, like browsers do. Unknown encodings are read as UTF-8 (invalid bytes become
/// U+FFFD later).
enum XMLEncoding {
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFE, 0xFF]) { return fromUTF16(bytes.dropFirst(2), bigEndian: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return fromUTF16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0x00, 0x3C]) { return fromUTF16(bytes[...], bigEndian: true) }
        if bytes.starts(with: [0x3C, 0x00]) { return fromUTF16(bytes[...], bigEndian: false) }
        let declared = declaredEncoding(bytes)
        switch declared {
        case "iso-8859-1", "latin1", "latin-1", "l1", "iso8859-1", "iso_8859-1", "windows-1252", "cp1252",
             "x-cp1252", "iso-8859-15", "latin-9", "iso8859-15", "latin9":
            if isASCII(bytes) || isValidUTF8(bytes) { return bytes }
            return fromSingleByte(bytes, latin9: declared.hasSuffix("15") || declared.hasSuffix("9"))
        default:
            if isASCII(bytes) || isValidUTF8(bytes) { return bytes }
            if declared == "" || declared == "utf-8" || declared == "utf8" || declared == "us-ascii" {
                return fromSingleByte(bytes, latin9: false)
            }
            return bytes
        }
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

    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            var acc: UInt8 = 0
            for b in p { acc |= b }
            return acc < 0x80
        }
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
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

    static func fromSingleByte(_ bytes: [UInt8], latin9: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            var scalar = Windows1252.scalar(b)
            if latin9 {
                switch b {
                case 0xA4: scalar = "\u{20AC}"
                case 0xA6: scalar = "\u{160}"
                case 0xA8: scalar = "\u{161}"
                case 0xB4: scalar = "\u{17D}"
                case 0xB8: scalar = "\u{17E}"
                case 0xBC: scalar = "\u{152}"
                case 0xBD: scalar = "\u{153}"
                case 0xBE: scalar = "\u{178}"
                default: break
                }
            }
            Entities.appendUTF8(scalar, to: &out)
        }
        return out
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
