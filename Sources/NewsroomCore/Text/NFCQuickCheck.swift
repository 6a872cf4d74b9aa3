/// Whether text is already in NFC, decided from a table instead of normalizing it: nearly
/// all text on news pages is (Cyrillic, Greek, CJK, Hangul syllables, emoji), and Foundation's
/// `precomposedStringWithCanonicalMapping` copied every such paragraph through NSString to
/// find that out (9 % of the extraction benchmark's instructions).
///
/// Text whose scalars are all "stable" (NFCQuickCheck+Table.swift) is NFC: NFC can only
/// change a scalar that decomposes, reorder scalars of a non-zero combining class, or compose
/// a scalar with one that can be the second of a composition, and a stable scalar is none of
/// these. `false` means only "not known": the caller normalizes.
enum NFCQuickCheck {
    static func isKnownNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isKnownNFC($0) }
    }

    /// `bytes` must be valid UTF-8 (a String's).
    static func isKnownNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        var i = 0
        while i < n {
            // Below 0xCC a scalar is under U+0300: ASCII and Latin, all stable.
            if bytes[i] < 0xCC { i += 1; continue }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
            i += length
            guard isStable(scalar) else { return false }
        }
        return true
    }

    static func isStable(_ scalar: UInt32) -> Bool {
        if scalar < 0x10000 {
            return basicPlaneStable[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0
        }
        // Binary search for the last range starting at or before the scalar.
        var low = 0, high = supplementaryStable.count
        while low < high {
            let middle = (low + high) / 2
            if supplementaryStable[middle].first <= scalar { low = middle + 1 } else { high = middle }
        }
        return low > 0 && scalar <= supplementaryStable[low - 1].last
    }
}
