import PropertyBased

/// Random text for the property tests of the sanitizer, the width function and wrapping:
/// words and pieces that mix ASCII, umlauts, CJK, emoji clusters, combining marks, soft and
/// hard hyphens, spaces, line breaks, controls and bidi/format characters, plus random scalars.
enum TextGenerator {
    static let pieces: [String] = [
        // Words and letters.
        "a", "x", "Zeitung", "ein", "Morgen", "42", "Grundversorgung", "ä", "Ö", "ß", "Müller",
        "Straße", "é", "e\u{301}", "a\u{308}", "n\u{303}\u{323}",
        // Wide, emoji and other clusters.
        "日", "本語", "한국", "ｶ", "Ａ", "😀", "👩‍👩‍👧‍👦", "🇩🇪", "🇫", "❤️", "❤", "1️⃣", "👍🏽",
        "🏳️‍🌈", "क\u{093F}", "\u{1100}\u{1161}",
        // Things that attach to whatever comes before them.
        "\u{301}", "\u{308}", "\u{0903}", "\u{200D}", "\u{200C}", "\u{FE0F}", "\u{1F3FB}",
        // Hyphens and spaces.
        "\u{AD}", "\u{AD}", "-", "\u{2010}", " ", " ", " ", "  ", "\u{A0}",
        // Line breaks, controls, bidi and invisible format characters.
        "\n", "\r\n", "\r", "\t", "\u{1B}", "\u{1B}[31m", "\u{0}", "\u{7}", "\u{7F}", "\u{85}",
        "\u{9B}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{061C}", "\u{200B}",
        "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{2060}",
    ]

    static let piece = Gen<String?>.element(of: pieces).map { $0 ?? "" }

    /// Any scalar from the BMP below the surrogates, or from the supplementary planes 1-2.
    static let randomScalar = Gen.oneOf(
        Gen.unicodeScalar(in: "\u{0}"..."\u{D7FF}").map { String(Character($0)) },
        Gen.unicodeScalar(in: "\u{E000}"..."\u{2FFFF}").map { String(Character($0)) }
    )

    /// Mostly pieces, sometimes a random scalar.
    static let text = Gen.oneOf(piece, piece, piece, randomScalar)
        .array(of: 0...40)
        .map { $0.joined() }

    /// Control-free text that `Sanitizer.display` must leave alone.
    static let safeText = Gen<String?>.element(of: [
        "a", "Zeitung", " ", "ä", "Straße", "e\u{301}", "日", "한국", "😀", "👩‍👩‍👧‍👦", "🇩🇪", "❤️",
        "1️⃣", "\u{AD}", "-", "\u{A0}", "क\u{093F}", "«", "…",
    ]).map { $0 ?? "" }
        .array(of: 0...30)
        .map { $0.joined() }

    /// Scalars that must never survive `Sanitizer.display`.
    static func isForbidden(_ scalar: Unicode.Scalar, allowingNewline: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: !allowingNewline
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C,
             0x2028, 0x2029, 0x200B, 0xFEFF, 0x2060:
            true
        default:
            false
        }
    }
}
