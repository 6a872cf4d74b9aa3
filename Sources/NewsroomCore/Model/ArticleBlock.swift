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
    /// The block's plain text: what its spans say, joined, with no link markers.
    public private(set) var text: String
    /// Where the style or the link changes in `text`, in order; text before the first change
    /// is plain. Kept instead of one String per span: a feed's body has five spans a
    /// paragraph, and making and freeing their Strings was a third of a parse (callgrind,
    /// newsroom-bench feeds). Canonical (no empty run, no run repeating the state before it),
    /// so two blocks that read the same compare equal however their spans were cut.
    private var changes: [StyleChange]

    struct StyleChange: Equatable, Hashable, Sendable {
        /// UTF-8 offset into `text` where this style and link start.
        var offset: Int
        var style: InlineSpan.Style
        var link: String?
    }

    public init(_ kind: Kind = .paragraph, spans: [InlineSpan]) {
        self.kind = kind
        var text = ""
        var changes: [StyleChange] = []
        for span in spans where !span.text.isEmpty {
            Self.change(&changes, at: text.utf8.count, to: span.style, link: span.link)
            text += span.text
        }
        self.text = text
        self.changes = changes
    }

    /// Adds a change at `offset` (the start of a non-empty run) unless the style and link in
    /// force there are already these: the one rule that keeps `changes` canonical.
    static func change(_ changes: inout [StyleChange], at offset: Int, to style: InlineSpan.Style, link: String?) {
        let current = changes.last
        guard style != (current?.style ?? []) || link != current?.link else { return }
        changes.append(StyleChange(offset: offset, style: style, link: link))
    }

    /// A block of one plain run (page dumps, plain-text content).
    public init(_ kind: Kind = .paragraph, text: String) {
        self.kind = kind
        self.text = text
        self.changes = []
    }

    /// A block whose text a converter built in one buffer, with its style changes already
    /// canonical (offsets increasing and inside `text`, each differing from the one before).
    init(_ kind: Kind, text: String, changes: [StyleChange]) {
        self.kind = kind
        self.text = text
        self.changes = changes
    }

    /// The inline runs in order, each with its style and link; their texts joined are `text`.
    /// A block with no text has one empty run. Setting it re-cuts the block.
    public var spans: [InlineSpan] {
        get { makeSpans() }
        set { self = ArticleBlock(kind, spans: newValue) }
    }

    private func makeSpans() -> [InlineSpan] {
        guard !changes.isEmpty else { return [InlineSpan(text)] }
        var copy = text
        return copy.withUTF8 { bytes in
            var result: [InlineSpan] = []
            result.reserveCapacity(changes.count + 1)
            if changes[0].offset > 0 { result.append(InlineSpan(String(decoding: bytes[0..<changes[0].offset], as: UTF8.self))) }
            for (index, change) in changes.enumerated() {
                let end = index + 1 < changes.count ? changes[index + 1].offset : bytes.count
                result.append(InlineSpan(String(decoding: bytes[change.offset..<end], as: UTF8.self), style: change.style, link: change.link))
            }
            return result
        }
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
    public var isPlainParagraph: Bool { kind == .paragraph && changes.isEmpty }

    /// The distinct span links of `blocks` in order of first appearance.
    public static func links(in blocks: [ArticleBlock]) -> [String] {
        var links: [String] = []
        var seen: Set<String> = []
        for block in blocks {
            for change in block.changes {
                if let link = change.link, seen.insert(link).inserted { links.append(link) }
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
