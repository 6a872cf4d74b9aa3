/// Text in which every scalar is a cluster of its own, one column wide: printable ASCII and
/// U+00A0...U+02FF (Latin-1 letters, Latin Extended-A/B, IPA, spacing modifier letters)
/// without the soft hyphen. No scalar there joins its neighbours (combining marks start at
/// U+0300), so such text is measured, cut and drawn scalar by scalar: exactly what the
/// cluster rules give, without grapheme breaking. Most headlines in Latin scripts are such
/// text; the screen's hot paths (`ScreenBuffer.put`, `truncate`) check for it first.
extension DisplayWidth {
    /// True when each scalar of `text` is one cluster one column wide (see above).
    public static func isSingleColumn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard byte >= 0x20, byte != 0x7F else { return false }
                    index += 1
                    continue
                }
                // Two-byte sequences with lead bytes C2...CB encode U+0080...U+02FF.
                guard byte >= 0xC2, byte <= 0xCB, index + 1 < bytes.count else { return false }
                if byte == 0xC2 {
                    let second = bytes[index + 1]
                    guard second >= 0xA0, second != 0xAD else { return false }  // C1 controls, soft hyphen
                }
                index += 2
            }
            return true
        }
    }

    /// The first `count` scalars of single-column `text` (`isSingleColumn`): its first `count`
    /// columns.
    static func singleColumnPrefix(_ text: String, columns count: Int) -> String {
        String(text.unicodeScalars.prefix(max(0, count)))
    }
}
