/// Where a list stands: the selected row and the first row in view. The headline list and
/// the bookmark list each have one and move it the same way.
public struct ListCursor: Equatable, Sendable {
    /// Index of the selected row.
    public var selection: Int = 0
    /// Index of the first row in view.
    public var scroll: Int = 0

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Selects `index` (clamped to the list) and scrolls as little as needed to show it, with
    /// no empty rows at the end of a `height`-row view. An empty list changes nothing.
    public mutating func move(to index: Int, count: Int, height: Int) {
        guard count > 0 else { return }
        selection = min(max(0, index), count - 1)
        scrollIntoView(count: count, height: height)
    }

    /// Keeps the selection inside a list of `count` rows and in view.
    public mutating func clamp(count: Int, height: Int) {
        selection = max(0, min(selection, count - 1))
        scrollIntoView(count: count, height: height)
    }

    /// The scroll offset closest to the current one that shows the selection and no empty
    /// space at the end.
    mutating func scrollIntoView(count: Int, height: Int) {
        let height = max(1, height)
        var top = scroll
        if selection < top { top = selection }
        if selection >= top + height { top = selection - height + 1 }
        scroll = max(0, min(top, count - height))
    }

    /// The list row shown on screen row `row` of the view.
    public func index(atScreenRow row: Int) -> Int { scroll + row }
}
