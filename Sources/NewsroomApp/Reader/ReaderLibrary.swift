import NewsroomCore
import NewsroomStore
import NewsroomUI

/// The store as the reader uses it: the effect runner asks for the count with every page, and
/// a count is a scan of the library, so counts are kept per filter until something that can
/// change them happens (a read mark for unread filters, a bookmark for bookmark filters, the
/// `r` key for everything). Pages use the count to read deep offsets from the oldest end.
/// Keeps each key's work independent of the library's size.
public final class ReaderLibrary: CachingArticleLibrary {
    let store: LibraryStore
    private var counts: [HeadlineFilter: Int] = [:]
    /// When tracing, each page read is timed (`page OFFSET MICROSECONDS`).
    public var trace: FrameTrace?

    public init(store: LibraryStore) {
        self.store = store
    }

    /// Forgets every count (the library may have changed under us, e.g. another `newsroom add`).
    public func forgetCachedAnswers() {
        counts.removeAll()
    }

    public func headlineCount(filter: HeadlineFilter) throws -> Int {
        if let known = counts[filter] { return known }
        let count = try store.headlineCount(filter: filter)
        counts[filter] = count
        return count
    }

    public func headlines(filter: HeadlineFilter, offset: Int, limit: Int) throws -> [HeadlineRow] {
        let started = trace == nil ? 0 : FrameTrace.monotonicMicroseconds()
        defer { trace?.page(offset: offset, since: started) }
        guard let total = counts[filter] else { return try store.headlines(filter: filter, offset: offset, limit: limit) }
        return try store.headlines(filter: filter, offset: offset, limit: limit, total: total)
    }

    public func headlinePosition(id: Int64, filter: HeadlineFilter) throws -> Int? {
        try store.headlinePosition(id: id, filter: filter)
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
