/// One row of the reader's sources view: a publication, a feed or a tag, how many of its
/// articles are unread and how many there are, and the filter that lists them.
public struct SourceCount: Equatable, Hashable, Sendable {
    public enum Kind: String, CaseIterable, Equatable, Hashable, Sendable {
        case publication, feed, tag
    }

    public var kind: Kind
    /// What the view shows: the publication's name, the feed's title (else its URL), the tag.
    public var name: String
    /// The publication's name, the feed's URL or the tag: what the filter matches.
    public var key: String
    public var unread: Int
    public var total: Int

    public init(kind: Kind, name: String, key: String, unread: Int, total: Int) {
        self.kind = kind
        self.name = name
        self.key = key
        self.unread = unread
        self.total = total
    }

    /// The headlines of this source.
    public var filter: HeadlineFilter {
        switch kind {
        case .publication: HeadlineFilter(publication: key)
        case .feed: HeadlineFilter(feeds: [key])
        case .tag: HeadlineFilter(tag: key)
        }
    }
}
