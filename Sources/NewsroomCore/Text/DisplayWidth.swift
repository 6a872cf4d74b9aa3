/// The one display-width function: how many terminal columns text takes.
///
/// A grapheme cluster (a `Character`) is the unit: the screen puts one cluster into one cell,
/// or into two for wide ones, so measuring, wrapping and drawing all agree. Rules:
/// - printable ASCII, Latin letters with umlauts and accents, control pictures (U+2400...): 1
/// - East Asian Wide/Fullwidth (CJK, Hangul, fullwidth forms; generated `WidthTable`): 2
/// - emoji: Emoji_Presentation scalars (wide in the table; newer ones by the runtime's data),
///   any emoji followed by VS16 (U+FE0F, e.g. "❤️", keycaps "1️⃣") or by a skin-tone
///   modifier, ZWJ sequences ("👩‍👩‍👧‍👦") and regional-indicator pairs (flags "🇩🇪"): 2 for
///   the whole cluster; a lone regional indicator: 1
/// - combining marks (Mn/Me), format characters (Cf: soft hyphen U+00AD, ZWSP, ZWJ...),
///   Hangul medial/final jamo: 0, so inside a cluster they add nothing; a spacing mark (Mc)
///   adds 1; a cluster never counts more than 2
/// - raw controls (C0, DEL, C1): 0. They never reach a screen: `Sanitizer.display` turns them
///   into one-column pictures first.
/// Strings are measured scalar by scalar where that gives the same sum (nearly all text), and
/// cluster by cluster only around emoji, joiners and the like: see `chunkedWidth`.
///
/// Where the terminal may disagree: ncursesw measures each code point with glibc's `wcwidth`
/// (the Unicode version of the installed glibc), so it counts "❤️", "©️", keycaps and a
/// text-presentation base + skin tone as 1 where we say 2; a ZWJ sequence as the sum of its
/// parts (8 for the family); an Indic conjunct or a cluster with several spacing marks as 3 or
/// more; emoji newer than its glibc as -1; and the soft hyphen as 1 (the screen never draws
/// zero-width clusters, and wrapped text has no soft hyphens left). A backend that moves to
/// each cell's column before drawing it keeps such a disagreement inside the glyph; one that
/// writes a row in one go would shift the rest of the row. Ambiguous-width characters ("…",
/// "�", box drawing) count 1, as in every non-CJK locale.
public enum DisplayWidth {
    /// Columns of one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        return clusterWidth(character.unicodeScalars)
    }

    /// Columns of a string: the sum of its clusters' widths.
    public static func of(_ text: String) -> Int {
        of(text[...])
    }

    /// Columns of a substring: the sum of its clusters' widths.
    public static func of(_ text: Substring) -> Int {
        var text = text
        return text.withUTF8 { of(utf8: $0) }
    }

    /// Columns of the text in a string's UTF-8 storage (whole scalars).
    static func of(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let ascii = asciiWidth(bytes)
        return ascii >= 0 ? ascii : chunkedWidth(bytes)
    }

    /// Columns of any other string-like text (converted once; prefer String or Substring).
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        of(String(text))
    }

    // MARK: - Clusters

    /// Width of a non-ASCII cluster from its scalars (see the rules above).
    static func clusterWidth(_ scalars: Character.UnicodeScalarView) -> Int {
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        let value = first.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return 0 }
        if isRegionalIndicator(value) {
            // Two regional indicators form a flag; a lone one is drawn as a letter.
            if let second = iterator.next(), isRegionalIndicator(second.value) { return 2 }
            return 1
        }
        let firstClass = ScalarClass.of(value)
        var width = firstClass.columns
        var asksForEmoji = false
        while let scalar = iterator.next() {
            switch scalar.value {
            case 0xFE0F, 0x1F3FB...0x1F3FF: asksForEmoji = true  // VS16, skin tones
            default: width += ScalarClass.of(scalar.value).columns
            }
        }
        if asksForEmoji, first.properties.isEmoji { return 2 }
        return min(width, 2)
    }

    static func isRegionalIndicator(_ value: UInt32) -> Bool {
        (0x1F1E6...0x1F1FF).contains(value)
    }

    // MARK: - Fast paths

    /// Printable-byte count of pure ASCII text, or -1 if any byte is not ASCII.
    /// Each ASCII character is its own cluster (CR LF is one, but both count 0).
    private static func asciiWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var printable = 0
        for byte in bytes {
            if byte >= 0x80 { return -1 }
            if byte >= 0x20 && byte != 0x7F { printable += 1 }
        }
        return printable
    }

    /// The width of non-ASCII text, without the (slow) grapheme breaking where possible: the
    /// text is cut into chunks before each space and line break, which always start a new
    /// cluster, and a chunk is summed per scalar unless it holds a scalar that needs the
    /// cluster rules; only such chunks are measured cluster by cluster.
    private static func chunkedWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        var chunkStart = 0
        var chunkWidth = 0
        var chunkNeedsClusters = false
        var offset = 0
        while offset < bytes.count {
            let (value, length) = UTF8Decoding.scalar(in: bytes, at: offset)
            if value == 0x20 || value == 0x0A, offset != chunkStart {
                total += chunkNeedsClusters ? clusterSum(bytes, chunkStart..<offset) : chunkWidth
                chunkStart = offset
                chunkWidth = 0
                chunkNeedsClusters = false
            }
            if !chunkNeedsClusters {
                if let width = simpleWidth(of: value) { chunkWidth += width } else { chunkNeedsClusters = true }
            }
            offset += length
        }
        total += chunkNeedsClusters ? clusterSum(bytes, chunkStart..<offset) : chunkWidth
        return total
    }

    private static func clusterSum(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var total = 0
        for character in UTF8Decoding.string(bytes, range) { total += of(character) }
        return total
    }

    /// The columns of a scalar when summing scalars gives the same as summing clusters, or nil
    /// when its cluster needs the cluster rules (emoji, joiners, selectors, spacing marks,
    /// Hangul leading jamo...). Marks and format characters add 0 either way, and every other
    /// scalar starts its own cluster. Raw controls count 0, like their clusters.
    static func simpleWidth(of value: UInt32) -> Int? {
        if value < 0x80 { return value >= 0x20 && value != 0x7F ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return value == 0xAD ? 0 : 1 }
        if mayJoinCluster(value) { return nil }
        // The hand list above knows Unicode 14; a newer scalar (say U+11F02 KAWI SIGN REPHA,
        // a Unicode 15 prefix) may join a cluster it does not know of: measure its cluster.
        if value >= 0x10000, isNewerThanTables(value) { return nil }
        let scalarClass = ScalarClass.of(value)
        return scalarClass == .spacing ? nil : scalarClass.columns
    }

    private static func isNewerThanTables(_ value: UInt32) -> Bool {
        guard let age = Unicode.Scalar(value)?.properties.age else { return true }
        return age.major > 14
    }

    /// Scalars that can make a cluster wider or narrower than the sum of its scalars: joiners,
    /// emoji selectors and modifiers, regional indicators, Hangul leading jamo (L L is one
    /// cluster), Indic viramas (conjuncts of several consonants are one cluster) and the
    /// scalars that prefix a cluster (Prepend).
    private static func mayJoinCluster(_ value: UInt32) -> Bool {
        switch value {
        case 0x200D, 0xFE0F, 0x20E3, 0x1100...0x115F, 0xA960...0xA97F, 0x1F1E6...0x1F1FF,
             0x1F3FB...0x1F3FF, 0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D, 0x0D4E,
             0x111C2...0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46,
             0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD:
            return true
        default:
            return false
        }
    }
}
