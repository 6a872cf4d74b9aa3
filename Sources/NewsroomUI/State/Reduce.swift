import NewsroomCore

/// The one place the reader's state changes. Pure: work on the library comes back as effects,
/// and their results come in again as actions. Every branch costs O(rows on screen), never
/// O(articles in the library).
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = apply(action, to: &state)
    // A key clears the status line; while a feed reload runs, its progress comes back to it.
    if state.status == nil, let reload = state.feedReload { state.status = StatusMessage(reload.statusLine) }
    return effects
}

private func apply(_ action: Action, to state: inout AppState) -> [Effect] {
    switch action {
    case .command(let command):
        state.status = nil
        if state.showHelp {
            // The help overlay takes the next key: it closes, and only quit still works.
            if command == .quit { return state.quit() }
            state.showHelp = false
            return []
        }
        return state.run(command)
    case .filterInput(let edit):
        guard state.filter.isEditing else { return [] }
        switch edit {
        case .insert(let character):
            if state.filter.input.count < 200 { state.filter.input.append(character) }
        case .deleteBackward:
            if !state.filter.input.isEmpty { state.filter.input.removeLast() }
        }
        return []
    case .applyFilter:
        state.filter.isEditing = false
        return state.applyFilter(state.filter.input)
    case .cancelFilter:
        state.filter.isEditing = false
        state.filter.input = state.filter.applied
        return []
    case .resize(let width, let height):
        return state.resize(width: width, height: height)
    case .scrollWheel(let down):
        return state.wheel(down: down)
    case .click(let x, let y):
        return state.click(x: x, y: y)
    case .startMessage(let message):
        if state.status == nil { state.status = message }
        return []
    case .feedReloadStarted(let feeds):
        state.feedReload = FeedReloadProgress(total: feeds)
        state.status = nil  // the reload's line replaces it
        return []
    case .feedReloadProgress(let done, let total):
        guard state.feedReload != nil else { return [] }  // a count that came after the end
        state.feedReload = FeedReloadProgress(total: total, done: done)
        state.status = nil
        return []
    case .feedReloadFinished(let report):
        state.feedReload = nil
        // An error on screen stays there; the summary replaces anything else.
        if state.status?.isError != true { state.status = StatusMessage(report.statusLine) }
        return [.forgetCachedAnswers] + state.relist(keepingSelection: true)
    case .feedReloadUnavailable(let message):
        state.feedReload = nil
        state.status = message
        return [.forgetCachedAnswers] + state.relist(keepingSelection: true)
    case .browserClosed(let error):
        state.status = error.map { StatusMessage($0, isError: true) }
        return []
    case .pageLoaded(let filter, let offset, let rows, let total):
        guard filter == state.filter.active else { return [] }  // an answer for an old filter
        return state.pageLoaded(offset: offset, rows: rows, total: total)
    case .headlineLocated(let filter, let id, let index):
        guard filter == state.filter.active else { return [] }  // an answer for an old filter
        return state.headlineLocated(id: id, index: index)
    case .unreadCountLoaded(let filter, let count):
        if filter == state.filter.active { state.unreadCount = count }
        return []
    case .articleLoaded(let id, let article, let row):
        return state.articleLoaded(id: id, article: article, row: row)
    case .bookmarkToggled(let id, let isBookmarked):
        return state.bookmarkToggled(id: id, isBookmarked: isBookmarked)
    case .bookmarksLoaded(let rows):
        state.bookmarks = rows
        state.clampBookmarkCursor()
        return []
    case .loadFailed(let message):
        // Whatever was in flight is forgotten so the next key can ask again.
        state.headlines.pending = []
        state.relocating = nil
        state.pendingOpen = nil
        state.openWhenLoaded = nil
        state.status = StatusMessage(message, isError: true)
        return []
    }
}

