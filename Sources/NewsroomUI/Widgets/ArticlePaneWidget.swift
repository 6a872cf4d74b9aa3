import NewsroomCore

/// The article pane: the pre-wrapped lines from the scroll offset down, the selected title of
/// the page's headline list / related highlighted.
enum ArticlePaneWidget {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        guard let reading = state.open else {
            let hint = state.pendingOpen != nil ? "Loading…" : "Select a headline and press Enter to read it."
            HeadlineListWidget.message([hint], in: Rect(x: area.x - 2, y: area.y, width: area.width + 2, height: area.height), into: &buffer)
            return
        }
        let lines = reading.lines.lines
        for offset in 0..<area.height {
            let index = reading.scroll + offset
            guard index < lines.count else { break }
            let line = lines[index]
            let y = area.y + offset
            let row = Rect(x: area.x, y: y, width: area.width, height: 1)
            let selected = line.titleEntry != nil && line.titleEntry == reading.titleCursor
            let highlight = Style(state.focus == .article ? .selection : .selectionInactive, reverse: state.focus == .article)
            if selected { buffer.fill(row, style: highlight) }
            var x = area.x
            for segment in line.segments {
                let isSelectedLink = segment.link != nil && segment.link == reading.linkCursor
                let style = selected || isSelectedLink ? highlight : segment.style
                let url = segment.link.map { reading.lines.links[$0].url }
                x = buffer.put(segment.text, x: x, y: y, style: style, clip: row, link: url)
            }
        }
    }
}
