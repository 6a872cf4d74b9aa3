import Testing
@testable import NewsroomCore

/// `JSONWriter` skips plain text eight bytes at a time. These tests hold that fast path to the
/// byte-by-byte rule: no byte that needs escaping may ride along in a skipped word.
@Suite struct JSONQuotingTests {
    /// The rule for one byte, written out plainly: printable ASCII but `"` and `\`, and any
    /// UTF-8 byte but the lead bytes of the escaped scalars.
    static func copiesAsIs(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return ![0xC2, 0xD8, 0xE2].contains(byte) }
        return byte >= 0x20 && byte <= 0x7E && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }

    @Test func everyByteValueAtEveryPositionOfAWord() {
        let filler = UInt8(ascii: "a")
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = [UInt8](repeating: filler, count: 8)
                bytes[position] = UInt8(value)
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(JSONWriter.isPlainText(word) == Self.copiesAsIs(UInt8(value)), "byte \(value) at \(position)")
            }
        }
    }

    @Test func randomWordsAgreeWithTheByteRule() {
        var random = SplitMix64(seed: 0x150A)
        for _ in 0..<200_000 {
            // Mostly printable bytes, so both answers come up often.
            var bytes: [UInt8] = (0..<8).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            for index in bytes.indices where random.next() % 4 != 0 { bytes[index] = 0x20 + bytes[index] % 0x5F }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(JSONWriter.isPlainText(word) == bytes.allSatisfy(Self.copiesAsIs), "\(bytes)")
        }
    }

    @Test func escapesAreFoundAtEveryOffsetOfALongString() {
        let plain = String(repeating: "Energiewende ", count: 4)
        let specials: [(String, String)] = [
            ("\"", "\\\""), ("\\", "\\\\"), ("\u{1B}", "\\u001b"), ("\u{7F}", "\\u007f"), ("\n", "\\u000a"),
            ("\u{85}", "\\u0085"), ("\u{202E}", "\\u202e"), ("\u{200F}", "\\u200f"), ("\u{61C}", "\\u061c"),
            // Copied: other UTF-8, including scalars that share a lead byte with escaped ones.
            ("ü", "ü"), ("€", "€"), ("\u{A0}", "\u{A0}"), ("\u{2019}", "\u{2019}"),
        ]
        for (special, escaped) in specials {
            for offset in 0..<17 {
                let head = String(plain.prefix(offset))
                let tail = String(plain.dropFirst(offset))
                #expect(JSONWriter.quoted(head + special + tail) == "\"" + head + escaped + tail + "\"", "\(escaped) at \(offset)")
            }
        }
    }
}
