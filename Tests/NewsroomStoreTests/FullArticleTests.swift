import NewsroomCore
import Testing
@testable import NewsroomStore

/// A feed item's full text, fetched from its page, stored in place of the teaser.
@Suite struct FullArticleTests {
    static let teaser = Article(
        title: "Council votes on the heat plan", teaser: "The council voted.", body: ["The council voted."],
        publication: "City Feed", contacts: [Contact(name: "Feed Author")],
        link: "https://city.example/heat", guid: "heat-1")
    static let page = Article(
        title: "Council votes on the heat plan", teaser: "Page teaser.",
        body: ["The council voted for the district heating network on Tuesday.", "Construction starts in spring."],
        publication: "City Gazette", imageCredit: "Photo: A. Person",
        contacts: [Contact(name: "Dana Editor", role: "City desk", phone: "+49 30 1234", email: "dana@city.example")],
        published: Timestamp(secondsSince1970: 1_700_000_000, utcOffsetSeconds: 3600))

    @Test func theFullTextReplacesTheTeaserAndSurvivesAnUnchangedReload() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let feed = ArticleSource.feed("https://city.example/feed")
        _ = try store.importArticles([Self.teaser], source: feed)
        let id = try #require(try store.articleID(title: Self.teaser.title))
        let saved = try #require(try store.saveFullArticle(id: id, page: Self.page))
        #expect(saved.body == Self.page.body)
        let stored = try #require(try store.article(id: id))
        #expect(stored.body == Self.page.body)
        #expect(stored.teaser == "The council voted.")  // the feed's teaser is kept
        #expect(stored.link == "https://city.example/heat" && stored.guid == "heat-1")
        #expect(stored.contacts.map(\.name) == ["Dana Editor"])
        #expect(stored.published == Self.page.published)
        // Indexed for search: a word only the page has.
        #expect(try store.search("construction", limit: 5).map(\.id) == [id])
        // The same feed item read again leaves the full text alone.
        #expect(try store.importArticles([Self.teaser], source: feed) == ImportCounts(added: 0, updated: 0, unchanged: 1))
        #expect(try store.article(id: id)?.body == Self.page.body)
    }

    @Test func aFeedsItemsAwaitTheirFullTextUntilFetchedAndAgainWhenTheyChange() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let location = "https://city.example/feed"
        var noLink = Self.teaser
        noLink.title = "No link"
        noLink.link = nil
        noLink.guid = "x"
        var script = Self.teaser
        script.title = "Script"
        script.link = "javascript:alert(1)"
        script.guid = "y"
        _ = try store.importArticles([Self.teaser, noLink, script], source: .feed(location))
        let id = try #require(try store.articleID(title: Self.teaser.title))
        #expect(try store.articlesAwaitingFullText(feed: location, limit: 10).map(\.link) == ["https://city.example/heat"])
        try store.saveFullArticle(id: id, page: Self.page)
        #expect(try store.articlesAwaitingFullText(feed: location, limit: 10).isEmpty)
        var changed = Self.teaser
        changed.teaser = "The council voted again."
        #expect(try store.importArticles([changed], source: .feed(location)).updated == 1)
        #expect(try store.articlesAwaitingFullText(feed: location, limit: 10).map(\.id) == [id])
        #expect(try store.articlesAwaitingFullText(feed: "https://other.example/feed", limit: 10).isEmpty)
    }

    @Test func aGoneArticleIsNil() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        #expect(try store.saveFullArticle(id: 42, page: Self.page) == nil)
    }
}
