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
        DisplayWidth.truncate(Sanitizer.display(text), toWidth: width)
    }

    /// `text` truncated to `width` columns and padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, width: Int) -> String {
        DisplayWidth.pad(truncate(text, width: width), toWidth: width)
    }

    /// Lines of `text` wrapped to `width` columns with the one `WordWrap`, sanitized first
    /// (line breaks kept as hard breaks: a feed's `pre` block keeps its lines).
    /// A line the wrapper could not fit (width 1 and a wide glyph) is truncated, so no caller
    /// ever gets a line wider than it asked for.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return WordWrap.wrap(Sanitizer.displayKeepingLineBreaks(text), width: width).map { line in
            DisplayWidth.of(line) <= width ? line : truncate(line, width: width)
        }
    }
}
