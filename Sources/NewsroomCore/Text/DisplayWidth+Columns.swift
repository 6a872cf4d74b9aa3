/// Fitting text into a fixed number of columns (table cells, headers, status lines).
/// Input is sanitized text; widths are `DisplayWidth.of`, clusters are never split.
extension DisplayWidth {
    /// Where `pad` puts the text inside its columns.
    public enum Alignment: Sendable {
        case leading
        case trailing
    }

    /// `text` if it fits in `width` columns; otherwise the longest prefix of whole clusters
    /// that leaves room for `ellipsis`, followed by it. When even the ellipsis does not fit,
    /// the longest prefix that fits, without one. The result is at most `width` wide (it may
    /// be narrower when a wide glyph would straddle the limit). `width <= 0` gives "".
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        // Text that fits is returned whole, also at width 0 (a lone soft hyphen is 0 wide).
        if of(text) <= width { return text }
        guard width > 0 else { return "" }
        let ellipsisWidth = of(ellipsis)
        let fitsEllipsis = ellipsisWidth <= width
        let room = fitsEllipsis ? width - ellipsisWidth : width
        if isSingleColumn(text) {
            let prefix = singleColumnPrefix(text, columns: room)
            return fitsEllipsis ? prefix + ellipsis : prefix
        }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let columns = of(text[index])
            if used + columns > room { break }
            used += columns
            end = text.index(after: index)
        }
        let prefix = String(text[..<end])
        return fitsEllipsis ? prefix + ellipsis : prefix
    }

    /// `text` followed (`.leading`) or preceded (`.trailing`) by spaces so it is exactly
    /// `width` columns wide. Text already as wide or wider comes back unchanged: truncate first
    /// for a fixed-width cell, `pad(truncate(text, toWidth: w), toWidth: w)`.
    public static func pad(_ text: String, toWidth width: Int, alignment: Alignment = .leading) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        switch alignment {
        case .leading: return text + spaces
        case .trailing: return spaces + text
        }
    }
}
