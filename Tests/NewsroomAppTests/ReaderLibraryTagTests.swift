import Foundation
import NewsroomApp
import NewsroomCore
import NewsroomStore
import Testing

/// The reader's library turns the urls file's tags into feed filters and tag counts.
@Suite struct ReaderLibraryTagTests {
    static let energy = "https://energy.example/feed"
    static let city = "https://city.example/rss"

    func library() throws -> (TestLibrary, ReaderLibrary) {
        let test = try TestLibrary()
        func item(_ title: String, _ hour: Int) -> Article {
            Article(title: title, body: ["Text."], publication: "Feeds",
                    published: Timestamp(secondsSince1970: 1_705_933_920 - Int64(hour) * 3600, utcOffsetSeconds: 0))
        }
        _ = try test.store.importArticles([item("Strom", 1), item("Gas", 2), item("Wind", 3)], source: .feed(Self.energy))
        _ = try test.store.importArticles([item("Rathaus", 4)], source: .feed(Self.city))
        let subscriptions = [
            Subscription(url: Self.energy, tags: ["energy", "daily"]),
            Subscription(url: Self.city, tags: ["daily"]),
            Subscription(url: "https://quiet.example/feed", tags: ["quiet"]),
        ]
        return (test, ReaderLibrary(store: test.store, subscriptions: { subscriptions }))
    }

    @Test func tagsAreSummedFromTheirFeedsAndListTheirFeedsArticles() throws {
        let (test, library) = try library()
        let strom = try #require(try test.store.headlines(filter: .all, offset: 0, limit: 1).first)
        try library.setRead(id: strom.id, true)
        let tags = try library.sourceCounts().filter { $0.kind == .tag }.map { "\($0.name) \($0.unread)/\($0.total)" }
        #expect(tags == ["energy 2/3", "daily 3/4", "quiet 0/0"])
        #expect(try library.headlineCount(filter: HeadlineFilter(tag: "daily")) == 4)
        #expect(try library.headlines(filter: HeadlineFilter(tag: "energy"), offset: 0, limit: 10).map(\.title) == ["Strom", "Gas", "Wind"])
        #expect(try library.headlineCount(filter: HeadlineFilter(tag: "nobody")) == 0)
    }

    @Test func markAllReadOfATagMarksItsFeedsOnly() throws {
        let (_, library) = try library()
        #expect(try library.markAllRead(filter: HeadlineFilter(tag: "energy")) == 3)
        #expect(try library.headlineCount(filter: HeadlineFilter(unreadOnly: true)) == 1)
        #expect(try library.headlineCount(filter: HeadlineFilter(unreadOnly: true, tag: "daily")) == 1)
    }
}
