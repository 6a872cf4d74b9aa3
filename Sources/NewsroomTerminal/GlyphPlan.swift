/// What the backend hands ncurses for one cell. Pure (the width function is injected: the
/// backend passes the C library's `wcwidth`, tests pass a table).
///
/// The screen buffer decides how many columns a grapheme takes; ncurses and the terminal decide
/// by `wcwidth` of each scalar. Where they disagree, this plan makes the terminal agree with
/// the buffer, so no column of the rest of the line ever shifts:
/// - only the first scalar and the zero-width marks that follow it are sent (ncurses' own
///   `setcchar` rule); joiners and variation selectors are dropped because terminals differ
///   on whether they widen or join a glyph;
/// - a glyph wider than its cells, or unprintable in the locale, becomes U+FFFD;
/// - a glyph narrower than its cells (a flag drawn as one regional indicator) is followed by
///   an explicit blank in its continuation cell.
public struct GlyphPlan: Equatable, Sendable {
    /// The scalars for `setcchar` (a spacing character and up to four combining marks).
    public var scalars: [Unicode.Scalar]
    /// Columns the terminal will advance for `scalars`.
    public var columns: Int
    /// True when the continuation cell must be drawn as a blank.
    public var padsContinuation: Bool

    public static let replacement: Unicode.Scalar = "\u{FFFD}"
    /// ncurses' CCHARW_MAX: a cell holds at most five wide characters.
    static let maximumScalars = 5

    /// `cellColumns` is 1 or 2 (2 when the next buffer cell is a continuation); `available`
    /// is how many columns are left before the window's right edge.
    public static func make(grapheme: String, cellColumns: Int, available: Int,
                            width: (Unicode.Scalar) -> Int) -> GlyphPlan {
        let cellColumns = min(max(cellColumns, 1), 2)
        guard available >= 1 else { return GlyphPlan(scalars: [], columns: 0, padsContinuation: false) }
        if available < cellColumns {
            // A wide glyph cut by the right edge: a blank, never a glyph that wraps.
            return GlyphPlan(scalars: [" "], columns: 1, padsContinuation: false)
        }
        var scalars: [Unicode.Scalar] = []
        for scalar in grapheme.unicodeScalars {
            let safe = isForbidden(scalar) ? replacement : scalar
            if scalars.isEmpty {
                scalars.append(safe)
                continue
            }
            if isDroppedModifier(safe) { continue }
            if width(safe) != 0 || scalars.count == maximumScalars { break }
            scalars.append(safe)
        }
        guard let base = scalars.first else {
            return GlyphPlan(scalars: [" "], columns: 1, padsContinuation: cellColumns == 2)
        }
        let baseWidth = width(base)
        if baseWidth < 1 || baseWidth > cellColumns {
            return GlyphPlan(scalars: [replacement], columns: 1, padsContinuation: cellColumns == 2)
        }
        return GlyphPlan(scalars: scalars, columns: baseWidth, padsContinuation: baseWidth < cellColumns)
    }

    /// Defence in depth behind the sanitizer: C0, DEL, C1 and bidi controls never reach ncurses.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
            return true
        default:
            return false
        }
    }

    /// Zero-width joiner and variation selectors: dropped (see the type's comment).
    static func isDroppedModifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200D || scalar.value == 0xFE0E || scalar.value == 0xFE0F
    }
}
