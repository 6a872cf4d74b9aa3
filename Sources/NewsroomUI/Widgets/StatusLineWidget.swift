import NewsroomCore

/// The last row: the filter being typed, a message, or key hints; the reading position on the right.
enum StatusLineWidget {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout ScreenBuffer) {
        let bar = Style(.statusBar)
        buffer.fill(area, style: bar)
        let y = area.y
        if state.filter.isEditing {
            let prompt = " Filter: "
            let x = buffer.put(prompt, x: area.x, y: y, style: Style(.statusBar, bold: true), clip: area)
            // Show the end of a long input: that is where the cursor is.
            let room = max(0, area.width - x - 1)
            let visible = tail(Sanitizer.display(state.filter.input), width: room)
            let end = buffer.put(visible, x: x, y: y, style: bar, clip: area)
            buffer.put(" ", x: end, y: y, style: Style(.statusBar, reverse: true), clip: area)
            return
        }
        if let message = state.status {
            buffer.put(" " + message.text, x: area.x, y: y, style: message.isError ? Style(.error, bold: true) : bar, clip: area)
            return
        }
        var right = ""
        if state.focus == .article, let reading = state.open, state.layout.article != nil {
            let total = reading.lines.lines.count
            let seen = min(total, reading.scroll + state.layout.paneHeight)
            right = total == 0 ? "" : "\(seen * 100 / total)% "
            // The single-pane layout hides the list's ★: say it here too.
            if reading.row.isBookmarked { right = "★ " + right }
        }
        let rightWidth = DisplayWidth.of(right)
        let hintArea = Rect(x: area.x, y: y, width: max(0, area.width - rightWidth - 1), height: 1)
        buffer.put(" " + fitting(hints(state), width: hintArea.width - 1), x: area.x, y: y, style: bar, clip: hintArea)
        if !right.isEmpty, rightWidth < area.width {
            buffer.put(right, x: area.x + area.width - rightWidth, y: y, style: bar, clip: area)
        }
    }

    static func hints(_ state: AppState) -> String {
        if state.focus == .article && state.open != nil {
            return "↑↓ scroll  Esc list  n/p next/prev  b bookmark  o link  ? help  q quit"
        }
        if state.view == .bookmarks {
            return "↑↓ select  ⏎ read  b remove  B headlines  ? help  q quit"
        }
        return "↑↓ select  ⏎ read  b bookmark  / filter  B bookmarks  ? help  q quit"
    }

    /// The leading hints (separated by two spaces) that fit whole in `width` columns: a narrow
    /// status line drops the last hints instead of cutting one in half.
    static func fitting(_ hints: String, width: Int) -> String {
        var shown = ""
        for hint in hints.split(separator: "  ") {
            let next = shown.isEmpty ? String(hint) : shown + "  " + hint
            if DisplayWidth.of(next) > width { break }
            shown = next
        }
        return shown
    }

    /// The last `width` columns of `text`.
    static func tail(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let columns = DisplayWidth.of(text[previous])
            if used + columns > width { break }
            used += columns
            start = previous
        }
        return String(text[start...])
    }
}
