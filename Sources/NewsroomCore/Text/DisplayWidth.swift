/// The one display-width function: how many terminal columns text takes.
///
/// CONTRACT (placeholder body): width of a grapheme cluster (ASCII/umlauts 1, CJK 2, emoji and
/// ZWJ sequences and flags 2, combining marks 0 within their cluster, soft hyphen 0), and
/// of a string as the sum over its clusters. Measuring, wrapping and drawing all use it.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value == 0xAD { return 0 }
        if first.properties.isEmojiPresentation { return 2 }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }
}
