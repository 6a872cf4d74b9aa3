/// How one Unicode scalar behaves on a terminal line, looked up in the generated `WidthTable`.
/// Internal: callers measure grapheme clusters with `DisplayWidth`, never single scalars.
enum ScalarClass: UInt32 {
    /// Nonspacing or enclosing mark (Mn, Me): no column of its own, attaches to the cluster before.
    case mark = 0
    /// Spacing mark (Mc) or a letter that extends a cluster (Thai AM, kana voicing marks):
    /// takes a column, as wcwidth says, and may attach to the cluster before.
    case spacing = 1
    /// Format character (Cf) or Hangul medial/final jamo: no column.
    case format = 2
    /// East Asian Wide or Fullwidth: two columns.
    case wide = 3
    /// Everything else: one column.
    case normal = 5

    /// Table marker for code points the generated table's Unicode version does not know.
    private static let unassignedInTable: UInt32 = 4

    /// Columns this scalar takes when measured alone (controls are the caller's business).
    var columns: Int {
        switch self {
        case .mark, .format: 0
        case .spacing, .normal: 1
        case .wide: 2
        }
    }

    /// The class of `value` (a Unicode scalar value). Latin-1 never needs the table.
    static func of(_ value: UInt32) -> ScalarClass {
        if value < 0x300 { return value == 0xAD ? .format : .normal }
        // Binary search for the last range starting at or before `value`.
        var low = 0
        var high = widthRangeStarts.count
        while low < high {
            let middle = (low + high) / 2
            if widthRangeStarts[middle] <= value { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return .normal }
        let packed = widthRangeEnds[low - 1]
        guard value <= packed >> 3 else { return .normal }
        let raw = packed & 7
        if raw == unassignedInTable { return newerThanTable(value) }
        return ScalarClass(rawValue: raw) ?? .normal
    }

    /// Scalars assigned after the table's Unicode version: the runtime's own (newer) data
    /// knows their category, which is also what its grapheme breaking uses.
    private static func newerThanTable(_ value: UInt32) -> ScalarClass {
        guard let scalar = Unicode.Scalar(value) else { return .normal }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return .mark
        case .spacingMark: return .spacing
        case .format: return .format
        default: return properties.isEmojiPresentation ? .wide : .normal
        }
    }
}
