import NewsroomCore
import NewsroomStore
import NewsroomUI

/// The store as the reader uses it: the effect runner asks for the count with every page, and
/// a count is a scan of the library, so counts are kept per filter until something that can
/// change them happens (a read mark for unread filters, a bookmark for bookmark filters, the
/// `r` key for everything). Pages use the count to read deep offsets from the oldest end.
/// Keeps each key's work independent of the library's size.
///
/// Tags are the urls file's: a tag filter is turned into the list of its feeds here, before
/// the store sees it, and the sources view's tag counts are the sums of their feeds' counts.
public final class ReaderLibrary: CachingArticleLibrary {
    let store: LibraryStore
    private var counts: [HeadlineFilter: Int] = [:]
    /// When tracing, each page read is timed (`page OFFSET MICROSECONDS`).
    public var trace: FrameTrace?
    /// Reads the urls file's subscriptions (for their tags); nil: no tags.
    private let loadSubscriptions: (() throws -> [Subscription])?
    /// The subscriptions as last read; read again after `forgetCachedAnswers` (a reload).
    private var subscriptionCache: [Subscription]?

    public init(store: LibraryStore, subscriptions: (() throws -> [Subscription])? = nil) {
        self.store = store
        self.loadSubscriptions = subscriptions
    }

    /// Forgets every count (the library may have changed under us, e.g. another `newsroom add`).
    public func forgetCachedAnswers() {
        counts.removeAll()
        subscriptionCache = nil
    }

    /// The subscriptions, read once; an unreadable urls file means no tags (the reload says why).
    private var subscriptions: [Subscription] {
        if let known = subscriptionCache { return known }
        let list = (try? loadSubscriptions?()) ?? []
        subscriptionCache = list
        return list
    }

    /// `filter` with its tag replaced by the tag's feeds, as the store understands it.
    func resolved(_ filter: HeadlineFilter) -> HeadlineFilter {
        guard let tag = filter.tag else { return filter }
        var resolved = filter
        resolved.tag = nil
        let tagged = subscriptions.filter { $0.tags.contains(tag) }.map(\.url)
        resolved.feeds = filter.feeds.map { feeds in tagged.filter(feeds.contains) } ?? tagged
        return resolved
    }

    public func headlineCount(filter: HeadlineFilter) throws -> Int {
        if let known = counts[filter] { return known }
        let count = try store.headlineCount(filter: resolved(filter))
        counts[filter] = count
        return count
    }

    public func headlines(filter: HeadlineFilter, offset: Int, limit: Int) throws -> [HeadlineRow] {
        let started = trace == nil ? 0 : FrameTrace.monotonicMicroseconds()
        defer { trace?.page(offset: offset, since: started) }
        guard let total = counts[filter] else { return try store.headlines(filter: resolved(filter), offset: offset, limit: limit) }
        return try store.headlines(filter: resolved(filter), offset: offset, limit: limit, total: total)
    }

    public func headlinePosition(id: Int64, filter: HeadlineFilter) throws -> Int? {
        try store.headlinePosition(id: id, filter: resolved(filter))
    }

    /// The store's publications and feeds, then one row per tag (in the urls file's order)
    /// summing the counts of its feeds: an article comes from one feed, so nothing is counted twice.
    public func sourceCounts() throws -> [SourceCount] {
        let stored = try store.sourceCounts()
        var byFeed: [String: SourceCount] = [:]
        for count in stored where count.kind == .feed { byFeed[count.key] = count }
        var tags: [String] = []
        var sums: [String: (unread: Int, total: Int)] = [:]
        for subscription in subscriptions {
            for tag in subscription.tags {
                if sums[tag] == nil {
                    tags.append(tag)
                    sums[tag] = (0, 0)
                }
                guard let feed = byFeed[subscription.url] else { continue }
                sums[tag]!.unread += feed.unread
                sums[tag]!.total += feed.total
            }
        }
        return stored + tags.map { tag in
            SourceCount(kind: .tag, name: tag, key: tag, unread: sums[tag]!.unread, total: sums[tag]!.total)
        }
    }

    public func markAllRead(filter: HeadlineFilter) throws -> Int {
        defer { counts = counts.filter { !$0.key.unreadOnly } }
        return try store.markAllRead(filter: resolved(filter))
    }

    public func article(id: Int64) throws -> Article? { try store.article(id: id) }
    public func articleID(title: String) throws -> Int64? { try store.articleID(title: title) }

    public func setRead(id: Int64, _ read: Bool) throws {
        try store.setRead(id: id, read)
        counts = counts.filter { !$0.key.unreadOnly }
    }

    public func toggleBookmark(id: Int64) throws -> Bool {
        defer { counts = counts.filter { !$0.key.bookmarkedOnly } }
        return try store.toggleBookmark(id: id)
    }

    public func bookmarks() throws -> [BookmarkRow] { try store.bookmarks() }
    public func publications() throws -> [String] { try store.publications() }
    public func sections() throws -> [String] { try store.sections() }
}
