import NewsroomCore

/// A named thing a user can do: what the key map binds keys to, and what the help lists.
/// The raw value is the name used in key-map configuration lines (`j = moveDown`).
public enum Command: String, CaseIterable, Equatable, Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, switchPane
    case nextArticle, previousArticle
    case toggleBookmark
    case startFilter, clearFilter
    case openLink
    case nextLink, previousLink
    case loadFullArticle
    case showBookmarks
    case toggleHelp
    case quit
    case reload
    case cycleLayout
    case toggleRead, markAllRead, toggleUnreadOnly
    case showSources

    /// One line for the help overlay.
    public var summary: String {
        switch self {
        case .moveUp: return "previous line / scroll up"
        case .moveDown: return "next line / scroll down"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .top: return "first headline / top of article"
        case .bottom: return "last headline / end of article"
        case .open: return "read the article / open the selected title"
        case .back: return "back to the list / close"
        case .switchPane: return "switch between list and article"
        case .nextArticle: return "next article"
        case .previousArticle: return "previous article"
        case .toggleBookmark: return "bookmark on / off"
        case .startFilter: return "filter: words, pub:X, section:X, tag:X, is:unread"
        case .clearFilter: return "show all headlines again"
        case .openLink: return "open the selected link or the article's page"
        case .loadFullArticle: return "load the full article from its web page"
        case .nextLink: return "select the next link in the article"
        case .previousLink: return "select the previous link in the article"
        case .showBookmarks: return "bookmarks view"
        case .toggleHelp: return "this help"
        case .quit: return "quit"
        case .reload: return "reload feeds and the list"
        case .cycleLayout: return "layout: side by side, stacked, one pane"
        case .toggleRead: return "mark the article read / unread"
        case .markAllRead: return "mark everything in this list read (asks y/n)"
        case .toggleUnreadOnly: return "show only unread headlines / all"
        case .showSources: return "publications, feeds and tags with unread counts"
        }
    }
}

/// Editing the filter line after `/`.
public enum FilterEdit: Equatable, Sendable {
    case insert(Character)
    case deleteBackward
}

/// Everything that can change the state: user commands, terminal events, and the results of
/// effects (fed back by the effect runner).
public enum Action: Equatable, Sendable {
    case command(Command)
    case filterInput(FilterEdit)
    /// Enter in the filter line: show only matching headlines.
    case applyFilter
    /// Esc in the filter line: stop editing, keep the list as it was.
    case cancelFilter
    case resize(width: Int, height: Int)
    case scrollWheel(down: Bool)
    case click(x: Int, y: Int)
    /// What happened before the reader opened (the import of the paths it was given), for the
    /// status line of the first frame.
    case startMessage(StatusMessage)
    /// The answer to the question in the status line (`y`: yes, any other key: no).
    case confirm(Bool)

    // A feed reload (`Effect.startFeedReload`), which runs while the keys keep working.
    /// It began: `feeds` subscriptions are being fetched.
    case feedReloadStarted(feeds: Int)
    /// `done` of `total` feeds are fetched and written.
    case feedReloadProgress(done: Int, total: Int)
    /// It ended: the list is read again (the selected article stays selected). Unlike a key it
    /// leaves the help overlay alone.
    case feedReloadFinished(FeedReloadReport)
    /// It could not start (no subscriptions, the urls file unreadable): the list is read again
    /// all the same, and `message` says why.
    case feedReloadUnavailable(StatusMessage)
    /// The full article `Effect.fetchFullArticle` asked for is stored: `article` as stored.
    case fullArticleLoaded(id: Int64, article: Article)
    /// It could not be fetched or no article was found in the page; `message` says why.
    case fullArticleFailed(id: Int64, message: String)
    /// The browser `Effect.openURL` ran has ended; `error` says what went wrong, if anything.
    case browserClosed(error: String?)

    // Results of effects.
    case pageLoaded(filter: HeadlineFilter, offset: Int, rows: [HeadlineRow], total: Int)
    /// Where the article selected before a reload stands now (nil: not in the list any more).
    case headlineLocated(filter: HeadlineFilter, id: Int64, index: Int?)
    case unreadCountLoaded(filter: HeadlineFilter, count: Int)
    /// `row` is the list row to show with it when the article was opened by title.
    case articleLoaded(id: Int64, article: Article, row: HeadlineRow?)
    case bookmarkToggled(id: Int64, isBookmarked: Bool)
    case bookmarksLoaded([BookmarkRow])
    case sourcesLoaded([SourceCount])
    /// `Effect.markAllRead` is done: `count` articles were unread.
    case allMarkedRead(filter: HeadlineFilter, count: Int)
    case loadFailed(String)
}

