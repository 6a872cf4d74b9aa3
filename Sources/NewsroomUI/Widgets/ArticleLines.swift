import NewsroomCore

/// A run of text in one style within an article line; `link` is the number (0-based index
/// into `ArticleLines.links`) of the link the text belongs to.
public struct Segment: Equatable, Sendable {
    public var text: String
    public var style: Style
    public var link: Int?

    public init(_ text: String, _ style: Style = .plain, link: Int? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }
}

/// One screen line of a laid-out article.
public struct ArticleLine: Equatable, Sendable {
    public var segments: [Segment]
    /// Index into `ArticleLines.titleEntries` when this line is a selectable title.
    public var titleEntry: Int?

    public init(_ segments: [Segment] = [], titleEntry: Int? = nil) {
        self.segments = segments
        self.titleEntry = titleEntry
    }

    public static let blank = ArticleLine()

    /// The line's text without styles (the text printer, tests).
    public var text: String { segments.map(\.text).joined() }

    /// The link whose text is drawn at `column` (0 = the pane's first column), if any.
    public func link(atColumn column: Int) -> Int? {
        var x = 0
        for segment in segments {
            let next = x + DisplayWidth.of(segment.text)
            if column >= x && column < next { return segment.link }
            x = next
        }
        return nil
    }
}

/// A title at the end of an article (the page's headline list, related articles) that opens
/// the article of that title when it is in the library.
public struct TitleEntry: Equatable, Sendable {
    public var title: String
    public var line: Int
}

/// A web link of the article: shown as styled text with its number (`[3]`) after it, listed
/// with its URL under the article, selectable with `[` / `]` and opened in the browser.
public struct LinkEntry: Equatable, Sendable {
    public var url: String
    /// The first line the link's text is on (where selecting it scrolls to).
    public var line: Int
    /// `number` as the reader sees it: 1-based.
    public var number: Int
}

/// An article laid out for one width: built once when the article opens or the width
/// changes, so that scrolling draws only the visible lines. The pane draws it; `newsroom
/// parse` prints its text: one layout, one set of labels, for both.
public struct ArticleLines: Equatable, Sendable {
    public var width: Int
    public var lines: [ArticleLine]
    public var titleEntries: [TitleEntry]
    public var links: [LinkEntry]

    /// `row`: the list row it was opened from, whose kicker and date stand in for missing ones.
    public init(article: Article, row: HeadlineRow? = nil, width: Int) {
        var layout = ArticleLayout(width: max(1, width))
        layout.build(article, row: row)
        self.width = max(1, width)
        self.lines = layout.lines
        self.titleEntries = layout.titleEntries
        self.links = layout.links
    }

    /// The plain text of every line (trailing spaces trimmed), one "\n" after each: what
    /// `newsroom parse` prints. Everything in it has passed the `Sanitizer`.
    public var plainText: String {
        lines.map { line in
            var text = line.text
            while text.last == " " { text.removeLast() }
            return text + "\n"
        }.joined()
    }
}
