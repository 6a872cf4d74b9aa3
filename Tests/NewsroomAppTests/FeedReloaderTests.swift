import Foundation
import NewsroomApp
import NewsroomCore
import NewsroomStore
import Synchronization
import Testing

/// The reloader over an in-memory fetcher: what each kind of answer does to the library and
/// the summary.
@Suite struct FeedReloaderTests {
    static func reload(_ library: TestLibrary, _ fetcher: FakeFeedFetcher, _ urls: [String]) async -> (ReloadSummary, [ReloadProgress]) {
        let seen = Mutex<[ReloadProgress]>([])
        let summary = await Reloader.reload(urls.map { Subscription(url: $0) }, store: library.store, fetcher: fetcher) { progress in
            seen.withLock { $0.append(progress) }
        }
        return (summary, seen.withLock { $0 })
    }

    @Test func eachFeedEndsInItsOwnOutcomeInSubscriptionOrder() async throws {
        let library = try TestLibrary()
        let urls = ["https://a.example/feed", "https://b.example/feed", "https://c.example/feed", "https://d.example/feed"]
        let fetcher = FakeFeedFetcher([
            urls[0]: rssFeed(["Eins", "Zwei"]),
            urls[1]: .failed("HTTP 404"),
            urls[2]: .notModified,
            urls[3]: .body(Array("<html>no feed</html>".utf8), etag: nil, lastModified: nil),
        ])
        let (summary, progress) = await Self.reload(library, fetcher, urls)
        #expect(summary.feeds.map(\.url) == urls)
        #expect(summary.feeds.map(\.kind) == [.fetched, .failed, .notModified, .failed])
        #expect(summary.newItems == 2)
        #expect(summary.feeds[1].error == "HTTP 404")
        #expect(summary.feeds[3].error?.hasPrefix("not a readable feed") == true)
        #expect(try library.store.headlineCount(filter: .all) == 2)
        #expect(progress.first?.done == 0 && progress.last?.done == 4 && progress.allSatisfy { $0.total == 4 })
        #expect(summary.report.statusLine == "Reloaded 4 feeds: 2 new, 0 updated, 2 failed (https://b.example/feed: HTTP 404).")
    }

    @Test func theSameBodyAgainCostsNoParseAndAddsNothing() async throws {
        let library = try TestLibrary()
        let url = "https://a.example/feed"
        let fetcher = FakeFeedFetcher([url: rssFeed(["Eins", "Zwei"])])
        _ = await Self.reload(library, fetcher, [url])
        let (again, _) = await Self.reload(library, fetcher, [url])
        #expect(again.feeds.map(\.kind) == [.unchanged])
        #expect(again.newItems == 0)
        #expect(try library.store.headlineCount(filter: .all) == 2)
    }
}