extension AppState {
    mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .quit: return quit()
        case .toggleHelp:
            showHelp = true
            return []
        case .reload:
            // Fetching the feeds; the list is read again when they are in.
            if let running = feedReload {
                status = StatusMessage("A reload is already running (\(running.statusLine))")
                return []
            }
            return [.startFeedReload]
        case .startFilter:
            filter.isEditing = true
            filter.input = filter.applied
            return []
        case .clearFilter:
            filter.isEditing = false
            filter.input = ""
            return applyFilter("")
        case .showBookmarks:
            if view == .bookmarks {
                view = .headlines
                return []
            }
            view = .bookmarks
            focus = .list
            return [.loadBookmarks]
        case .openLink: return openLink()
        case .nextLink: return selectLink(by: 1)
        case .previousLink: return selectLink(by: -1)
        case .toggleBookmark: return toggleBookmark()
        case .nextArticle: return step(by: 1, open: true)
        case .previousArticle: return step(by: -1, open: true)
        case .switchPane:
            if focus == .list, open != nil {
                focus = .article
            } else {
                focus = .list
            }
            return []
        default:
            return focus == .article && open != nil ? articleCommand(command) : listCommand(command)
        }
    }

    mutating func quit() -> [Effect] {
        isQuitting = true
        return [.quit]
    }

    /// Reads the list again from the library ("relist"; "reload" is fetching the feeds). `keepingSelection`: the selected article stays
    /// selected (and on the same screen row) even when rows were added or removed above it;
    /// its new position is asked for first, and the pages are loaded around it when the answer
    /// comes (`headlineLocated`). Without it (a new filter), the selection index stays.
    mutating func relist(keepingSelection: Bool) -> [Effect] {
        let selected = keepingSelection ? headlines.row(at: headlineCursor.selection)?.id : nil
        headlines.reset()
        openWhenLoaded = nil
        relocating = selected
        var effects: [Effect]
        if let selected {
            effects = [.locateHeadline(id: selected, filter: filter.active)]
        } else {
            effects = [loadPage(containing: headlineCursor.scroll)]
        }
        effects.append(.loadUnreadCount(filter: filter.active))
        if view == .bookmarks { effects.append(.loadBookmarks) }
        return effects
    }

    /// The selected article's new place: select it there, on the screen row it had. Gone from
    /// the list: the old index stays (clamped once the count is known).
    mutating func headlineLocated(id: Int64, index: Int?) -> [Effect] {
        guard relocating == id else { return [] }  // an answer nobody is waiting for any more
        relocating = nil
        if let index {
            let screenRow = headlineCursor.selection - headlineCursor.scroll
            headlineCursor = ListCursor(selection: index, scroll: max(0, index - screenRow))
        }
        return [loadPage(containing: headlineCursor.scroll)]
    }

    /// The page that holds row `row`, marked as asked for.
    private mutating func loadPage(containing row: Int) -> Effect {
        let page = max(0, row) / HeadlineWindow.pageSize
        headlines.pending.insert(page)
        return .loadPage(filter: filter.active, offset: page * HeadlineWindow.pageSize, limit: HeadlineWindow.pageSize)
    }

    mutating func applyFilter(_ text: String) -> [Effect] {
        let parsed = FilterQuery.parse(text)
        filter.applied = text.trimmingSpaces()
        filter.input = filter.applied
        view = .headlines
        guard parsed != filter.active else { return [] }
        filter.active = parsed
        headlineCursor = ListCursor()
        unreadCount = nil
        return relist(keepingSelection: false)
    }

    // MARK: - The list pane (headlines or bookmarks)

    mutating func listCommand(_ command: Command) -> [Effect] {
        let page = max(1, layout.paneHeight)
        switch command {
        case .moveUp: return moveSelection(to: cursor.selection - 1)
        case .moveDown: return moveSelection(to: cursor.selection + 1)
        case .pageUp: return moveSelection(to: cursor.selection - page)
        case .pageDown: return moveSelection(to: cursor.selection + page)
        case .top: return moveSelection(to: 0)
        case .bottom: return moveSelection(to: listCount - 1)
        case .open: return openSelected()
        case .back:
            if view == .bookmarks {
                view = .headlines
                return []
            }
            if filter.active != .all { return applyFilter("") }
            return []
        default: return []
        }
    }

    /// The cursor of the list on screen: the headlines' or the bookmarks'.
    var cursor: ListCursor {
        get { view == .bookmarks ? bookmarkCursor : headlineCursor }
        set {
            if view == .bookmarks { bookmarkCursor = newValue } else { headlineCursor = newValue }
        }
    }

    var listCount: Int { view == .bookmarks ? bookmarks.count : headlines.count }

    /// Selects list index `index` (clamped), scrolls it into view, and asks for missing pages.
    mutating func moveSelection(to index: Int) -> [Effect] {
        let count = listCount
        guard count > 0 else { return [] }
        cursor.move(to: index, count: count, height: layout.paneHeight)
        return view == .bookmarks ? [] : scrollHeadlinesIntoView()
    }

    /// Keeps the selected headline in view and asks for the pages around the screen; pages
    /// with no row on screen are read-ahead.
    mutating func scrollHeadlinesIntoView() -> [Effect] {
        let height = max(1, layout.paneHeight)
        headlineCursor.scrollIntoView(count: headlines.count, height: height)
        let first = headlineCursor.scroll
        return headlines.requests(forRows: first, count: height).map { page in
            let offset = page * HeadlineWindow.pageSize
            let offScreen = offset >= first + height || offset + HeadlineWindow.pageSize <= first
            return .loadPage(filter: filter.active, offset: offset, limit: HeadlineWindow.pageSize, readAhead: offScreen)
        }
    }

    mutating func clampBookmarkCursor() {
        bookmarkCursor.clamp(count: bookmarks.count, height: layout.paneHeight)
    }

    mutating func openSelected() -> [Effect] {
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

    // MARK: - The article pane

    mutating func articleCommand(_ command: Command) -> [Effect] {
        guard var reading = open else { return [] }
        let height = max(1, layout.paneHeight)
        let maxScroll = max(0, reading.lines.lines.count - height)
        var effects: [Effect] = []
        switch command {
        case .moveDown:
            reading.linkCursor = nil
            if reading.scroll < maxScroll && reading.titleCursor == nil {
                reading.scroll += 1
            } else if !reading.lines.titleEntries.isEmpty {
                let next: Int
                if let cursor = reading.titleCursor {
                    next = min(cursor + 1, reading.lines.titleEntries.count - 1)
                } else {
                    next = reading.lines.titleEntries.firstIndex { $0.line >= reading.scroll } ?? reading.lines.titleEntries.count - 1
                }
                reading.titleCursor = next
                let line = reading.lines.titleEntries[next].line
                reading.scroll = min(maxScroll, max(reading.scroll, line - height + 1))
            }
        case .moveUp:
            reading.linkCursor = nil
            if let cursor = reading.titleCursor {
                reading.titleCursor = cursor > 0 ? cursor - 1 : nil
                if let now = reading.titleCursor {
                    reading.scroll = min(reading.scroll, reading.lines.titleEntries[now].line)
                }
            } else {
                reading.scroll = max(0, reading.scroll - 1)
            }
        case .pageDown:
            reading.titleCursor = nil
            reading.linkCursor = nil
            reading.scroll = min(maxScroll, reading.scroll + max(1, height - 1))
        case .pageUp:
            reading.titleCursor = nil
            reading.linkCursor = nil
            reading.scroll = max(0, reading.scroll - max(1, height - 1))
        case .top:
            reading.titleCursor = nil
            reading.linkCursor = nil
            reading.scroll = 0
        case .bottom:
            reading.titleCursor = nil
            reading.linkCursor = nil
            reading.scroll = maxScroll
        case .open:
            if reading.linkCursor != nil {
                open = reading
                return openLink()
            }
            if let cursor = reading.titleCursor {
                let title = reading.lines.titleEntries[cursor].title
                pendingOpen = .title(title)
                effects = [.openTitle(title)]
            }
        case .back:
            focus = .list
        default:
            break
        }
        open = reading
        return effects
    }

    mutating func openLink() -> [Effect] {
        guard let reading = open else {
            status = StatusMessage("Open an article first (Enter).")
            return []
        }
        // Only web links go to the browser: a `file:` URL or one starting with "-" (read as
        // an option by the browser) from a hostile feed must not be launched.
        if let selected = reading.linkCursor, reading.lines.links.indices.contains(selected) {
            let link = reading.lines.links[selected].url
            status = StatusMessage("Opening " + link)
            return [.openURL(link)]
        }
        guard let link = reading.article.link, WebLink.isOpenable(link) else {
            status = StatusMessage("This article has no web link.")
            return []
        }
        status = StatusMessage("Opening " + link)
        return [.openURL(link)]
    }


    /// `]` / `[`: the next or previous link of the open article, scrolled into view. From no
    /// selection, `]` starts at the first link on screen (or after it), `[` at the last before.
    mutating func selectLink(by delta: Int) -> [Effect] {
        guard var reading = open else {
            status = StatusMessage("Open an article first (Enter).")
            return []
        }
        let links = reading.lines.links
        guard !links.isEmpty else {
            status = StatusMessage("This article has no links.")
            return []
        }
        let height = max(1, layout.paneHeight)
        let next: Int
        if let cursor = reading.linkCursor {
            next = max(0, min(links.count - 1, cursor + delta))
        } else if delta > 0 {
            next = links.firstIndex { $0.line >= reading.scroll } ?? links.count - 1
        } else {
            next = links.lastIndex { $0.line < reading.scroll + height } ?? 0
        }
        reading.linkCursor = next
        reading.titleCursor = nil
        let line = links[next].line
        let maxScroll = max(0, reading.lines.lines.count - height)
        if line < reading.scroll || line >= reading.scroll + height {
            reading.scroll = min(maxScroll, max(0, line - height / 3))
        }
        open = reading
        focus = .article
        status = StatusMessage("[\(links[next].number)] " + links[next].url)
        return []
    }

    mutating func toggleBookmark() -> [Effect] {
        if focus == .article, let reading = open { return [.toggleBookmark(id: reading.id)] }
        if view == .bookmarks {
            guard bookmarks.indices.contains(bookmarkCursor.selection), let id = bookmarks[bookmarkCursor.selection].articleID else { return [] }
            return [.toggleBookmark(id: id)]
        }
        if let row = headlines.row(at: headlineCursor.selection) { return [.toggleBookmark(id: row.id)] }
        return []
    }

    // MARK: - Results of effects

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
        // Marking read: the cached list row shows it at once, the count follows.
        var wasUnread = false
        headlines.updateRow(id: id) { row in
            if !row.isRead { wasUnread = true }
            row.isRead = true
        }
        effects.append(.markRead(id: id))
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

    // MARK: - Terminal events

    mutating func resize(width: Int, height: Int) -> [Effect] {
        self.width = max(0, width)
        self.height = max(0, height)
        let layout = self.layout
        if var reading = open, reading.lines.width != layout.articleWidth {
            // Keep roughly the same place in the text after re-wrapping.
            let fraction = reading.lines.lines.isEmpty ? 0 : Double(reading.scroll) / Double(reading.lines.lines.count)
            reading.lines = ArticleLines(article: reading.article, row: reading.row, width: layout.articleWidth)
            reading.scroll = Int(fraction * Double(reading.lines.lines.count))
            reading.titleCursor = nil
            reading.linkCursor = nil
            open = reading
        }
        if var reading = open {
            reading.scroll = max(0, min(reading.scroll, reading.lines.lines.count - layout.paneHeight))
            open = reading
        }
        clampBookmarkCursor()
        return scrollHeadlinesIntoView()
    }

    mutating func wheel(down: Bool) -> [Effect] {
        status = nil
        if showHelp { return [] }
        let delta = down ? 3 : -3
        if focus == .article, var reading = open {
            let maxScroll = max(0, reading.lines.lines.count - layout.paneHeight)
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

extension Rect {
    public func contains(x: Int, y: Int) -> Bool {
        x >= self.x && x < self.x + width && y >= self.y && y < self.y + height
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
