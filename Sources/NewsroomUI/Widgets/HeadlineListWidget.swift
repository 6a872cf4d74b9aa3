import NewsroomCore

/// The headline list (and the bookmarks view, which looks the same): markers, date, section
/// or kicker, title truncated by display width. Draws only the rows in view.
enum HeadlineListWidget {
    struct Entry {
        var isUnread: Bool
        var isBookmarked: Bool
        var published: Timestamp?
        var label: String?
        var title: String
    }

    static func drawHeadlines(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        let window = state.headlines
        guard let total = window.total else {
            buffer.put(" Loading…", x: area.x, y: area.y, style: Style(.dim), clip: area)
            return
        }
        if total == 0 {
            message(["No headlines match “\(state.filter.applied)”.", "Esc shows all headlines again."], in: area, into: &buffer)
            return
        }
        for offset in 0..<area.height {
            let index = state.headlineCursor.scroll + offset
            guard index < total else { break }
            let selected = index == state.headlineCursor.selection
            guard let row = window.row(at: index) else {
                drawRow(nil, selected: selected, focused: state.focus == .list, titleFirst: state.layout.listTitleFirst, dates: state.settings.dateFormat, at: area.y + offset, in: area, into: &buffer)
                continue
            }
            let entry = Entry(
                isUnread: !row.isRead, isBookmarked: row.isBookmarked, published: row.published,
                label: nonEmpty(row.section) ?? nonEmpty(row.kicker) ?? nonEmpty(row.publication), title: row.title)
            drawRow(entry, selected: selected, focused: state.focus == .list, titleFirst: state.layout.listTitleFirst, dates: state.settings.dateFormat, at: area.y + offset, in: area, into: &buffer)
        }
    }

    static func drawBookmarks(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        if state.bookmarks.isEmpty {
            message(["No bookmarks yet.", "Press b on a headline to save one; B goes back."], in: area, into: &buffer)
            return
        }
        for offset in 0..<area.height {
            let index = state.bookmarkCursor.scroll + offset
            guard index < state.bookmarks.count else { break }
            let bookmark = state.bookmarks[index]
            let entry = Entry(
                isUnread: false, isBookmarked: true, published: bookmark.published,
                label: nonEmpty(bookmark.section) ?? nonEmpty(bookmark.publication), title: bookmark.title)
            drawRow(entry, selected: index == state.bookmarkCursor.selection, focused: state.focus == .list,
                    titleFirst: state.layout.listTitleFirst, dates: state.settings.dateFormat, at: area.y + offset, in: area, into: &buffer)
        }
    }

    /// One row: "●★ 22.01. Section      Title…". Narrow lists drop the section, then the date.
    /// `titleFirst` (the list beside an article): they are dropped as soon as they would cut
    /// a `Layout.readableTitle`-column headline. `dates`: the date column's format
    /// (`ReaderSettings.dateFormat`), as wide as it prints.
    static func drawRow(_ entry: Entry?, selected: Bool, focused: Bool, titleFirst: Bool = false,
                        dates: DateFormat = .standard, at y: Int, in area: Rect, into buffer: inout ScreenBuffer) {
        let rowRect = Rect(x: area.x, y: y, width: area.width, height: 1)
        let selection = Style(focused ? .selection : .selectionInactive, reverse: focused)
        func style(_ base: Style) -> Style {
            selected ? Style(selection.role, bold: base.bold, reverse: selection.reverse) : base
        }
        if selected { buffer.fill(rowRect, style: selection) }
        guard let entry else {
            buffer.put("   …", x: area.x, y: y, style: style(Style(.dim)), clip: rowRect)
            return
        }
        // One column of right margin keeps titles off the vertical rule.
        let usable = area.width - 1
        var x = area.x
        buffer.put(entry.isUnread ? "●" : " ", x: x, y: y, style: style(Style(.unread)), clip: rowRect)
        buffer.put(entry.isBookmarked ? "★" : " ", x: x + 1, y: y, style: style(Style(.bookmark)), clip: rowRect)
        x += 3
        let labelWidth = min(14, usable / 5)
        let readable = Layout.readableTitle
        let dateColumn = dates.width + 1
        let showsDate = titleFirst ? usable - 3 - dateColumn >= readable : usable >= 22 + dates.width
        let showsLabel = titleFirst ? showsDate && usable - 3 - dateColumn - labelWidth - 1 >= readable : usable >= 44
        if showsDate {
            let date = entry.published.map(dates.format) ?? ""
            buffer.put(TextFit.pad(date, width: dates.width), x: x, y: y, style: style(Style(.dim)), clip: rowRect)
            x += dateColumn
        }
        if showsLabel {
            buffer.put(TextFit.pad(entry.label ?? "", width: labelWidth), x: x, y: y, style: style(Style(.kicker)), clip: rowRect)
            x += labelWidth + 1
        }
        let titleWidth = area.x + usable - x
        guard titleWidth > 0 else { return }
        buffer.put(TextFit.truncate(entry.title, width: titleWidth), x: x, y: y, style: style(Style(.normal, bold: entry.isUnread)), clip: rowRect)
    }

    static func message(_ lines: [String], in area: Rect, into buffer: inout ScreenBuffer) {
        var y = area.y + 1
        for line in lines {
            for piece in TextFit.wrap(line, width: max(1, area.width - 3)) {
                buffer.put(piece, x: area.x + 2, y: y, style: Style(.dim), clip: area)
                y += 1
            }
        }
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
