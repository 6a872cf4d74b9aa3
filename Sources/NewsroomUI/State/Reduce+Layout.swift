/// The layout key and everything that follows a change of the panes' sizes: the article
/// wrapped again for its new width, the lists kept in view.
extension AppState {
    /// The arrangements the layout key goes through, in order.
    static let layoutCycle: [ReaderSettings.LayoutChoice] = [.sideBySide, .stacked, .single]

    /// `v`: the next arrangement that gives this terminal a different screen (side by side
    /// does not fit a narrow one, and is skipped there).
    mutating func cycleLayout() -> [Effect] {
        let current = layout.mode
        guard current != .tooSmall else { return [] }
        let start = Self.layoutCycle.firstIndex { Layout.mode(width: width, height: height, choice: $0) == current } ?? 0
        for step in 1..<Self.layoutCycle.count {
            let choice = Self.layoutCycle[(start + step) % Self.layoutCycle.count]
            let mode = Layout.mode(width: width, height: height, choice: choice)
            guard mode != current else { continue }
            settings.layout = choice
            status = StatusMessage("Layout: " + Self.name(of: mode))
            return relayout()
        }
        status = StatusMessage("Layout: only one fits this terminal.")
        return []
    }

    static func name(of mode: Layout.Mode) -> String {
        switch mode {
        case .sideBySide: return "side by side"
        case .stacked: return "stacked (list above the article)"
        case .single: return "one pane"
        case .tooSmall: return "too small"
        }
    }

    /// After the panes changed size: the open article is wrapped for its new width (at about
    /// the same place), scroll offsets are clamped and the selections kept in view.
    mutating func relayout() -> [Effect] {
        let layout = self.layout
        if var reading = open, reading.lines.width != layout.articleWidth {
            // Keep roughly the same place in the text after re-wrapping.
            let fraction = reading.lines.lines.isEmpty ? 0 : Double(reading.scroll) / Double(reading.lines.lines.count)
            reading.lines = ArticleLines(article: reading.article, row: reading.row, width: layout.articleWidth)
            reading.scroll = Int(fraction * Double(reading.lines.lines.count))
            reading.titleCursor = nil
            reading.linkCursor = nil
            open = reading
        }
        if var reading = open {
            reading.scroll = max(0, min(reading.scroll, reading.lines.lines.count - layout.articleHeight))
            open = reading
        }
        clampBookmarkCursor()
        if let sources { sourceCursor.clamp(count: sources.count, height: layout.listHeight) }
        return scrollHeadlinesIntoView()
    }
}
