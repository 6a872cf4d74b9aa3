import NewsroomCore

/// The last row: the filter being typed, a question, a message, or key hints (named by the
/// key map, so a rebound key shows as bound); the reading position on the right. The bar
/// fills the whole row in every view.
enum StatusLineWidget {
    static func draw(_ state: AppState, keyMap: KeyMap = .standard, in area: Rect, into buffer: inout ScreenBuffer) {
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
        if let question = state.confirmation {
            buffer.put(" " + question.question, x: area.x, y: y, style: Style(.statusBar, bold: true), clip: area)
            return
        }
        if let message = state.status {
            buffer.put(" " + message.text, x: area.x, y: y, style: message.isError ? Style(.error, bold: true) : bar, clip: area)
            return
        }
        var right = ""
        if state.focus == .article, let reading = state.open, state.layout.article != nil {
            let total = reading.lines.lines.count
            let seen = min(total, reading.scroll + state.layout.articleHeight)
            right = total == 0 ? "" : "\(seen * 100 / total)% "
            // The single-pane layout hides the list's ★: say it here too.
            if reading.row.isBookmarked { right = "★ " + right }
        }
        let rightWidth = DisplayWidth.of(right)
        let hintArea = Rect(x: area.x, y: y, width: max(0, area.width - rightWidth - 1), height: 1)
        buffer.put(" " + fitting(hints(state, keyMap: keyMap), width: hintArea.width - 1), x: area.x, y: y, style: bar, clip: hintArea)
        if !right.isEmpty, rightWidth < area.width {
            buffer.put(right, x: area.x + area.width - rightWidth, y: y, style: bar, clip: area)
        }
    }

    /// The hints for the view, each `KEY what` with the key the key map binds (a command
    /// with no key has no hint). Most useful first: a narrow bar drops the last ones.
    static func hints(_ state: AppState, keyMap: KeyMap) -> String {
        let wanted: [([Command], String)]
        if state.focus == .article && state.open != nil {
            wanted = [([.moveUp, .moveDown], "scroll"), ([.back], "list"), ([.nextArticle, .previousArticle], "next/prev"),
                      ([.toggleRead], "unread"), ([.toggleBookmark], "bookmark"), ([.openLink], "link"),
                      ([.toggleHelp], "help"), ([.quit], "quit")]
        } else if state.view == .bookmarks {
            wanted = [([.moveUp, .moveDown], "select"), ([.open], "read"), ([.toggleBookmark], "remove"),
                      ([.showBookmarks], "headlines"), ([.toggleHelp], "help"), ([.quit], "quit")]
        } else if state.view == .sources {
            wanted = [([.moveUp, .moveDown], "select"), ([.open], "headlines"), ([.markAllRead], "mark read"),
                      ([.back], "back"), ([.toggleHelp], "help"), ([.quit], "quit")]
        } else {
            wanted = [([.moveUp, .moveDown], "select"), ([.open], "read"), ([.showSources], "sources"),
                      ([.startFilter], "filter"), ([.toggleUnreadOnly], "unread"), ([.markAllRead], "all read"),
                      ([.toggleHelp], "help"), ([.quit], "quit")]
        }
        return wanted.compactMap { commands, what -> String? in
            let keys = commands.compactMap { hintKey(keyMap, $0) }
            guard keys.count == commands.count else { return nil }
            return keys.joined(separator: commands == [.moveUp, .moveDown] ? "" : "/") + " " + what
        }.joined(separator: "  ")
    }

    /// The key shown for `command`: Esc, Enter or an arrow when bound, else a character key,
    /// else whatever is bound; nil when nothing is.
    static func hintKey(_ keyMap: KeyMap, _ command: Command) -> String? {
        let names = keyMap.keys(for: command)
        if let named = names.first(where: { symbols[$0] != nil }) { return symbols[named] }
        if let character = names.first(where: { $0.count == 1 }) { return character }
        return names.first
    }

    private static let symbols = ["Esc": "Esc", "Enter": "⏎", "Up": "↑", "Down": "↓"]

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
