import Testing
@testable import NewsroomCore

@Suite struct FeedJSONFeedTests {
    @Test func fullItem() throws {
        let feed = try parsedFeed("jsonfeed.json")
        #expect(feed.format == .jsonFeed)
        #expect(feed.title == "Coastline Daily")
        #expect(feed.link == "https://coastline.example/")
        let item = feed.articles[0]
        #expect(item.title == "Spring tides expected")
        #expect(item.link == "https://coastline.example/tides")  // not external_url
        #expect(item.guid == "cd-1")
        #expect(item.teaser == "Higher water this weekend.")
        #expect(item.body == ["Tides peak on Saturday.", "Park elsewhere."])
        #expect(item.links == ["https://coastline.example/parking"])
        #expect(item.published?.iso8601 == "2024-03-02T06:00:00+00:00")
        #expect(item.updated?.iso8601 == "2024-03-02T07:00:00+01:00")
        #expect(item.section == "Weather")
        #expect(item.contacts == [Contact(name: "Lena Moreau")])
        #expect(item.enclosures == ["https://coastline.example/tides.pdf"])
        #expect(item.publication == "Coastline Daily")
    }

    @Test func textContentNumericIdAndInheritedAuthors() throws {
        let item = try parsedFeed("jsonfeed.json").articles[1]
        #expect(item.guid == "42")
        #expect(item.title == "Pier renovation")
        #expect(item.body == ["Work starts Monday.", "The pier closes for six weeks."])
        #expect(item.published == nil)
        #expect(item.link == nil)
        #expect(item.contacts == [Contact(name: "Coastline Staff", email: "staff@coastline.example")])
    }

    @Test func badJSONIsAnInputError() {
        #expect(throws: InputError.self) { try feed("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [") }
        #expect(throws: InputError.self) { try feed("{\"hello\": 1}") }
        let deep = String(repeating: "[", count: 10_000)
        #expect(throws: InputError.self) { try feed("{\"items\": \(deep)") }
    }

    @Test func escapesAndSurrogates() throws {
        let parsed = try feed(#"{"items": [{"title": "a\u00e9\ud83d\ude00\ud800x\u001b\n b"}]}"#)
        #expect(parsed.articles[0].title == "aé😀\u{FFFD}x\u{1B} b")
    }
}
