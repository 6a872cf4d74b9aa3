import NewsroomCore
import NewsroomUI

/// An in-memory `ArticleLibrary`: the order of `entries` is the newest-first order.
/// Counts every call so tests can prove the reader asks for pages, never for everything.
final class FakeLibrary: ArticleLibrary {
    struct Entry {
        var id: Int64
        var article: Article
        var isRead = false
        var isBookmarked = false
        var savedAt: Int64 = 0
    }

    var entries: [Entry]
    var failing = false
    /// The feed each article came from, by id (none: a file), and the urls file's tags.
    var feedOf: [Int64: String] = [:]
    var feedTitles: [String: String] = [:]
    var subscriptionTags: [(url: String, tags: [String])] = []
    private(set) var markAllCalls: [HeadlineFilter] = []
    private(set) var headlineCalls: [(offset: Int, limit: Int)] = []
    private(set) var readIDs: [Int64] = []
    private(set) var positionCalls = 0

    init(_ articles: [Article], bookmarked: Set<Int64> = [], read: Set<Int64> = []) {
        entries = articles.enumerated().map { index, article in
            let id = Int64(index + 1)
            return Entry(id: id, article: article, isRead: read.contains(id), isBookmarked: bookmarked.contains(id))
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String { "disk on fire" }
    }

    private func check() throws {
        if failing { throw Failure() }
    }

    private func matching(_ filter: HeadlineFilter) -> [Entry] {
        entries.filter { entry in
            if let text = filter.text, !entry.article.title.lowercased().contains(text.lowercased()) { return false }
            if let section = filter.section, entry.article.section != section { return false }
            if let publication = filter.publication, entry.article.publication != publication { return false }
            if filter.unreadOnly && entry.isRead { return false }
            if filter.bookmarkedOnly && !entry.isBookmarked { return false }
            if let feeds = filter.feeds, !feeds.contains(feedOf[entry.id] ?? "") { return false }
            if let tag = filter.tag {
                let tagged = subscriptionTags.filter { $0.tags.contains(tag) }.map(\.url)
                if !tagged.contains(feedOf[entry.id] ?? "") { return false }
            }
            return true
        }
    }

    func row(_ entry: Entry) -> HeadlineRow {
        HeadlineRow(
            id: entry.id, shortID: String(format6(entry.id)), title: entry.article.title,
            publication: entry.article.publication, section: entry.article.section, kicker: entry.article.kicker,
            published: entry.article.published, isRead: entry.isRead, isBookmarked: entry.isBookmarked)
    }

    private func format6(_ id: Int64) -> String {
        let digits = String(id, radix: 16)
        return String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    func headlineCount(filter: HeadlineFilter) throws -> Int {
        try check()
        return filter == .all ? entries.count : matching(filter).count
    }

    func headlines(filter: HeadlineFilter, offset: Int, limit: Int) throws -> [HeadlineRow] {
        try check()
        headlineCalls.append((offset, limit))
        let source = filter == .all ? entries : matching(filter)
        guard offset < source.count else { return [] }
        return source[offset..<min(source.count, offset + limit)].map(row)
    }

    func headlinePosition(id: Int64, filter: HeadlineFilter) throws -> Int? {
        try check()
        positionCalls += 1
        return (filter == .all ? entries : matching(filter)).firstIndex { $0.id == id }
    }

    func article(id: Int64) throws -> Article? {
        try check()
        return entries.first { $0.id == id }?.article
    }

    func articleID(title: String) throws -> Int64? {
        try check()
        return entries.first { $0.article.title == title }?.id
    }

    func setRead(id: Int64, _ read: Bool) throws {
        try check()
        readIDs.append(id)
        if let index = entries.firstIndex(where: { $0.id == id }) { entries[index].isRead = read }
    }

    func toggleBookmark(id: Int64) throws -> Bool {
        try check()
        guard let index = entries.firstIndex(where: { $0.id == id }) else { return false }
        entries[index].isBookmarked.toggle()
        entries[index].savedAt = Int64(1_700_000_000 + index)
        return entries[index].isBookmarked
    }

    func bookmarks() throws -> [BookmarkRow] {
        try check()
        return entries.filter(\.isBookmarked).map { entry in
            BookmarkRow(
                articleID: entry.id, shortID: format6(entry.id), title: entry.article.title,
                publication: entry.article.publication, section: entry.article.section,
                published: entry.article.published, savedAt: entry.savedAt)
        }
    }

    func publications() throws -> [String] {
        try check()
        return Array(Set(entries.compactMap(\.article.publication))).sorted()
    }

    func sections() throws -> [String] {
        try check()
        return Array(Set(entries.compactMap(\.article.section))).sorted()
    }

    /// Like the reader's library: publications, feeds, then the tags in subscription order.
    func sourceCounts() throws -> [SourceCount] {
        try check()
        func count(_ filter: HeadlineFilter, _ kind: SourceCount.Kind, _ name: String, _ key: String) -> SourceCount {
            let rows = matching(filter)
            return SourceCount(kind: kind, name: name, key: key, unread: rows.filter { !$0.isRead }.count, total: rows.count)
        }
        var result = try publications().map { count(HeadlineFilter(publication: $0), .publication, $0, $0) }
        result += Set(feedOf.values).sorted().map { count(HeadlineFilter(feeds: [$0]), .feed, feedTitles[$0] ?? $0, $0) }
        var tags: [String] = []
        for subscription in subscriptionTags { for tag in subscription.tags where !tags.contains(tag) { tags.append(tag) } }
        result += tags.map { count(HeadlineFilter(tag: $0), .tag, $0, $0) }
        return result
    }

    func markAllRead(filter: HeadlineFilter) throws -> Int {
        try check()
        markAllCalls.append(filter)
        var changed = 0
        let ids = Set(matching(filter).map(\.id))
        for index in entries.indices where ids.contains(entries[index].id) && !entries[index].isRead {
            entries[index].isRead = true
            changed += 1
        }
        return changed
    }
}

/// A reader wired to a fake library: actions go through `reduce`, effects through the runner.
struct Harness {
    var state: AppState
    let library: FakeLibrary
    var runner: EffectRunner { EffectRunner(library: library) }
    /// Effects the runner leaves to the executable (openURL, quit), in order.
    var leftOver: [Effect] = []

    init(_ library: FakeLibrary, width: Int = 80, height: Int = 24, settings: ReaderSettings = ReaderSettings()) {
        self.library = library
        let (state, effects) = AppState.start(width: width, height: height, settings: settings)
        self.state = state
        leftOver = EffectRunner(library: library).perform(effects, into: &self.state)
    }

    mutating func send(_ actions: Action...) {
        for action in actions { leftOver += runner.dispatch(action, into: &state) }
    }

    func screen(keyMap: KeyMap = .standard) -> ScreenBuffer { render(state, keyMap: keyMap) }
}
