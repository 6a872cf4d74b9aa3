import Testing
@testable import NewsroomCore

/// Escaped HTML read straight from the XML character data (HTMLText+Escaped) must give what
/// decoding the character data first and converting the result gives, in both modes: on
/// the shapes feeds use, on each case where the escaped reader hands over to decoding, and
/// on seeded random mixes of them.
@Suite struct FeedEscapedHTMLTests {
    /// Pieces of XML character data as feeds write them (the XML escaping is part of each).
    static let pieces: [String] = [
        "&lt;p&gt;", "&lt;/p&gt;", "&lt;em&gt;", "&lt;/em&gt;", "&lt;b&gt;", "&lt;/b&gt;",
        "&lt;a href=\"https://a.example/x\"&gt;", "&lt;a href=\"https://b.example/?a=1&amp;amp;b=2\"&gt;",
        "&lt;a href='rel/y' title=\"x&gt;y\"&gt;", "&lt;/a&gt;", "&lt;br/&gt;", "&lt;br&gt;", "&lt;img src=\"i.png\" alt=\"An image\"&gt;",
        "&lt;h2&gt;", "&lt;/h2&gt;", "&lt;ul&gt;&lt;li&gt;", "&lt;/li&gt;&lt;/ul&gt;", "&lt;pre&gt;", "&lt;/pre&gt;",
        "&lt;script&gt;alert(1) &lt;p&gt;no&lt;/p&gt;&lt;/script&gt;", "&lt;style/&gt;", "&lt;!-- a &gt; comment --&gt;",
        "&lt;?pi x?&gt;", "&lt;!DOCTYPE html&gt;", "&lt; not a tag", "&lt;&gt;", "&lt;/&gt;", "&lt;xhtml:p&gt;",
        "words and more words ", "Tuesday", " ", "  ", "\n", "\t", "\r\n", "\r",
        "&amp;amp;", "&amp;nbsp;", "&amp;eacute;", "&amp;#233;", "&amp;#x27;", "&amp;copy", "&amp;bogus;", "&amp;",
        "&amp;amp&#59;", "&copy&#59;", "&ab", "&amp;lt;b&amp;gt;", "&#60;i&#62;", "&#38;amp;", "&quot;", "&apos;", "&#8217;", "&#xA0;",
        "&eacute;", "&bogus;", "&", "é", "€ ", "<![CDATA[<b>bold</b> &amp;]]>", "<!-- xml comment -->",
        "&lt;", "&lt;/", "&lt;&#112;&gt;", "&lt;&lt;b&gt;", "&lt;/&amp;", "&lt;!--&gt;--&gt;", "&lt;?x",
        "&lt;a href=\"javascript:alert(1)\"&gt;", "&lt;p class=\"x\"&gt;", "&lt;div&gt;", "&lt;/div&gt;",
    ]

    /// What the feed parsers did before: decode the character data, then convert.
    static func decodedFirst(_ data: String, document: Bool) -> HTMLText.Result {
        var text = data
        return text.withUTF8 { p in
            var decoded = ByteSink(capacity: p.count)
            XMLText.decodeBytes(p, from: 0, to: p.count, into: &decoded)
            return decoded.withBytes { bytes in
                document ? HTMLText.body(bytes: bytes, base: "https://base.example/")
                    : HTMLText.Result(blocks: [ArticleBlock(.paragraph, text: HTMLText.plain(bytes: bytes))])
            }
        }
    }

    static func readEscaped(_ data: String, document: Bool) -> HTMLText.Result {
        var text = data
        return text.withUTF8 { p in
            let source = HTMLText.Source(bytes: p, isEscaped: true)
            return document ? HTMLText.body(source, base: "https://base.example/")
                : HTMLText.Result(blocks: [ArticleBlock(.paragraph, text: HTMLText.plain(source))])
        }
    }

    @Test(arguments: [true, false])
    func everyPieceAloneReadsAsDecodedFirst(document: Bool) {
        for piece in Self.pieces {
            let data = "Before " + piece + " after&lt;/p&gt;"
            #expect(Self.readEscaped(data, document: document) == Self.decodedFirst(data, document: document), "\(data)")
        }
    }

    @Test(arguments: [true, false])
    func randomMixesReadAsDecodedFirst(document: Bool) {
        var generator = SplitMix64(seed: 0xE5CA_9ED0)
        for _ in 0..<1_500 {
            let count = Int.random(in: 1...14, using: &generator)
            let data = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(Self.readEscaped(data, document: document) == Self.decodedFirst(data, document: document), "\(data)")
        }
    }

    @Test func aFeedParagraphKeepsItsLinkAndStyle() {
        let data = "&lt;p&gt;The board met on &lt;em&gt;Tuesday&lt;/em&gt; at the "
            + "&lt;a href=\"https://gazette.example/pier?a=1&amp;amp;b=2\"&gt;north pier&lt;/a&gt; &amp;amp; agreed.&lt;/p&gt;"
        let result = Self.readEscaped(data, document: true)
        #expect(result.paragraphs == ["The board met on Tuesday at the north pier & agreed."])
        #expect(result.links == ["https://gazette.example/pier?a=1&b=2"])
        #expect(result.blocks[0].spans.contains { $0.text == "Tuesday" && $0.style == [.emphasis] })
        #expect(result.blocks[0].spans.contains { $0.text == "north pier" && $0.link == "https://gazette.example/pier?a=1&b=2" })
    }

    @Test func anEscapedTagLongerThanTheLimitIsStillRead() {
        let long = String(repeating: "x", count: 10_000)
        let data = "&lt;p title=\"\(long)\"&gt;text&lt;/p&gt;&lt;a href=\"https://a.example/\(long)\"&gt;link&lt;/a&gt;"
        #expect(Self.readEscaped(data, document: true) == Self.decodedFirst(data, document: true))
        #expect(Self.readEscaped(data, document: true).paragraphs == ["text", "link"])
    }
}
