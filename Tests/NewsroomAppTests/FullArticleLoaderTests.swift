import Foundation
import NewsroomApp
import NewsroomCore
import NewsroomStore
import Synchronization
import Testing

/// Full articles from web pages through the real extractor and store, with the network faked:
/// the reader's `f`, a `full-article` feed's reload and `add URL` all go through
/// `FullArticleLoader`.
@Suite struct FullArticleLoaderTests {
    /// Serves `pages` by URL; anything else is an HTTP 404. Records what was asked.
    final class FakePages: PageFetching {
        let pages: [String: String]
        let asked = Mutex<[String]>([])

        init(_ pages: [String: String]) { self.pages = pages }

        func fetchPage(_ url: String) async -> Result<FetchedPage, PageFailure> {
            asked.withLock { $0.append(url) }
            guard let html = pages[url] else { return .failure(PageFailure("HTTP 404")) }
            return .success(FetchedPage(bytes: Array(html.utf8), url: url, charset: "utf-8"))
        }
    }

    static func newsPage(title: String, editor: String) -> String {
        let paragraphs = (1...6).map { number in
            "<p>Paragraph \(number) of the whole story about \(title): the council met on Tuesday and "
                + "discussed the district heating plan at length, with figures from the utility.</p>"
        }.joined(separator: "\n")
        return """
            <!doctype html><html><head><title>\(title) | Rundschau</title>
            <meta property="og:title" content="\(title)">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
             "headline":"\(title)","datePublished":"2024-01-22T15:32:00+01:00",
             "author":{"@type":"Person","name":"\(editor)"}}</script></head>
            <body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
            <article><h1>\(title)</h1>\(paragraphs)</article>
            <footer>© Rundschau</footer></body></html>
            """
    }

    @Test func loadStoresThePageAsTheArticlesFullText() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let id = try #require(try library.store.articleID(title: "Alpha"))
        let pages = FakePages(["https://rundschau.example/0": Self.newsPage(title: "Alpha", editor: "Dana Editor")])
        let loader = FullArticleLoader(pages: pages, store: library.store)

        let stored = try await loader.load(id: id, url: "https://rundschau.example/0").get()

