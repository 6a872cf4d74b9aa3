import NewsroomCore

/// Terminal events: resize, mouse wheel, clicks.
extension AppState {
    mutating func resize(width: Int, height: Int) -> [Effect] {
        self.width = max(0, width)
        self.height = max(0, height)
        return relayout()
    }

    mutating func wheel(down: Bool) -> [Effect] {
        status = nil
        if showHelp { return [] }
        let delta = down ? 3 : -3
        if focus == .article, var reading = open {
            let maxScroll = max(0, reading.lines.lines.count - layout.articleHeight)
            reading.scroll = max(0, min(maxScroll, reading.scroll + delta))
            reading.titleCursor = nil
            reading.linkCursor = nil
            open = reading
            return []
        }
        return moveSelection(to: cursor.selection + delta)
    }

    mutating func click(x: Int, y: Int) -> [Effect] {
        status = nil
        if showHelp {
            showHelp = false
            return []
        }
        let layout = self.layout
        if let list = layout.list, list.contains(x: x, y: y) {
            let index = cursor.index(atScreenRow: y - list.y)
            guard index < listCount else { return [] }
            focus = .list
            if index == cursor.selection { return openSelected() }  // a second click reads it
            return moveSelection(to: index)
        }
        if let area = layout.article, area.contains(x: x, y: y), var reading = open {
            focus = .article
            let line = reading.scroll + (y - area.y)
            if reading.lines.lines.indices.contains(line) {
                if let entry = reading.lines.lines[line].titleEntry {
                    reading.titleCursor = entry
                    reading.linkCursor = nil
                } else if let link = reading.lines.lines[line].link(atColumn: x - area.x) {
                    reading.linkCursor = link
                    reading.titleCursor = nil
                }
            }
            open = reading
        }
        return []
    }
}
