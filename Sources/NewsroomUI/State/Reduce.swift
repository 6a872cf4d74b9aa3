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
        if state.confirmation != nil {
            // A question is open: a key that is not its answer is a no (the key map sends
            // `confirm` while one is asked; this covers actions sent directly).
            return state.answer(false)
        }
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
    case .confirm(let yes):
        state.status = nil
        return state.answer(yes)
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
    case .fullArticleLoaded(let id, let article):
        return state.fullArticleLoaded(id: id, article: article)
    case .fullArticleFailed(let id, let message):
        if state.fullArticleLoading == id { state.fullArticleLoading = nil }
        state.status = StatusMessage("Full article: " + message, isError: true)
        return []
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
    case .sourcesLoaded(let rows):
        return state.sourcesLoaded(rows)
    case .allMarkedRead(_, let count):
        return [.forgetCachedAnswers] + state.allMarkedRead(count: count)
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
        case .cycleLayout: return cycleLayout()
        case .toggleRead: return toggleRead()
        case .markAllRead: return askMarkAllRead()
        case .toggleUnreadOnly: return toggleUnreadOnly()
        case .showSources: return toggleSources()
        case .openLink: return openLink()
        case .loadFullArticle: return loadFullArticle()
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
        if view == .sources { effects.append(.loadSources) }
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
        listsSource = false
        guard parsed != filter.active else { return [] }
        filter.active = parsed
        headlineCursor = ListCursor()
        unreadCount = nil
        return relist(keepingSelection: false)
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
