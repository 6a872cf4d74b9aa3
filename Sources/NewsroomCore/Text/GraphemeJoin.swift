/// Whether two scalars end up in one grapheme cluster, for the places that work on scalars
/// (for speed) but must agree with how `Character`s are formed: the sanitizer and the wrapper.
enum GraphemeJoin {
    /// Whether `value` would form one grapheme cluster with the cluster ending in `base`.
    /// Asked of the runtime's own grapheme breaking on the pair; the rules that look further
    /// back (emoji ZWJ sequences, Indic conjuncts after a virama) are covered by treating a
    /// joiner or virama as joining. Costs a small string: call it only after `mayExtend`, or
    /// where it is rare.
    static func joins(_ value: UInt32, after base: UInt32) -> Bool {
        switch base {
        case 0x200D, 0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D: return true
        default: break
        }
        guard let first = Unicode.Scalar(base), let second = Unicode.Scalar(value) else { return false }
        var pair = String.UnicodeScalarView()
        pair.append(first)
        pair.append(second)
        return String(pair).count == 1
    }

    /// Cheap filter: false means `value` never attaches to a preceding space or letter
    /// (only marks, joiners, selectors, tags, skin tones and spacing letters do).
    static func mayExtend(_ value: UInt32) -> Bool {
        if value < 0x300 { return false }
        if (0x1F3FB...0x1F3FF).contains(value) { return true }
        switch ScalarClass.of(value) {
        case .mark, .spacing, .format: return true
        case .wide, .normal: return false
        }
    }
}
