/// Where each part of the screen goes for a terminal size and the reader's settings: header
/// row, a rule under it, the panes, the status row. The one place that decides rectangles.
///
/// Three arrangements (`ReaderSettings.LayoutChoice`): side by side (list left, article
/// right), stacked (list above, article below: the mail-reader split) and one pane at a time.
/// `auto` is side by side from `sideBySideWidth` columns on, stacked on a terminal tall enough
/// for two panes, one pane below that. Side by side is only used where the list keeps a
/// `readableTitle`-column headline next to an article of `minimumArticleWidth` columns;
/// otherwise it falls back to stacked (or one pane). Tiny terminals show only "too small".
public struct Layout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case tooSmall
        case single
        case sideBySide
        case stacked
    }

    /// Below this the reader shows only "terminal too small".
    public static let minimumWidth = 20
    public static let minimumHeight = 5
    /// `auto`: from this width on, list and article are side by side.
    public static let sideBySideWidth = 160
    /// `auto` below `sideBySideWidth`: from this height on, the list is above the article.
    public static let stackedHeight = 30
    /// A headline this long shows whole in the list while an article is open (issue 14).
    public static let readableTitle = 60
    /// Side by side needs this many article columns beside the list, else it is not used.
    public static let minimumArticleWidth = 40
    /// Stacked: rows each pane keeps at least.
    public static let minimumStackedRows = 3

    public var mode: Mode
    public var header: Rect
    /// The list pane, nil when it is not on screen.
    public var list: Rect?
    /// The column of the vertical rule between the panes (side by side).
    public var ruleX: Int?
    /// The row of the horizontal rule between the panes (stacked, with an article open).
    public var ruleY: Int?
    /// The article text area, nil when the article pane is not on screen.
    public var article: Rect?
    public var status: Rect
    /// Rows the list shows (paging, scrolling), whether or not it is on screen.
    public var listHeight: Int
    /// Rows the article shows (paging, scrolling), whether or not it is on screen.
    public var articleHeight: Int
    /// Columns the article is wrapped to: its pane's width, at most the reading width (also
    /// while its pane is hidden).
    public var articleWidth: Int
    /// The list is a narrow column beside the article: its rows give the title the room
    /// before the date and section columns.
    public var listTitleFirst: Bool

    public init(width: Int, height: Int, focus: Pane, hasArticle: Bool, settings: ReaderSettings = ReaderSettings()) {
        let content = Rect(x: 0, y: 2, width: width, height: max(1, height - 3))
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        list = nil
        ruleX = nil
        ruleY = nil
        article = nil
        listTitleFirst = false
        listHeight = content.height
        articleHeight = content.height
        let readingWidth = settings.readingWidth
        articleWidth = max(1, min(width - 2, readingWidth))
        mode = Self.mode(width: width, height: height, choice: settings.layout)
        switch mode {
        case .tooSmall:
            articleWidth = max(1, width - 2)
        case .sideBySide:
            let share = width * settings.splitPercent / 100
            // The list never gets less than a readable headline needs, nor the article less
            // than its minimum (`mode` made sure both fit).
            let listWidth = min(max(share, Self.sideBySideListWidth), width - 3 - Self.minimumArticleWidth)
            list = Rect(x: 0, y: content.y, width: listWidth, height: content.height)
            ruleX = listWidth
            let text = Rect(x: listWidth + 2, y: content.y, width: width - listWidth - 3, height: content.height)
            article = Rect(x: text.x, y: text.y, width: min(text.width, readingWidth), height: text.height)
            articleWidth = max(1, min(text.width, readingWidth))
            listTitleFirst = true
        case .stacked:
            let rows = min(max(Self.minimumStackedRows, content.height * settings.splitPercent / 100),
                           content.height - 1 - Self.minimumStackedRows)
            articleHeight = content.height - rows - 1
            if hasArticle {
                list = Rect(x: 0, y: content.y, width: width, height: rows)
                listHeight = rows
                ruleY = content.y + rows
                article = Rect(x: 1, y: content.y + rows + 1, width: articleWidth, height: articleHeight)
            } else {
                // Nothing to read yet: the list has the whole height.
                list = content
            }
        case .single:
            if focus == .article && hasArticle {
                article = Rect(x: 1, y: content.y, width: articleWidth, height: content.height)
            } else {
                list = content
            }
        }
    }

    /// A list column wide enough for the markers and a `readableTitle` headline.
    public static var sideBySideListWidth: Int { readableTitle + 4 }

    /// The arrangement `choice` gives on a `width` x `height` terminal.
    static func mode(width: Int, height: Int, choice: ReaderSettings.LayoutChoice) -> Mode {
        if width < minimumWidth || height < minimumHeight { return .tooSmall }
        let sideBySideFits = width >= sideBySideListWidth + 3 + minimumArticleWidth
        let stackedFits = height - 3 >= 2 * minimumStackedRows + 1
        switch choice {
        case .automatic:
            if width >= sideBySideWidth { return .sideBySide }
            return height >= stackedHeight ? .stacked : .single
        case .sideBySide:
            if sideBySideFits { return .sideBySide }
            return stackedFits ? .stacked : .single
        case .stacked:
            return stackedFits ? .stacked : .single
        case .single:
            return .single
        }
    }
}
