import Foundation
import Testing
@testable import NewsroomCore

@Suite struct FeedJSONOutputTests {
    @Test func escapesControlsBidiAndSeparators() {
        #expect(FeedJSON.quoted("a\"b\\c\n\t\u{1B}\u{7F}\u{85}\u{2028}\u{2029}\u{202E}\u{200E}\u{061C}\u{2066}é")
            == #""a\"b\\c\u000a\u0009\u001b\u007f\u0085\u2028\u2029\u202e\u200e\u061c\u2066é""#)
    }

    @Test func rendersEveryKeyAsValidJSON() throws {
        let parsed = try parsedFeed("rss2-full.xml")
        let text = FeedJSON.render(parsed)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let feed = try #require(object["feed"] as? [String: Any])
        #expect(feed["title"] as? String == "Harbour Gazette")
        #expect(feed["format"] as? String == "rss")
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count == 3)
        let keys = ["title", "kicker", "teaser", "body", "publication", "section", "imageCredit", "contacts", "copyright",
                    "published", "headlines", "related", "link", "guid", "updated", "links", "enclosures", "blocks"]
        for article in articles { #expect(Set(article.keys) == Set(keys)) }
        #expect(articles[0]["published"] as? String == "2024-03-04T09:15:00+01:00")
        #expect(articles[2]["link"] is NSNull)
        #expect((articles[0]["links"] as? [String]) == ["https://gazette.example/timetable.pdf"])
        // `body` is plain paragraphs; `blocks` carries the structure and the link.
        #expect((articles[0]["body"] as? [String])?.first == "The harbour authority and the ferry unions signed the new timetable.")
        let blocks = try #require(articles[0]["blocks"] as? [[String: Any]])
        #expect(blocks.count == (articles[0]["body"] as? [String])?.count)
        let spans = try #require(blocks[0]["spans"] as? [[String: Any]])
        #expect(spans.map { $0["text"] as? String } == ["The harbour authority and the ferry unions signed the ", "new timetable", "."])
        #expect(spans[1]["link"] as? String == "https://gazette.example/timetable.pdf")
        #expect(spans[0]["link"] is NSNull)
        #expect(spans[0]["style"] as? [String] == [])
        #expect(blocks[1]["kind"] as? String == "heading")
        #expect(blocks[1]["level"] as? Int == 2)
        #expect(blocks[2]["kind"] as? String == "listItem")
        #expect(blocks[2]["number"] is NSNull)
        let contact = try #require((articles[0]["contacts"] as? [[String: Any]])?.last)
        #expect(contact["email"] as? String == "desk@gazette.example")
        #expect(contact["channels"] as? [String] == [])
    }

    @Test func hostileTextIsEscapedInJSON() throws {
        let text = FeedJSON.render(try parsedFeed("hostile-controls.xml"))
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(text.contains(#"\u001b[31m"#))
        #expect(text.contains(#"\u202e"#))
    }
}
