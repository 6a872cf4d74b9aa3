import NewsroomCore

/// Results of effects coming back as actions: pages, articles, bookmark changes.
extension AppState {
    mutating func pageLoaded(offset: Int, rows: [HeadlineRow], total: Int) -> [Effect] {
        guard offset >= 0, offset % HeadlineWindow.pageSize == 0 else { return [] }
        headlines.store(offset: offset, rows: rows, total: total)
        headlineCursor.selection = max(0, min(headlineCursor.selection, total - 1))
        var effects = scrollHeadlinesIntoView()
        if let waiting = openWhenLoaded, let row = headlines.row(at: waiting) {
            status = nil
            effects += request(row)
        }
        return effects
    }

    mutating func articleLoaded(id: Int64, article: Article, row: HeadlineRow?) -> [Effect] {
        let shownRow: HeadlineRow
        switch pendingOpen {
        case .id(let wanted, let pendingRow) where wanted == id:
            shownRow = row ?? pendingRow
        case .title:
            shownRow = row ?? HeadlineRow(
                id: id, shortID: "", title: article.title, publication: article.publication,
                section: article.section, kicker: article.kicker, published: article.published)
        default:
            return []  // an answer nobody is waiting for any more
        }
        pendingOpen = nil
        var effects: [Effect] = []
        let lines = ArticleLines(article: article, row: shownRow, width: layout.articleWidth)
        var reading = OpenArticle(id: id, article: article, row: shownRow, lines: lines)
        reading.row.isRead = true
        open = reading
        focus = .article
        // Stacked, the list has fewer rows with an article open: keep the selection in view.
        clampBookmarkCursor()
        effects += scrollHeadlinesIntoView()
        // Marking read: the cached list row shows it at once, the count follows.
        var wasUnread = false
        headlines.updateRow(id: id) { row in
            if !row.isRead { wasUnread = true }
            row.isRead = true
        }
        effects.append(.setRead(id: id, read: true))
        if wasUnread, let count = unreadCount {
            unreadCount = max(0, count - 1)
        } else if !shownRow.isRead && !wasUnread {
            effects.append(.loadUnreadCount(filter: filter.active))
        }
        return effects
    }

    mutating func bookmarkToggled(id: Int64, isBookmarked: Bool) -> [Effect] {
        headlines.updateRow(id: id) { $0.isBookmarked = isBookmarked }
        if open?.id == id { open?.row.isBookmarked = isBookmarked }
        status = StatusMessage(isBookmarked ? "Bookmark saved." : "Bookmark removed.")
        return view == .bookmarks ? [.loadBookmarks] : []
    }
}
