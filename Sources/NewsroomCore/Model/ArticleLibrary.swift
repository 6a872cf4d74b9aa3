/// Which headlines a list shows. An empty filter shows every article, newest first.
public struct HeadlineFilter: Equatable, Hashable, Sendable {
    /// Free text, matched through the full-text index (title, teaser, body, editor names).
    public var text: String?
    public var publication: String?
    public var section: String?
    public var bookmarkedOnly: Bool
    public var unreadOnly: Bool
    /// Only articles fetched from these feeds (source locations as the urls file lists them);
    /// an empty list matches nothing.
    public var feeds: [String]?
    /// Only articles of the feeds the urls file gives this tag. The store does not read the
    /// urls file: the reader's library turns a tag into `feeds` before asking it, and the store
    /// matches nothing for a tag left unresolved.
    public var tag: String?

    public init(
        text: String? = nil, publication: String? = nil, section: String? = nil,
        bookmarkedOnly: Bool = false, unreadOnly: Bool = false, feeds: [String]? = nil, tag: String? = nil
    ) {
        self.text = text
        self.publication = publication
        self.section = section
        self.bookmarkedOnly = bookmarkedOnly
        self.unreadOnly = unreadOnly
        self.feeds = feeds
        self.tag = tag
    }

    public static let all = HeadlineFilter()
}

/// A saved bookmark as the bookmarks view and exports show it. The snapshot fields let a
/// bookmark list and export after its article's source file is gone.
public struct BookmarkRow: Equatable, Hashable, Sendable {
    /// The bookmarked article's row id, or nil when the article is no longer in the library.
    public var articleID: Int64?
    public var shortID: String
    public var title: String
    public var publication: String?
    public var section: String?
    public var published: Timestamp?
    /// Seconds since 1970 when the bookmark was saved.
    public var savedAt: Int64
    public var note: String?
    public var tags: [String]
    /// The article's link, or the path of the file it was imported from.
    public var source: String?

    public init(
        articleID: Int64?, shortID: String, title: String, publication: String? = nil,
        section: String? = nil, published: Timestamp? = nil, savedAt: Int64, note: String? = nil,
        tags: [String] = [], source: String? = nil
    ) {
        self.articleID = articleID
        self.shortID = shortID
        self.title = title
        self.publication = publication
        self.section = section
        self.published = published
        self.savedAt = savedAt
        self.note = note
        self.tags = tags
        self.source = source
    }
}

/// What the reader needs from the library. `NewsroomStore.LibraryStore` is the real one;
/// UI tests use an in-memory fake. Every call is fast at 100,000 articles: pages are fetched
/// by offset through an index, never by scanning the whole table.
public protocol ArticleLibrary: AnyObject {
    func headlineCount(filter: HeadlineFilter) throws -> Int
    /// Newest first (published, then import order), `limit` rows starting at `offset`.
    func headlines(filter: HeadlineFilter, offset: Int, limit: Int) throws -> [HeadlineRow]
    /// Where article `id` stands in `headlines(filter:…)`'s order (0: the newest), or nil when
    /// the filter does not show it (or it is gone). Counted through the index, so the reader
    /// can keep an article selected after the list changed around it.
    func headlinePosition(id: Int64, filter: HeadlineFilter) throws -> Int?
    func article(id: Int64) throws -> Article?
    /// Finds a stored article by its exact title (to open a page's headline list / related).
    func articleID(title: String) throws -> Int64?
    func setRead(id: Int64, _ read: Bool) throws
    /// Adds the bookmark when absent, removes it when present; returns the new state.
    /// Committed to disk before it returns.
    @discardableResult
    func toggleBookmark(id: Int64) throws -> Bool
    func bookmarks() throws -> [BookmarkRow]
    /// Distinct publications and sections, for the filter menu.
    func publications() throws -> [String]
    func sections() throws -> [String]
    /// Publications, feeds and tags with their unread and total counts, for the sources view:
    /// one grouped query per kind, not one per source.
    func sourceCounts() throws -> [SourceCount]
    /// Marks every article `filter` shows as read, in one statement; returns how many were
    /// unread. Committed to disk before it returns.
    @discardableResult
    func markAllRead(filter: HeadlineFilter) throws -> Int
}
