import NewsroomCore

/// The list pane (headlines or bookmarks): moving the selection, opening, stepping.
extension AppState {
    mutating func listCommand(_ command: Command) -> [Effect] {
        let page = max(1, layout.listHeight)
        switch command {
        case .moveUp: return moveSelection(to: cursor.selection - 1)
        case .moveDown: return moveSelection(to: cursor.selection + 1)
        case .pageUp: return moveSelection(to: cursor.selection - page)
        case .pageDown: return moveSelection(to: cursor.selection + page)
        case .top: return moveSelection(to: 0)
        case .bottom: return moveSelection(to: listCount - 1)
        case .open: return openSelected()
        case .back:
            if view == .bookmarks || view == .sources {
                view = .headlines
                return []
            }
            // A source's headlines: back to the sources, counted afresh.
            if listsSource {
                listsSource = false
                view = .sources
                return [.loadSources]
            }
            if filter.active != .all { return applyFilter("") }
            return []
        default: return []
        }
    }

    /// The cursor of the list on screen: the headlines' or the bookmarks'.
    var cursor: ListCursor {
        get {
            switch view {
            case .headlines: headlineCursor
            case .bookmarks: bookmarkCursor
            case .sources: sourceCursor
            }
        }
        set {
            switch view {
            case .headlines: headlineCursor = newValue
            case .bookmarks: bookmarkCursor = newValue
            case .sources: sourceCursor = newValue
            }
        }
    }

    var listCount: Int {
        switch view {
        case .headlines: headlines.count
        case .bookmarks: bookmarks.count
        case .sources: sources?.count ?? 0
        }
    }

    /// Selects list index `index` (clamped), scrolls it into view, and asks for missing pages.
    mutating func moveSelection(to index: Int) -> [Effect] {
        let count = listCount
        guard count > 0 else { return [] }
        cursor.move(to: index, count: count, height: layout.listHeight)
        return view == .headlines ? scrollHeadlinesIntoView() : []
    }

    /// Keeps the selected headline in view and asks for the pages around the screen; pages
    /// with no row on screen are read-ahead.
    mutating func scrollHeadlinesIntoView() -> [Effect] {
        let height = max(1, layout.listHeight)
        headlineCursor.scrollIntoView(count: headlines.count, height: height)
        let first = headlineCursor.scroll
        return headlines.requests(forRows: first, count: height).map { page in
            let offset = page * HeadlineWindow.pageSize
            let offScreen = offset >= first + height || offset + HeadlineWindow.pageSize <= first
            return .loadPage(filter: filter.active, offset: offset, limit: HeadlineWindow.pageSize, readAhead: offScreen)
        }
    }

    mutating func clampBookmarkCursor() {
        bookmarkCursor.clamp(count: bookmarks.count, height: layout.listHeight)
    }

    mutating func openSelected() -> [Effect] {
        if view == .sources { return showSelectedSource() }
        if view == .bookmarks {
            guard bookmarks.indices.contains(bookmarkCursor.selection) else { return [] }
            let bookmark = bookmarks[bookmarkCursor.selection]
            guard let id = bookmark.articleID else {
                status = StatusMessage("This article is no longer in the library.", isError: true)
                return []
            }
            let row = HeadlineRow(
                id: id, shortID: bookmark.shortID, title: bookmark.title, publication: bookmark.publication,
                section: bookmark.section, published: bookmark.published, isRead: true, isBookmarked: true)
            return request(row)
        }
        guard headlines.count > 0 else { return [] }
        guard let row = headlines.row(at: headlineCursor.selection) else {
            openWhenLoaded = headlineCursor.selection
            status = StatusMessage("Loading…")
            return []
        }
        return request(row)
    }

    mutating func request(_ row: HeadlineRow) -> [Effect] {
        pendingOpen = .id(row.id, row: row)
        openWhenLoaded = nil
        focus = .article
        return [.loadArticle(id: row.id)]
    }

    /// n / p: the next or previous entry of the list, opened when `open` (from any pane).
    mutating func step(by delta: Int, open: Bool) -> [Effect] {
        let target = cursor.selection + delta
        guard target >= 0, target < listCount else {
            status = StatusMessage(delta > 0 ? "This is the last article." : "This is the first article.")
            return []
        }
        var effects = moveSelection(to: target)
        if open { effects += openSelected() }
        return effects
    }
}
