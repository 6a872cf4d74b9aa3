import NewsroomCore

/// Fitting text into a number of columns, measured only with `DisplayWidth.of`.
///
/// A thin layer for widgets (columns, boxes): it sanitizes first so that what is measured is
/// exactly what `ScreenBuffer.put` will draw (a control character becomes a one-column
/// placeholder, never an escape sequence that could move the cursor or shift a column).
public enum TextFit {
    /// `text` cut to at most `width` columns; a cut is marked with "…" in the last column.
    /// Never splits a grapheme cluster: a wide glyph that would straddle the edge is dropped.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitizer.display(text)
        if DisplayWidth.of(clean) <= width { return clean }
        var out = ""
        var used = 0
        for character in clean {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            out.append(character)
            used += columns
        }
        return out + "…"
    }

    /// `text` truncated to `width` columns and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        let used = DisplayWidth.of(cut)
        return used >= width ? cut : cut + String(repeating: " ", count: width - used)
    }

    /// Lines of `text` wrapped to `width` columns with the one `WordWrap`, sanitized first.
    /// A line the wrapper could not fit (width 1 and a wide glyph) is truncated, so no caller
    /// ever gets a line wider than it asked for.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return WordWrap.wrap(Sanitizer.display(text), width: width).map { line in
            DisplayWidth.of(line) <= width ? line : truncate(line, width: width)
        }
    }
}