        #expect(stored.body.count >= 6)
        #expect(stored.body.first?.hasPrefix("Paragraph 1 of the whole story about Alpha") == true)
        let again = try #require(try library.store.article(id: id))
        #expect(again.body == stored.body, "stored: it reads the same offline")
        #expect(again.link == "https://rundschau.example/0")
    }

    @Test func aFailedFetchIsItsLineAndLeavesTheArticleAlone() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let id = try #require(try library.store.articleID(title: "Alpha"))
        let before = try library.store.article(id: id)
        let loader = FullArticleLoader(pages: FakePages([:]), store: library.store)

        let result = await loader.load(id: id, url: "https://rundschau.example/0")

        #expect(result == .failure(PageFailure("HTTP 404")))
        #expect(try library.store.article(id: id)?.body == before?.body)
    }

    @Test func aPageWithoutAnArticleIsNoArticleFound() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let id = try #require(try library.store.articleID(title: "Alpha"))
        let front = "<html><body><nav>" + (1...40).map { "<a href=\"/\($0)\">Headline \($0)</a>" }.joined() + "</nav></body></html>"
        let loader = FullArticleLoader(pages: FakePages(["https://rundschau.example/0": front]), store: library.store)

        guard case .failure(let failure) = await loader.load(id: id, url: "https://rundschau.example/0") else {
            Issue.record("a front page gave an article")
            return
        }
        #expect(failure.line.contains("no article found"), "\(failure.line)")
    }

    @Test(arguments: ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<p>x</p>", "ftp://host/x"])
    func onlyWebAddressesAreFetched(url: String) async throws {
        let library = try TestLibrary()
        let pages = FakePages([:])
        let result = await FullArticleLoader(pages: pages, store: library.store).extract(url)
        #expect(result == .failure(PageFailure("not a web address (only http and https pages are fetched)")))
        #expect(pages.asked.withLock { $0 }.isEmpty)
    }

    @Test func aFullArticleFeedsReloadLoadsThePagesOfItsItemsOnce() async throws {
        let library = try TestLibrary()
        let feedURL = "https://rundschau.example/feed.xml"
        let teasers = ["Alpha", "Beta"].map { title in
            Article(title: title, body: ["Teaser of \(title)."], link: "https://rundschau.example/\(title)", guid: title)
        }
        try library.store.importArticles(teasers, source: .feed(feedURL))
        try library.store.importArticles(
            [Article(title: "Gamma", body: ["Teaser."], link: "https://other.example/Gamma", guid: "g")],
            source: .feed("https://other.example/feed.xml"))
        let pages = FakePages([
            "https://rundschau.example/Alpha": Self.newsPage(title: "Alpha", editor: "Dana Editor"),
        ])
        let loader = FullArticleLoader(pages: pages, store: library.store)
        let subscriptions = [Subscription(url: feedURL, tags: [FullArticleRefresh.tag]),
                             Subscription(url: "https://other.example/feed.xml")]

        let first = await FullArticleRefresh.run(subscriptions, loader: loader, store: library.store)
        #expect(first == FullArticleRefresh.Outcome(loaded: 1, failed: 1))
        #expect(Set(pages.asked.withLock { $0 }) == ["https://rundschau.example/Alpha", "https://rundschau.example/Beta"],
                "only the tagged feed's items")
        let alphaID = try #require(try library.store.articleID(title: "Alpha"))
        let alpha = try #require(try library.store.article(id: alphaID))
        #expect(alpha.body.count >= 6)

        // Loaded pages are not fetched again; the failed one is tried again.
        pages.asked.withLock { $0.removeAll() }
        let second = await FullArticleRefresh.run(subscriptions, loader: loader, store: library.store)
        #expect(second == FullArticleRefresh.Outcome(loaded: 0, failed: 1))
        #expect(pages.asked.withLock { $0 } == ["https://rundschau.example/Beta"])
    }

    @Test func theConfigurationsDefaultTurnsEveryFeedOnButTheOptedOut() {
        let plain = Subscription(url: "https://a.example/feed")
        let tagged = Subscription(url: "https://b.example/feed", tags: [FullArticleRefresh.tag])
        let optedOut = Subscription(url: "https://c.example/feed", tags: ["news", FullArticleRefresh.optOutTag])
        #expect(!FullArticleRefresh.wants(plain, byDefault: false))
        #expect(FullArticleRefresh.wants(tagged, byDefault: false))
        #expect(!FullArticleRefresh.wants(optedOut, byDefault: false))
        #expect(FullArticleRefresh.wants(plain, byDefault: true))
        #expect(FullArticleRefresh.wants(tagged, byDefault: true))
        #expect(!FullArticleRefresh.wants(optedOut, byDefault: true))
    }

    @Test func aReloadWithTheDefaultOnLoadsUntaggedFeedsPages() async throws {
        let library = try TestLibrary()
        let feedURL = "https://rundschau.example/feed.xml"
        try library.store.importArticles(
            [Article(title: "Alpha", body: ["Teaser."], link: "https://rundschau.example/Alpha", guid: "a")], source: .feed(feedURL))
        let pages = FakePages(["https://rundschau.example/Alpha": Self.newsPage(title: "Alpha", editor: "Dana Editor")])
        let loader = FullArticleLoader(pages: pages, store: library.store)
        let off = await FullArticleRefresh.run([Subscription(url: feedURL)], loader: loader, store: library.store)
        #expect(off == FullArticleRefresh.Outcome())
        let on = await FullArticleRefresh.run([Subscription(url: feedURL)], byDefault: true, loader: loader, store: library.store)
        #expect(on == FullArticleRefresh.Outcome(loaded: 1, failed: 0))
    }
}
