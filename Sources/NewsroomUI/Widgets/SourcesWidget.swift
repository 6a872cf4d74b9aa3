import NewsroomCore

/// The sources view: one row per publication, feed and tag, "● feed    12   340  Name":
/// a dot when something is unread, the kind, unread and total counts, the name truncated
/// by display width. Draws only the rows in view.
enum SourcesWidget {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        guard let sources = state.sources else {
            buffer.put(" Counting…", x: area.x, y: area.y, style: Style(.dim), clip: area)
            return
        }
        if sources.isEmpty {
            HeadlineListWidget.message(
                ["No publications or feeds yet.", "Add files with `newsroom add`, feeds with `newsroom subscribe`."],
                in: area, into: &buffer)
            return
        }
        let focused = state.focus == .list
        for offset in 0..<area.height {
            let index = state.sourceCursor.scroll + offset
            guard index < sources.count else { break }
            drawRow(sources[index], selected: index == state.sourceCursor.selection, focused: focused,
                    at: area.y + offset, in: area, into: &buffer)
        }
    }

    static func drawRow(_ source: SourceCount, selected: Bool, focused: Bool, at y: Int, in area: Rect, into buffer: inout ScreenBuffer) {
        let rowRect = Rect(x: area.x, y: y, width: area.width, height: 1)
        let selection = Style(focused ? .selection : .selectionInactive, reverse: focused)
        func style(_ base: Style) -> Style {
            selected ? Style(selection.role, bold: base.bold, reverse: selection.reverse) : base
        }
        if selected { buffer.fill(rowRect, style: selection) }
        let hasUnread = source.unread > 0
        var x = buffer.put(hasUnread ? "●" : " ", x: area.x, y: y, style: style(Style(.unread)), clip: rowRect)
        x = buffer.put(" " + TextFit.pad(kindLabel(source.kind), width: 5), x: x, y: y, style: style(Style(.kicker)), clip: rowRect)
        x = buffer.put(leftPad(String(source.unread), width: 7), x: x, y: y, style: style(Style(.normal, bold: hasUnread)), clip: rowRect)
        x = buffer.put(leftPad(String(source.total), width: 8), x: x, y: y, style: style(Style(.dim)), clip: rowRect)
        x += 2
        let room = area.x + area.width - 1 - x
        guard room > 0 else { return }
        buffer.put(TextFit.truncate(source.name, width: room), x: x, y: y, style: style(Style(.normal, bold: hasUnread)), clip: rowRect)
    }

    static func kindLabel(_ kind: SourceCount.Kind) -> String {
        switch kind {
        case .publication: return "pub"
        case .feed: return "feed"
        case .tag: return "tag"
        }
    }

    static func leftPad(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
