import NewsroomCore
import Testing
@testable import NewsroomUI

/// The sources view: publications, feeds and tags with counts; Enter lists one, Esc comes back.
@Suite struct ReducerSourcesTests {
    /// Two publications; articles 1-3 from the energy feed (tagged "energy" and "daily"),
    /// 4 from the city feed (tagged "daily").
    static func library() -> FakeLibrary {
        var articles = Fixtures.all
        articles[5].publication = "Northwind Courier"
        articles[6].publication = "Northwind Courier"
        let library = FakeLibrary(articles, read: [2])
        library.feedOf = [1: "https://energy.example/feed", 2: "https://energy.example/feed", 3: "https://energy.example/feed",
                          4: "https://city.example/rss"]
        library.feedTitles = ["https://energy.example/feed": "Energy Daily"]
        library.subscriptionTags = [("https://energy.example/feed", ["energy", "daily"]), ("https://city.example/rss", ["daily"])]
        return library
    }

    @Test func sourcesViewListsPublicationsFeedsAndTagsWithCounts() throws {
        var h = Harness(Self.library())
        h.send(.showSources)
        #expect(h.state.view == .sources)
        let sources = try #require(h.state.sources)
        let rows = sources.map { "\($0.kind.rawValue) \($0.name) \($0.unread)/\($0.total)" }
        #expect(rows == [
            "publication Haldenauer Rundschau 4/5", "publication Northwind Courier 2/2",
            "feed https://city.example/rss 1/1", "feed Energy Daily 2/3",
            "tag energy 2/3", "tag daily 3/4",
        ])
        let screen = h.screen()
        #expect(screen.rowText(0).contains("Newsroom · sources"))
        #expect(screen.rowText(2).hasPrefix("● pub        4       5  Haldenauer Rundschau"))
    }

    @Test func enterListsTheSourcesHeadlinesAndEscGoesBackToTheSources() throws {
        var h = Harness(Self.library())
        h.send(.showSources)
        for _ in 0..<3 { h.send(.moveDown) }  // the Energy Daily feed
        h.send(.open)
        #expect(h.state.view == .headlines)
        #expect(h.state.filter.active == HeadlineFilter(feeds: ["https://energy.example/feed"]))
        #expect(h.state.filter.applied == "feed:https://energy.example/feed")
        #expect(h.state.headlines.total == 3 && h.state.unreadCount == 2)
        h.send(.back)
        #expect(h.state.view == .sources && h.state.sourceCursor.selection == 3)
        // Esc in the sources view: the headlines again.
        h.send(.back)
        #expect(h.state.view == .headlines)
    }

    @Test func aTagListsTheHeadlinesOfItsFeeds() {
        var h = Harness(Self.library())
        h.send(.showSources)
        h.send(.bottom, .open)  // the "daily" tag
        #expect(h.state.filter.active == HeadlineFilter(tag: "daily"))
        #expect(h.state.filter.applied == "tag:daily")
        #expect(h.state.headlines.total == 4)
        // Typed, it is the same filter.
        #expect(FilterQuery.parse("tag:daily") == HeadlineFilter(tag: "daily"))
    }

    @Test func markAllReadInTheSourcesViewMarksTheSelectedSourceAndRecounts() throws {
        var h = Harness(Self.library())
        h.send(.showSources, .moveDown, .markAllRead)
        #expect(h.screen().rowText(23).contains("Mark 2 unread articles in “Northwind Courier” read? (y/n)"))
        h.send(.confirm(true))
        #expect(h.library.markAllCalls == [HeadlineFilter(publication: "Northwind Courier")])
        let sources = try #require(h.state.sources)
        #expect(sources[1].unread == 0 && sources[1].total == 2, "counted again")
        #expect(h.state.view == .sources)
    }
}
