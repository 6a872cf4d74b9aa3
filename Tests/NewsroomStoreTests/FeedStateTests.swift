import Foundation
import Testing
import NewsroomCore
@testable import NewsroomStore

/// The v2 `feed_state` table: what `newsroom reload` remembers per feed URL.
@Suite struct FeedStateTests {
    @Test func stateRoundTripsAndIsReplaced() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        #expect(try store.feedStates().isEmpty)
        let first = FeedState(
            url: "https://a.example/rss", title: "A", etag: "\"v1\"", lastModified: "Mon, 04 Mar 2024 09:15:00 GMT",
            bodyHash: -42, lastFetched: 1_800_000_000, status: .ok)
        try store.saveFeedState(first)
        #expect(try store.feedStates() == [first.url: first])
        var failed = first
        failed.status = .failed
        failed.lastError = "HTTP 404"
        try store.saveFeedState(failed)
        // Reopening reads what was committed.
        #expect(try directory.openStore().feedStates() == [first.url: failed])
        try store.removeFeedState(url: first.url)
        #expect(try store.feedStates().isEmpty)
    }

    @Test func itemCountsAreByFeedSource() throws {
        let store = try TemporaryDirectory().openStore()
        var items = (0..<3).map { SampleArticles.article($0) }
        for index in items.indices { items[index].guid = "g\(index)" }
        try store.importArticles(items, source: .feed("https://a.example/rss"))
        try store.importArticles(Array(items.prefix(1)), source: .feed("https://b.example/rss"))
        try store.importArticles([SampleArticles.article(9)], source: .file("/tmp/dump.txt"))
        #expect(try store.feedItemCounts() == ["https://a.example/rss": 3, "https://b.example/rss": 1])
    }

    @Test func feedUpdatesWriteItemsAndStatesTogether() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        var items = (0..<3).map { SampleArticles.article($0) }
        for index in items.indices { items[index].guid = "g\(index)" }
        func update(_ url: String, _ articles: [Article], hash: Int64?) -> FeedUpdate {
            FeedUpdate(articles: articles.map { PreparedArticle($0, from: .feed(url)) },
                       state: FeedState(url: url, bodyHash: hash, status: articles.isEmpty ? .notModified : .ok))
        }
        let a = "https://a.example/rss", b = "https://b.example/rss"
        let first = try store.saveFeedUpdates([update(a, items, hash: 1), update(b, [], hash: nil)])
        #expect(first == [ImportCounts(added: 3), ImportCounts()])
        #expect(try store.feedStates()[a]?.bodyHash == 1)
        #expect(try store.feedStates()[b]?.status == .notModified)
        // The same items again are the same articles; one changed is updated in place.
        items[1].body = ["neu"]
        let second = try store.saveFeedUpdates([update(a, items, hash: 2)])
        #expect(second == [ImportCounts(updated: 1, unchanged: 2)])
        #expect(try store.articleCount() == 3)
        #expect(try store.feedStates()[a]?.bodyHash == 2)
        // The bookmark-durable settings come back after the batch (see ImportTests).
        let synchronous = try store.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2)
    }

    @Test func version1LibraryGainsTheTable() throws {
        let directory = try TemporaryDirectory()
        let copy = directory.path + "/library-v1.sqlite"
        try FileManager.default.copyItem(atPath: MigrationTests.fixture, toPath: copy)
        let store = try LibraryStore(path: copy)
        try store.saveFeedState(FeedState(url: "file:///x.xml", status: .unchanged))
        #expect(try store.feedStates().count == 1)
    }
}
