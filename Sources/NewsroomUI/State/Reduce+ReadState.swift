import NewsroomCore

/// Read state from the keys: one article read / unread again, everything in a list read
/// (after a y/n question in the status line), and the unread-only list.
extension AppState {
    /// `N`: the open article (when the article pane has the keys) or the selected headline
    /// flips between read and unread; the row and the count show it at once.
    mutating func toggleRead() -> [Effect] {
        let target: HeadlineRow?
        if focus == .article, let reading = open {
            target = headlines.rowWithID(reading.id) ?? reading.row
        } else if view == .headlines {
            target = headlines.row(at: headlineCursor.selection)
        } else {
            target = nil
        }
        guard let row = target else {
            status = StatusMessage("Select a headline first.")
            return []
        }
        let read = !row.isRead
        headlines.updateRow(id: row.id) { $0.isRead = read }
        if open?.id == row.id { open?.row.isRead = read }
        if let count = unreadCount { unreadCount = max(0, count + (read ? -1 : 1)) }
        status = StatusMessage(read ? "Marked read." : "Marked unread.")
        return [.setRead(id: row.id, read: read)]
    }

    /// `A`: asks before marking the list on screen read: the headlines under the filter (all
    /// sources, a source, a search), the selected source in the sources view, the bookmarks.
    mutating func askMarkAllRead() -> [Effect] {
        let question: Confirmation
        switch view {
        case .headlines:
            let scope = filter.applied.isEmpty ? "all sources" : "“\(filter.applied)”"
            question = .markAllRead(filter: filter.active, scope: scope, unread: unreadCount)
            if unreadCount == 0 {
                status = StatusMessage("Nothing unread in \(scope).")
                return []
            }
        case .sources:
            guard let sources, sources.indices.contains(sourceCursor.selection) else { return [] }
            let source = sources[sourceCursor.selection]
            if source.unread == 0 {
                status = StatusMessage("Nothing unread in “\(source.name)”.")
                return []
            }
            question = .markAllRead(filter: source.filter, scope: "“\(source.name)”", unread: source.unread)
        case .bookmarks:
            question = .markAllRead(filter: HeadlineFilter(bookmarkedOnly: true), scope: "the bookmarks", unread: nil)
        }
        confirmation = question
        return []
    }

    /// The answer to the status line's question.
    mutating func answer(_ yes: Bool) -> [Effect] {
        guard let question = confirmation else { return [] }
        confirmation = nil
        guard yes else {
            status = StatusMessage("Nothing marked.")
            return []
        }
        switch question {
        case .markAllRead(let filter, _, _):
            return [.markAllRead(filter: filter)]
        }
    }

    /// Marked: the list, its count and the sources' counts are read again, the selection kept.
    mutating func allMarkedRead(count: Int) -> [Effect] {
        status = StatusMessage("Marked \(count) article\(count == 1 ? "" : "s") read.")
        if open != nil { open?.row.isRead = true }
        unreadCount = nil
        return relist(keepingSelection: true)
    }

    /// `u`: the list shows only unread headlines, or all again: the `is:unread` word of the
    /// filter line, so the header says it and `/` edits it.
    mutating func toggleUnreadOnly() -> [Effect] {
        let words = filter.applied.split(separator: " ").map(String.init)
        let unreadWord = words.filter { $0.lowercased() == "is:unread" }
        let text = unreadWord.isEmpty ? (words + ["is:unread"]).joined(separator: " ")
            : words.filter { $0.lowercased() != "is:unread" }.joined(separator: " ")
        let (keepsSource, keepsView) = (listsSource, view)
        let effects = applyFilter(text)
        listsSource = keepsSource
        if keepsView == .sources { view = .sources }
        status = StatusMessage(unreadWord.isEmpty ? "Only unread headlines." : "All headlines.")
        return effects
    }
}

extension HeadlineWindow {
    /// The cached row with `id`, if it is loaded.
    func rowWithID(_ id: Int64) -> HeadlineRow? {
        for rows in pages.values {
            if let row = rows.first(where: { $0.id == id }) { return row }
        }
        return nil
    }
}