extension Action {
    // Short names for the commands, so call sites read like the list of actions.
    public static let moveUp = Action.command(.moveUp)
    public static let moveDown = Action.command(.moveDown)
    public static let pageUp = Action.command(.pageUp)
    public static let pageDown = Action.command(.pageDown)
    public static let top = Action.command(.top)
    public static let bottom = Action.command(.bottom)
    public static let open = Action.command(.open)
    public static let back = Action.command(.back)
    public static let switchPane = Action.command(.switchPane)
    public static let nextArticle = Action.command(.nextArticle)
    public static let previousArticle = Action.command(.previousArticle)
    public static let toggleBookmark = Action.command(.toggleBookmark)
    public static let startFilter = Action.command(.startFilter)
    public static let clearFilter = Action.command(.clearFilter)
    public static let openLink = Action.command(.openLink)
    public static let showBookmarks = Action.command(.showBookmarks)
    public static let toggleHelp = Action.command(.toggleHelp)
    public static let quit = Action.command(.quit)
    public static let reload = Action.command(.reload)
    public static let cycleLayout = Action.command(.cycleLayout)
    public static let toggleRead = Action.command(.toggleRead)
    public static let markAllRead = Action.command(.markAllRead)
    public static let toggleUnreadOnly = Action.command(.toggleUnreadOnly)
    public static let showSources = Action.command(.showSources)
}

/// Work the reducer asks for; the effect runner performs it against the library and answers
/// with actions. Opening a URL, reloading feeds and quitting are the reader runtime's.
public enum Effect: Equatable, Sendable {
    /// `readAhead`: none of the page's rows is on screen; it only makes the next keys fast,
    /// so the reader fetches it after the frame.
    case loadPage(filter: HeadlineFilter, offset: Int, limit: Int, readAhead: Bool = false)
    /// Asks for the position of article `id` in the list under `filter` (`headlinePosition`).
    case locateHeadline(id: Int64, filter: HeadlineFilter)
    case loadUnreadCount(filter: HeadlineFilter)
    case loadArticle(id: Int64)
    /// Resolves a title from a page's headline list or "related" with `articleID(title:)` and
    /// opens that article.
    case openTitle(String)
    /// Marks one article read or unread again.
    case setRead(id: Int64, read: Bool)
    /// Marks every article under `filter` read (one statement); answered with `allMarkedRead`.
    case markAllRead(filter: HeadlineFilter)
    /// Counts for the sources view; answered with `sourcesLoaded`.
    case loadSources
    case toggleBookmark(id: Int64)
    case loadBookmarks
    /// The library may have changed under the reader (a feed reload, another `newsroom add`):
    /// whatever the library keeps from earlier answers (counts) is dropped.
    case forgetCachedAnswers
    /// Fetch the subscribed feeds into the library in the background; the reload answers with
    /// `feedReloadStarted` or `feedReloadUnavailable` at once, and later with progress and its end.
    case startFeedReload
    /// Fetch the web page `url` of stored article `id`, extract its article and store it, in
    /// the background; answered later with `fullArticleLoaded` or `fullArticleFailed`.
    case fetchFullArticle(id: Int64, url: String)
    /// Open in `$BROWSER`, passed as one argv element, never through a shell. Only http(s).
    /// Answered with `browserClosed` once the browser ends.
    case openURL(String)
    case quit
}

extension Effect {
    /// Work that does not change the frame the key asked for: the reader does it once that
    /// frame is on the screen (a key typed meanwhile waits in the terminal's input queue).
    /// Counting the unread articles scans the library; read-ahead pages are off screen; the
    /// sources' counts (a grouped scan, about 0.1 s of CPU at 100,000 articles) follow the
    /// frame that opens their view ("Counting…").
    public var waitsForFrame: Bool {
        switch self {
        case .loadPage(_, _, _, let readAhead): readAhead
        case .loadUnreadCount, .loadSources: true
        default: false
        }
    }
}
