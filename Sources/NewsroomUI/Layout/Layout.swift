/// Where each part of the screen goes for a terminal size: header row, a rule under it, the
/// panes, the status row. Wide terminals show the list and the article side by side; narrow
/// ones one pane at a time; tiny ones only a "too small" line.
public struct Layout: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case tooSmall
        case single
        case split
    }

    /// Below this the reader shows only "terminal too small".
    public static let minimumWidth = 20
    public static let minimumHeight = 5
    /// From this width on, list and article are side by side.
    public static let splitWidth = 100

    public var mode: Mode
    public var header: Rect
    /// The list pane, nil when it is not on screen.
    public var list: Rect?
    /// The column of the vertical rule between the panes (split mode).
    public var ruleX: Int?
    /// The article text area, nil when the article pane is not on screen.
    public var article: Rect?
    public var status: Rect
    /// Rows of the panes, whether or not a pane is on screen (paging, scrolling).
    public var paneHeight: Int
    /// Columns the article is wrapped to (also while its pane is hidden in single mode).
    public var articleWidth: Int

    public init(width: Int, height: Int, focus: Pane, hasArticle: Bool) {
        let content = Rect(x: 0, y: 2, width: width, height: height - 3)
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        paneHeight = max(1, content.height)
        if width < Self.minimumWidth || height < Self.minimumHeight {
            mode = .tooSmall
            list = nil
            ruleX = nil
            article = nil
            articleWidth = max(1, width - 2)
        } else if width >= Self.splitWidth {
            mode = .split
            let listWidth = width * 40 / 100
            list = Rect(x: 0, y: content.y, width: listWidth, height: content.height)
            ruleX = listWidth
            let text = Rect(x: listWidth + 2, y: content.y, width: width - listWidth - 3, height: content.height)
            article = text
            articleWidth = text.width
        } else {
            mode = .single
            ruleX = nil
            let text = Rect(x: 1, y: content.y, width: width - 2, height: content.height)
            articleWidth = text.width
            if focus == .article && hasArticle {
                list = nil
                article = text
            } else {
                list = content
                article = nil
            }
        }
    }
}
