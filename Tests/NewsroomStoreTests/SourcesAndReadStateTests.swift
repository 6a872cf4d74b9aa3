import Foundation
import GRDB
import NewsroomCore
import Testing
@testable import NewsroomStore

/// The sources view's counts, feed filters, "mark all read" and unread again (issue 14).
@Suite struct SourcesAndReadStateTests {
    static let energy = "https://energy.example/feed"
    static let city = "https://city.example/rss"

    /// Articles 0-5: from files; 6-9 from the energy feed; 10-11 from the city feed.
    /// Even indices are "Energie & Management", odd ones "Northwind Courier".
    static func fill(_ store: LibraryStore) throws -> [Int64] {
        var batch: [(article: Article, source: ArticleSource)] = (0..<6).map { (SampleArticles.article($0), SampleArticles.file($0)) }
        batch += (6..<10).map { (SampleArticles.article($0), ArticleSource.feed(energy)) }
        batch += (10..<12).map { (SampleArticles.article($0), ArticleSource.feed(city)) }
        _ = try store.importBatch(batch)
        try store.saveFeedState(FeedState(url: energy, title: "Energy Daily"))
        return try store.headlines(filter: .all, offset: 0, limit: 100).reversed().map(\.id)
    }

    /// Every statement the store's writer connection runs from now on.
    final class StatementLog: @unchecked Sendable {
        private let lock = NSLock()
        private var statements: [String] = []
        var all: [String] { lock.withLock { statements } }
        func append(_ sql: String) { lock.withLock { statements.append(sql) } }

        init(_ store: LibraryStore) throws {
            try store.pool.writeWithoutTransaction { db in
                db.trace { [self] event in
                    if case .statement(let statement) = event { self.append(statement.sql) }
                }
            }
        }
    }

    @Test func countsPerPublicationAndFeedWithUnread() throws {
        let folder = try TemporaryDirectory()
        let store = try folder.openStore()
        let ids = try Self.fill(store)
        try store.setRead(id: ids[0], true)
        try store.setRead(id: ids[6], true)
        let counts = try store.sourceCounts().map { "\($0.kind.rawValue) \($0.name) \($0.key) \($0.unread)/\($0.total)" }
        #expect(counts == [
            "publication Energie & Management Energie & Management 4/6",
            "publication Northwind Courier Northwind Courier 6/6",
            "feed Energy Daily \(Self.energy) 3/4",
            "feed \(Self.city) \(Self.city) 2/2",
        ])
    }

    @Test func feedFiltersListAFeedsArticlesAndAnUnresolvedTagNothing() throws {
        let folder = try TemporaryDirectory()
        let store = try folder.openStore()
        let ids = try Self.fill(store)
        #expect(try store.headlineCount(filter: HeadlineFilter(feeds: [Self.energy])) == 4)
        #expect(try store.headlineCount(filter: HeadlineFilter(feeds: [Self.energy, Self.city])) == 6)
        let rows = try store.headlines(filter: HeadlineFilter(feeds: [Self.city]), offset: 0, limit: 10)
        #expect(rows.map(\.id) == [ids[11], ids[10]])
        #expect(try store.headlineCount(filter: HeadlineFilter(feeds: [])) == 0)
        #expect(try store.headlineCount(filter: HeadlineFilter(tag: "daily")) == 0)
    }

    @Test func markAllReadIsOneStatementAndSurvivesReopening() throws {
        let folder = try TemporaryDirectory()
        var store = try folder.openStore()
        let ids = try Self.fill(store)
        try store.setRead(id: ids[6], true)
        let log = try StatementLog(store)
        let marked = try store.markAllRead(filter: HeadlineFilter(feeds: [Self.energy]))
        #expect(marked == 3, "one of the four was read already")
        let touching = log.all.filter { $0.contains("read_state") }
        #expect(touching.count == 1, "\(touching)")
        #expect(try store.markAllRead(filter: HeadlineFilter(feeds: [Self.energy])) == 0)

        store = try folder.openStore()
        #expect(try store.headlineCount(filter: HeadlineFilter(unreadOnly: true, feeds: [Self.energy])) == 0)
        #expect(try store.headlineCount(filter: HeadlineFilter(unreadOnly: true)) == 8)
        // All of it, and through a text filter too.
        #expect(try store.markAllRead(filter: HeadlineFilter(text: "Meldung")) == 8)
        #expect(try store.headlineCount(filter: HeadlineFilter(unreadOnly: true)) == 0)
    }

    @Test func markedUnreadAgainSurvivesReopening() throws {
        let folder = try TemporaryDirectory()
        var store = try folder.openStore()
        let ids = try Self.fill(store)
        try store.markAllRead(filter: .all)
        try store.setRead(id: ids[3], false)
        store = try folder.openStore()
        let unread = try store.headlines(filter: HeadlineFilter(unreadOnly: true), offset: 0, limit: 10)
        #expect(unread.map(\.id) == [ids[3]])
        #expect(try store.headline(id: ids[3])?.isRead == false)
    }
}
