/// Hangul conjoining jamo: which vowel and final jamo may follow which scalar in one syllable.
enum HangulJamo {
    static func isMedialOrFinal(_ value: UInt32) -> Bool {
        isVowel(value) || isFinal(value)
    }

    static func accepts(_ value: UInt32, after base: UInt32) -> Bool {
        if isVowel(value) { return isLeading(base) || isVowel(base) || isSyllable(base, withFinal: false) }
        return isVowel(base) || isFinal(base) || isSyllable(base, withFinal: nil)
    }

    private static func isLeading(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0xA960...0xA97F).contains(value)
    }

    private static func isVowel(_ value: UInt32) -> Bool {
        (0x1160...0x11A7).contains(value) || (0xD7B0...0xD7CA).contains(value)
    }

    private static func isFinal(_ value: UInt32) -> Bool {
        (0x11A8...0x11FF).contains(value) || (0xD7CB...0xD7FF).contains(value)
    }

    /// A precomposed syllable; `withFinal` nil accepts both LV and LVT.
    private static func isSyllable(_ value: UInt32, withFinal: Bool?) -> Bool {
        guard (0xAC00...0xD7A3).contains(value) else { return false }
        guard let withFinal else { return true }
        return ((value - 0xAC00) % 28 != 0) == withFinal
    }
}
