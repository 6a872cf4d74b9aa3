/// A small tag scanner for Netscape bookmark files: finds tags and their attributes, and the
/// text between them. Not a general HTML parser; enough for the flat `<DT><A>`/`<DD>` lists.
struct HTMLScanner {
    struct Tag {
        var name: String
        var isClosing: Bool
        var attributes: [String: String]
    }

    private let s: [Unicode.Scalar]
    private var i = 0

    init(_ scalars: [Unicode.Scalar]) {
        s = scalars
    }

    /// The next tag at or after the position; comments and `<!DOCTYPE>` are skipped.
    mutating func nextTag() -> Tag? {
        while i < s.count {
            guard s[i] == "<" else {
                i += 1
                continue
            }
            if starts(with: "<!--") {
                i = find("-->").map { $0 + 3 } ?? s.count
                continue
            }
            if i + 1 < s.count, s[i + 1] == "!" || s[i + 1] == "?" {
                i = find(">").map { $0 + 1 } ?? s.count
                continue
            }
            i += 1
            var isClosing = false
            if i < s.count, s[i] == "/" {
                isClosing = true
                i += 1
            }
            let name = readName().lowercased()
            if name.isEmpty { continue }
            var attributes: [String: String] = [:]
            while i < s.count {
                skipSpace()
                if i >= s.count { break }
                if s[i] == ">" {
                    i += 1
                    break
                }
                if s[i] == "/" {
                    i += 1
                    continue
                }
                let attribute = readName().uppercased()
                if attribute.isEmpty {
                    i += 1
                    continue
                }
                skipSpace()
                var value = ""
                if i < s.count, s[i] == "=" {
                    i += 1
                    skipSpace()
                    value = readValue()
                }
                attributes[attribute] = HTMLEntities.decode(value)
            }
            return Tag(name: name, isClosing: isClosing, attributes: attributes)
        }
        return nil
    }

    /// The text up to the closing tag `name` (inner tags dropped); the scanner moves past it.
    mutating func text(until name: String) -> String {
        var out = String.UnicodeScalarView()
        while i < s.count {
            if s[i] == "<" {
                let save = i
                if let tag = nextTag() {
                    if tag.isClosing, tag.name == name { return String(out) }
                    continue
                }
                i = save + 1
                continue
            }
            out.append(s[i])
            i += 1
        }
        return String(out)
    }

    /// The text up to the next `<` (the scanner stays at it).
    mutating func textUntilNextTag() -> String {
        var out = String.UnicodeScalarView()
        while i < s.count, s[i] != "<" {
            out.append(s[i])
            i += 1
        }
        return String(out)
    }

    private func starts(with prefix: String) -> Bool {
        var index = i
        for scalar in prefix.unicodeScalars {
            guard index < s.count, s[index] == scalar else { return false }
            index += 1
        }
        return true
    }

    private func find(_ needle: String) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var index = i
        while index + pattern.count <= s.count {
            if Array(s[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }

    private mutating func skipSpace() {
        while i < s.count, s[i].properties.isWhitespace { i += 1 }
    }

    private mutating func readName() -> String {
        var out = String.UnicodeScalarView()
        while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" || s[i] == "_" || s[i] == ":" {
            out.append(s[i])
            i += 1
        }
        return String(out)
    }

    private mutating func readValue() -> String {
        guard i < s.count else { return "" }
        var out = String.UnicodeScalarView()
        if s[i] == "\"" || s[i] == "'" {
            let quote = s[i]
            i += 1
            while i < s.count, s[i] != quote {
                out.append(s[i])
                i += 1
            }
            i += 1
        } else {
            while i < s.count, !s[i].properties.isWhitespace, s[i] != ">" {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }
}

/// HTML character references: the named ones bookmark files use, and numeric ones.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(12).firstIndex(of: ";"),
                let decoded = reference(String(after[..<semicolon]))
            {
                out += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func reference(_ name: String) -> String? {
        if let known = named[name] { return known }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.hasPrefix("x") || digits.hasPrefix("X") {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}

/// Percent-encoding of file paths in `file://` URLs (RFC 3986 path characters kept).
enum PercentEncoding {
    static func encodePath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/-._~".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    static func decode(_ text: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let value = UInt8(String(decoding: utf8[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
