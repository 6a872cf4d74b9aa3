/// One block of an article's body, in reading order: the article document is `[ArticleBlock]`.
///
/// Every input builds the same document: page dumps (paragraphs only), feed HTML and news
/// pages (headings, list items, quotes, preformatted text, with inline links and emphasis).
/// Its plain text (`text`) is what `body` in JSON, search and exports carry: the link URLs
/// live in the spans, never as markers written into the text.
public struct ArticleBlock: Equatable, Hashable, Sendable {
    public enum Kind: Equatable, Hashable, Sendable {
        case paragraph
        /// `h1`...`h6`; the level is kept for the layout (1 is the largest).
        case heading(level: Int)
        /// One list entry; `number` for ordered lists (`ol`), nil for bullets.
        case listItem(number: Int?)
        case quote
        /// Text whose line breaks and spaces are kept (`pre`).
        case preformatted
    }

    public var kind: Kind
    /// Inline runs in order; their texts joined are the block's text.
    public var spans: [InlineSpan]

    public init(_ kind: Kind = .paragraph, spans: [InlineSpan]) {
        self.kind = kind
        self.spans = spans
    }

    /// A block of one plain run (page dumps, plain-text content).
    public init(_ kind: Kind = .paragraph, text: String) {
        self.kind = kind
        self.spans = [InlineSpan(text)]
    }

    /// The block's plain text: the spans' texts joined, with no link markers.
    public var text: String {
        spans.count == 1 ? spans[0].text : spans.map(\.text).joined()
    }

    /// The block as one paragraph of `Article.body`: its text, and for a list item the
    /// bullet or number in front (`• `, `3. `), as plain-text consumers have always seen it.
    public var bodyText: String {
        switch kind {
        case .listItem(let number?): return "\(number). " + text
        case .listItem(nil): return "• " + text
        default: return text
        }
    }

    /// True when the block is one unstyled, unlinked paragraph run: what a page dump or
    /// plain text gives, and what `Article(body:)` builds.
    public var isPlainParagraph: Bool {
        kind == .paragraph && spans.count <= 1 && spans.allSatisfy { $0.style.isEmpty && $0.link == nil }
    }

    /// The distinct span links of `blocks` in order of first appearance.
    public static func links(in blocks: [ArticleBlock]) -> [String] {
        var links: [String] = []
        var seen: Set<String> = []
        for block in blocks {
            for span in block.spans {
                if let link = span.link, seen.insert(link).inserted { links.append(link) }
            }
        }
        return links
    }
}

/// A run of inline text with one style, and the link it belongs to, if any.
public struct InlineSpan: Equatable, Hashable, Sendable {
    public struct Style: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let emphasis = Style(rawValue: 1)
        public static let strong = Style(rawValue: 2)
        public static let code = Style(rawValue: 4)
    }

    public var text: String
    public var style: Style
    /// The absolute URL of the anchor this text is inside, as the source wrote it (after
    /// resolving against the document's base). Only `http(s)` and `mailto:` are ever opened
    /// or exported as links; anything else stays text.
    public var link: String?

    public init(_ text: String, style: Style = [], link: String? = nil) {
        self.text = text
        self.style = style
        self.link = link
    }
}
