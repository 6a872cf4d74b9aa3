import NewsroomCore

/// Row 0: where the list comes from (all sources, a filter, bookmarks) and the position;
/// row 1: a rule, joined to the vertical rule in the split layout.
enum HeaderWidget {
    static func draw(_ state: AppState, layout: Layout, into buffer: inout ScreenBuffer) {
        let width = state.width
        let right = position(state)
        let rightWidth = DisplayWidth.of(right)
        let leftLimit = rightWidth + 3 < width ? width - rightWidth - 3 : width - 1
        var x = buffer.put(" ", x: 0, y: 0)
        x = buffer.put(TextFit.truncate("Newsroom", width: leftLimit), x: x, y: 0, style: Style(.accent, bold: true))
        let scope: String
        switch state.view {
        case .bookmarks: scope = "bookmarks"
        case .sources: scope = "sources"
        case .headlines: scope = state.filter.applied.isEmpty ? "all sources" : "filter: " + state.filter.applied
        }
        buffer.put(TextFit.truncate(" · " + scope, width: max(0, leftLimit - x + 1)), x: x, y: 0)
        if rightWidth + 3 < width {
            buffer.put(right, x: width - rightWidth - 1, y: 0, style: Style(.dim))
        }
        buffer.horizontalLine(x: 0, y: 1, count: width)
        if let ruleX = layout.ruleX { buffer.put("┬", x: ruleX, y: 1, style: Style(.border)) }
    }

    static func position(_ state: AppState) -> String {
        switch state.view {
        case .bookmarks:
            let count = state.bookmarks.count
            return count == 0 ? "no bookmarks" : "\(state.bookmarkCursor.selection + 1)/\(count)"
        case .sources:
            guard let sources = state.sources else { return "counting…" }
            return sources.isEmpty ? "no sources" : "\(state.sourceCursor.selection + 1)/\(sources.count)"
        case .headlines:
            guard let total = state.headlines.total else { return "loading…" }
            let place = total == 0 ? "0/0" : "\(state.headlineCursor.selection + 1)/\(total)"
            guard let unread = state.unreadCount else { return place }
            return "\(unread) unread · \(place)"
        }
    }
}
