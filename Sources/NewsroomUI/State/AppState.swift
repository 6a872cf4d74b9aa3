import NewsroomCore

/// Which pane receives navigation keys.
public enum Pane: Equatable, Sendable {
    case list
    case article
}

/// What the list pane shows.
public enum ListView: Equatable, Sendable {
    case headlines
    case bookmarks
    /// Publications, feeds and tags with their counts; Enter lists one's headlines.
    case sources
}

/// A question in the status line waiting for y / n.
public enum Confirmation: Equatable, Sendable {
    /// Mark every article under `filter` read; `scope` names the list in the question.
    case markAllRead(filter: HeadlineFilter, scope: String, unread: Int?)

    var question: String {
        switch self {
        case .markAllRead(_, let scope, let unread):
            let what = unread.map { "\($0) unread article\($0 == 1 ? "" : "s")" } ?? "every article"
            return "Mark \(what) in \(scope) read? (y/n)"
        }
    }
}

/// The article being read: its text, the row it was opened from and how far it is scrolled.
public struct OpenArticle: Equatable, Sendable {
    public var id: Int64
    public var article: Article
    public var row: HeadlineRow
    /// First article line shown at the top of the pane.
    public var scroll: Int = 0
    /// Index into `lines.titleEntries` of the selected page-headline / related entry, if any.
    public var titleCursor: Int?
    /// Index into `lines.links` of the selected link, if any (`[` / `]`); at most one of
    /// `titleCursor` and `linkCursor` is set.
    public var linkCursor: Int?
    /// The article laid out for the current pane width (wrapping is done once per width,
    /// so scrolling costs only the visible lines).
    public var lines: ArticleLines

    public init(id: Int64, article: Article, row: HeadlineRow, lines: ArticleLines) {
        self.id = id
        self.article = article
        self.row = row
        self.lines = lines
    }
}

/// The filter line: what is typed, whether it is being typed, and what the list shows.
public struct FilterState: Equatable, Sendable {
    /// The text being edited after `/`.
    public var input: String = ""
    public var isEditing: Bool = false
    /// The filter the headline list currently shows, and the text it was parsed from.
    public var active: HeadlineFilter = .all
    public var applied: String = ""

    public init() {}
}

/// An article asked for with `Effect.loadArticle` or `Effect.openTitle`.
public enum PendingOpen: Equatable, Sendable {
    case id(Int64, row: HeadlineRow)
    case title(String)
}

/// A one-line message in the status bar until the next key.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// Everything the reader shows, as a value. Changed only by `reduce`; drawn by `render`.
public struct AppState: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var headlines = HeadlineWindow()
    /// The selected headline and the first one in view, as indices into the filtered list.
    public var headlineCursor = ListCursor()
    public var focus: Pane = .list
    public var view: ListView = .headlines
    public var bookmarks: [BookmarkRow] = []
    public var bookmarkCursor = ListCursor()
    /// The sources view's rows (nil until counted) and where it stands.
    public var sources: [SourceCount]?
    public var sourceCursor = ListCursor()
    /// The headline list shows a source picked in the sources view: Esc goes back there.
    public var listsSource = false
    /// The question the status line asks; the next key answers it.
    public var confirmation: Confirmation?
    public var open: OpenArticle?
    /// The article requested and not arrived yet.
    public var pendingOpen: PendingOpen?
    /// The article whose full text is being fetched from its web page (`f`), if any.
    public var fullArticleLoading: Int64?
    /// A list index to open as soon as its page arrives (n/p across a page boundary).
    public var openWhenLoaded: Int?
    /// The article that was selected when the list was read again: its new position has been
    /// asked for (`Effect.locateHeadline`), and the list's pages wait for the answer.
    public var relocating: Int64?
    public var filter = FilterState()
    /// Unread headlines under the active filter; nil until counted.
    public var unreadCount: Int?
    public var showHelp: Bool = false
    public var status: StatusMessage?
    /// The feed reload running in the background, if one is.
    public var feedReload: FeedReloadProgress?
    public var isQuitting: Bool = false
    /// Layout and wrapping as configured; the layout key changes `settings.layout`.
    public var settings: ReaderSettings

    public init(width: Int, height: Int, settings: ReaderSettings = ReaderSettings()) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.settings = settings
    }

    public var layout: Layout {
        Layout(width: width, height: height, focus: focus, hasArticle: open != nil, settings: settings)
    }

    /// The state the reader starts in, and the effects that fetch its first page.
    public static func start(width: Int, height: Int,
                             settings: ReaderSettings = ReaderSettings()) -> (AppState, [Effect]) {
        var state = AppState(width: width, height: height, settings: settings)
        let effects = state.relist(keepingSelection: false)
        return (state, effects)
    }
}
