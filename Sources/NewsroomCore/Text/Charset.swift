#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one charset decoder for every input: feeds, HTML pages, files.
///
/// The charset is chosen in one order for every format: a byte order mark, then the
/// transport's label (HTTP `Content-Type: ...; charset=`), then the document's own
/// declaration (`<?xml encoding=?>`, `<meta charset>`), else UTF-8. Labels follow the
/// WHATWG Encoding Standard's aliases (`iso-8859-1`, `latin1` and `us-ascii` are
/// windows-1252; `gb2312` is GBK; `shift_jis` is windows-31J; `euc-kr` is windows-949), and
/// every other IANA name that the system's iconv knows is decoded by iconv. An unknown
/// label is an error, never text turned silently into U+FFFD.
///
/// Publishers lie about their charset in one way often enough to correct for: a document
/// labelled Latin-1/windows-1252 whose bytes are valid UTF-8 with multi-byte sequences is
/// UTF-8 (Latin-1 text practically never forms such sequences by accident), and a document
/// labelled UTF-8 that is not valid UTF-8 is windows-1252.
public enum Charset {
    /// Where the chosen charset came from, for messages and tests.
    public enum Source: String, Sendable { case byteOrderMark, transport, document, defaulted, sniffed }

    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        /// The canonical name of the charset the bytes were read as (`UTF-8`, `WINDOWS-1251`).
        public var charset: String
        public var source: Source
    }

    /// Decodes `bytes` to UTF-8 (a leading BOM removed). `transport` and `declared` are the
    /// raw labels, or nil where the transport or document names none.
    public static func decode(
        _ bytes: [UInt8], transport: String? = nil, declared: String? = nil
    ) throws(CharsetError) -> Decoded {
        if let (name, length) = byteOrderMark(bytes) {
            return Decoded(utf8: try convert(bytes.dropFirst(length), from: name), charset: name, source: .byteOrderMark)
        }
        for (label, source) in [(transport, Source.transport), (declared, Source.document)] {
            guard let label, !label.trimmed.isEmpty else { continue }
            guard let name = canonicalName(label) else { throw CharsetError(label: label) }
            return try decode(bytes, as: name, source: source)
        }
        return try decode(bytes, as: "UTF-8", source: .defaulted)
    }

    /// The `charset` parameter of an HTTP `Content-Type` value (`text/xml; charset="KOI8-R"`),
    /// or nil when it names none.
    public static func label(inContentType value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmed.lowercased() == "charset" else { continue }
            let label = String(pair[1]).trimmed
            return label.isEmpty ? nil : label
        }
        return nil
    }

    /// The iconv name for a label, after the WHATWG aliases; nil when iconv does not know it.
    public static func canonicalName(_ label: String) -> String? {
        let key = label.trimmed.lowercased()
        if let alias = whatwgAliases[key] { return alias }
        let upper = key.uppercased()
        // iconv's own alias table decides what else exists.
        let descriptor = iconv_open("UTF-8", upper)
        if descriptor == invalidDescriptor { return nil }
        iconv_close(descriptor)
        return upper
    }

    private static func decode(_ bytes: [UInt8], as name: String, source: Source) throws(CharsetError) -> Decoded {
        switch name {
        case "UTF-8":
            if isValidUTF8(bytes) { return Decoded(utf8: bytes, charset: name, source: source) }
            return Decoded(utf8: windows1252(bytes[...]), charset: "WINDOWS-1252", source: .sniffed)
        case "WINDOWS-1252":
            if isValidUTF8(bytes) {
                let sniffed = bytes.contains { $0 >= 0x80 }
                return Decoded(utf8: bytes, charset: sniffed ? "UTF-8" : name, source: sniffed ? .sniffed : source)
            }
            return Decoded(utf8: windows1252(bytes[...]), charset: name, source: source)
        default:
            return Decoded(utf8: try convert(bytes[...], from: name), charset: name, source: source)
        }
    }

    private static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        return nil
    }

    /// Converts with iconv. Bytes that are invalid in the charset become U+FFFD one at a time
    /// (as browsers do); the rest of the text is kept.
    private static func convert(_ bytes: ArraySlice<UInt8>, from name: String) throws(CharsetError) -> [UInt8] {
        switch name {
        case "UTF-8":
            return isValidUTF8(Array(bytes)) ? Array(bytes) : Array(String(decoding: bytes, as: UTF8.self).utf8)
        case "WINDOWS-1252":
            return windows1252(bytes)
        default:
            break
        }
        let descriptor = iconv_open("UTF-8", name)
        if descriptor == invalidDescriptor { throw CharsetError(label: name) }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: max(64, input.count * 4))
        var written = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            var inLeft = inBuffer.count
            var inPointer = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            while inLeft > 0 {
                if output.count - written < 16 { output.append(contentsOf: [UInt8](repeating: 0, count: output.count)) }
                let result: Int = output.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer = outBuffer.baseAddress.map {
                        UnsafeMutableRawPointer($0 + written).assumingMemoryBound(to: CChar.self)
                    }
                    var outLeft = outBuffer.count - written
                    let before = outLeft
                    let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    written += before - outLeft
                    return status == -1 ? Int(errno) : 0
                }
                switch result {
                case 0:
                    break
                case Int(E2BIG):
                    continue
                default:
                    // EILSEQ or EINVAL (a truncated sequence at the end): one byte becomes U+FFFD.
                    if output.count - written < 16 { output.append(contentsOf: [UInt8](repeating: 0, count: 64)) }
                    for byte in [UInt8(0xEF), 0xBF, 0xBD] { output[written] = byte; written += 1 }
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    // Reset the shift state of stateful charsets (ISO-2022-JP) after an error.
                    iconv(descriptor, nil, nil, nil, nil)
                }
            }
        }
        output.removeSubrange(written...)
        return output
    }

    static func windows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 { out.append(byte) } else { Entities.appendUTF8(Windows1252.scalar(byte), to: &out) }
        }
        return out
    }

    /// One UTF-8 validity check for the whole library (the feed scanner's fast one).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { XMLEncoding.isValidUTF8(bytes) }

    /// iconv_open's failure value, `(iconv_t)-1`.
    private static var invalidDescriptor: iconv_t? { iconv_t(bitPattern: -1) }

    /// WHATWG Encoding Standard labels whose meaning differs from (or is missing in) iconv's
    /// own table, mapped to the iconv charset that decodes them as browsers do.
    private static let whatwgAliases: [String: String] = {
        var table: [String: String] = [:]
        func add(_ name: String, _ labels: String) {
            for label in labels.split(separator: " ") { table[String(label)] = name }
        }
        add("UTF-8", "utf-8 utf8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 x-unicode20utf8")
        add("WINDOWS-1252", """
            windows-1252 ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 \
            iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii x-cp1252 latin-1 iso-latin-1
            """)
        add("WINDOWS-1254", "iso-8859-9 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 csisolatin5 iso-ir-148 windows-1254 cp1254 x-cp1254")
        add("WINDOWS-874", "windows-874 dos-874 iso-8859-11 iso8859-11 iso885911 tis-620")
        add("GB18030", "gb18030 gbk x-gbk gb2312 chinese csgb2312 csiso58gb231280 gb_2312 gb_2312-80 iso-ir-58 euc-cn")
        add("BIG5-HKSCS", "big5 big5-hkscs cn-big5 csbig5 x-x-big5")
        add("CP932", "shift_jis csshiftjis ms932 ms_kanji shift-jis sjis windows-31j x-sjis")
        add("CP949", "euc-kr cseuckr csksc56011987 iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949")
        add("KOI8-U", "koi8-u koi8-ru")
        add("MAC-CYRILLIC", "x-mac-cyrillic x-mac-ukrainian")
        add("MACINTOSH", "macintosh mac csmacintosh x-mac-roman")
        add("UTF-16LE", "utf-16 utf-16le unicode csunicode iso-10646-ucs-2 ucs-2 unicodefeff")
        add("UTF-16BE", "utf-16be unicodefffe")
        return table
    }()
}

/// A charset label that neither the WHATWG aliases nor iconv know.
public struct CharsetError: Error, Equatable, Sendable, CustomStringConvertible {
    public var label: String
    public var description: String { "unknown character encoding \"\(label.trimmed.prefix(40))\"" }
}

private extension String {
    var trimmed: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace || first == "\"" || first == "'" { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace || last == "\"" || last == "'" { scalars.removeLast() }
        return String(scalars)
    }
}
