import Testing
@testable import NewsroomStore

/// `JSONText.quote` (the one JSON writer's byte-level escaping) gives exactly what escaping
/// every scalar by the spec's rules gives, for the characters it must escape and their UTF-8
/// neighbours. Every control is written as `\uXXXX`, newline and tab included.
@Suite struct JSONTextTests {
    /// The spec's rules, scalar by scalar, written plainly.
    static func reference(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
                let hex = String(value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static let samples: [UInt32] = [
        0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x22, 0x5C, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xA9, 0xAB, 0xE4,
        0x061B, 0x061C, 0x061D, 0x2013, 0x201E, 0x201C, 0x200D, 0x200E, 0x200F, 0x2010, 0x2027, 0x2028,
        0x2029, 0x202E, 0x202F, 0x2030, 0x2065, 0x2066, 0x2069, 0x206A, 0x20AC, 0x1F469,
    ]

    @Test func quoteMatchesTheRulesForEveryCharacterAndNeighbour() {
        for value in Self.samples {
            let scalar = Character(Unicode.Scalar(value)!)
            for text in ["\(scalar)", "a\(scalar)b", "Übersicht \(scalar)", "\(scalar)\(scalar)"] {
                #expect(JSONText.quote(text) == Self.reference(text), "U+\(String(value, radix: 16))")
            }
        }
        #expect(JSONText.quote("„Zitat“ – © 2025") == "\"„Zitat“ – © 2025\"")
        #expect(JSONText.array(["a\u{202E}", "b"]) == "[\"a\\u202e\",\"b\"]")
    }
}
