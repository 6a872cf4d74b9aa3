import Foundation
import Testing
@testable import NewsroomCore

/// Spec "JSON output": every key present, null and [] for missing values, controls escaped.
@Suite struct DumpJSONTests {
    static let articleKeys: Set<String> = [
        "title", "kicker", "teaser", "body", "publication", "section", "imageCredit", "contacts", "copyright",
        "published", "headlines", "related",
    ]

    @Test func everyKeyIsPresentWithNullAndEmptyLists() throws {
        let json = ArticleJSON.encode(Article(title: "Nur ein Titel"))
        let object = try #require(try jsonObject(json) as? [String: Any])
        #expect(Set(object.keys) == Self.articleKeys)
        #expect(object["kicker"] is NSNull)
        #expect(object["published"] is NSNull)
        #expect((object["body"] as? [Any])?.isEmpty == true)
        #expect((object["contacts"] as? [Any])?.isEmpty == true)
    }

    @Test func contactKeysAreAllPresent() throws {
        let json = ArticleJSON.encode(Article(title: "T", contacts: [Contact(name: "N")]))
        let object = try #require(try jsonObject(json) as? [String: Any])
        let contact = try #require((object["contacts"] as? [[String: Any]])?.first)
        #expect(Set(contact.keys) == ["name", "role", "phone", "fax", "email", "channels"])
        #expect(contact["fax"] is NSNull)
    }

    @Test func extraFieldsForFeeds() throws {
        var article = Article(title: "T")
        article.link = "https://example.org/a"
        let json = ArticleJSON.encode(article, extraFields: [.link, .guid, .links])
        let object = try #require(try jsonObject(json) as? [String: Any])
        #expect(Set(object.keys) == Self.articleKeys.union(["link", "guid", "links"]))
        #expect(object["link"] as? String == "https://example.org/a")
        #expect(object["guid"] is NSNull)
    }

    @Test(arguments: [
        ("\u{1B}", "\\u001b"), ("\u{00}", "\\u0000"), ("\u{7F}", "\\u007f"), ("\u{9B}", "\\u009b"), ("\u{85}", "\\u0085"),
        ("\u{2028}", "\\u2028"), ("\u{2029}", "\\u2029"), ("\u{202E}", "\\u202e"), ("\u{202A}", "\\u202a"),
        ("\u{2066}", "\\u2066"), ("\u{2069}", "\\u2069"), ("\u{200E}", "\\u200e"), ("\u{200F}", "\\u200f"),
        ("\u{061C}", "\\u061c"), ("\n", "\\u000a"), ("\t", "\\u0009"), ("\"", "\\\""), ("\\", "\\\\"),
    ])
    func controlsAreEscaped(raw: String, escaped: String) throws {
        var writer = JSONWriter()
        writer.string("a\(raw)b")
        #expect(writer.text == "\"a\(escaped)b\"")
        #expect(try jsonObject(writer.text) as? String == "a\(raw)b", "the escape decodes back to the original")
    }

    @Test func ordinaryNonASCIIIsWrittenAsIs() {
        var writer = JSONWriter()
        writer.string("Größe „€“ – 風 🔋 \u{2027}\u{202F}\u{00A0}\u{00AD}")
        #expect(writer.text == "\"Größe „€“ – 風 🔋 \u{2027}\u{202F}\u{00A0}\u{00AD}\"")
    }

    @Test func parsedHostileTextIsEscapedInJSON() throws {
        var fixture = DumpFixture()
        fixture.title = "\u{1B}[31mRot\u{1B}[0m \u{202E}links\u{202C} \u{9B}"
        let json = ArticleJSON.encode(try fixture.parse())
        #expect(json.contains("\\u001b[31mRot\\u001b[0m \\u202elinks\\u202c \\u009b"))
        #expect(rawControlScalars(in: json).isEmpty)
    }

    @Test func writerNestsAndSeparates() throws {
        var writer = JSONWriter()
        writer.beginArray()
        writer.beginObject()
        writer.key("n"); writer.number(42)
        writer.key("b"); writer.bool(true)
        writer.key("x"); writer.null()
        writer.key("d"); writer.number(1.5)
        writer.endObject()
        writer.beginArray(); writer.endArray()
        writer.string(nil as String?)
        writer.endArray()
        #expect(writer.text == #"[{"n":42,"b":true,"x":null,"d":1.5},[],null]"#)
        var pretty = JSONWriter(pretty: true)
        pretty.beginObject(); pretty.key("a"); pretty.stringArray(["x"]); pretty.key("e"); pretty.stringArray([]); pretty.endObject()
        #expect(pretty.text == "{\n  \"a\": [\n    \"x\"\n  ],\n  \"e\": []\n}")
    }
}
