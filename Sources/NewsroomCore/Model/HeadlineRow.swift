/// What the headline list needs of one stored article: produced by the store, drawn by the UI.
public struct HeadlineRow: Equatable, Hashable, Sendable, Identifiable {
    /// The store's row id: stable for the life of one database, used to fetch and bookmark.
    public var id: Int64
    /// The short id users see and type (`newsroom bookmarks add 3f9c2a1`): a prefix of a hash
    /// of the article's identity, so it stays the same across databases and re-imports.
    public var shortID: String
    public var title: String
    public var publication: String?
    public var section: String?
    public var kicker: String?
    public var published: Timestamp?
    public var isRead: Bool
    public var isBookmarked: Bool

    public init(
        id: Int64, shortID: String, title: String, publication: String? = nil,
        section: String? = nil, kicker: String? = nil, published: Timestamp? = nil,
        isRead: Bool = false, isBookmarked: Bool = false
    ) {
        self.id = id
        self.shortID = shortID
        self.title = title
        self.publication = publication
        self.section = section
        self.kicker = kicker
        self.published = published
        self.isRead = isRead
        self.isBookmarked = isBookmarked
    }
}
