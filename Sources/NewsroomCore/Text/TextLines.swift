/// The lines of a text file the user edits (the urls file, the key map), whatever wrote it:
/// LF (Unix), CR LF (Windows) and a lone CR (old Mac) all end a line, also mixed in one file.
///
/// Why not `String.split(separator: "\n")`: Swift compares `Character`s, and "\r\n" is one
/// character (one grapheme cluster), so a CR LF file would be a single line. The split is done
/// on the UTF-8 bytes instead (CR and LF never occur inside a multi-byte sequence).
public struct TextLines: Equatable, Sendable {
    /// How a line ends when the file is written back.
    public enum LineEnd: String, Equatable, Sendable {
        case lf = "\n"
        case crlf = "\r\n"
        case cr = "\r"
    }

    /// The lines without their line ends. A line end at the very end of the text does not
    /// start another line: "a\n" and "a" are both ["a"], "" is [].
    public var lines: [String]
    /// The first line end in the text (LF when there is none): writing back with it keeps a
    /// Windows file a Windows file.
    public var lineEnd: LineEnd

    public init(lines: [String], lineEnd: LineEnd = .lf) {
        self.lines = lines
        self.lineEnd = lineEnd
    }

    public init(_ text: String) {
        var lines: [String] = []
        var lineEnd: LineEnd?
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
            var next = bytes.index(after: index)
            let end: LineEnd
            if byte == 0x0D, next != bytes.endIndex, bytes[next] == 0x0A {
                next = bytes.index(after: next)
                end = .crlf
            } else {
                end = byte == 0x0D ? .cr : .lf
            }
            if lineEnd == nil { lineEnd = end }
            start = next
            index = next
        }
        if start != bytes.endIndex { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        self.lines = lines
        self.lineEnd = lineEnd ?? .lf
    }

    /// Every line followed by `lineEnd` ("" when there are no lines).
    public var text: String {
        var out = ""
        for line in lines {
            out += line
            out += lineEnd.rawValue
        }
        return out
    }
}
