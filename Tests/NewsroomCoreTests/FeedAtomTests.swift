import Testing
@testable import NewsroomCore

@Suite struct FeedAtomTests {
    @Test func feedFields() throws {
        let feed = try parsedFeed("atom-full.xml")
        #expect(feed.format == .atom)
        #expect(feed.title == "Ridge Tribune")
        #expect(feed.link == "https://tribune.example/")
        #expect(feed.description == "Mountain news")
        #expect(feed.updated?.iso8601 == "2024-03-05T10:00:00+00:00")
        #expect(feed.articles.count == 3)
    }

    @Test func entryWithXmlBaseXhtmlContentAndOwnAuthor() throws {
        let entry = try parsedFeed("atom-full.xml").articles[0]
        #expect(entry.title == "Snow <b> record")
        #expect(entry.publication == "Ridge Tribune")
        #expect(entry.link == "https://tribune.example/news/2024/snow-record.html")
        #expect(entry.enclosures == ["https://tribune.example/news/img/snow.jpg"])
        #expect(entry.guid == "tag:tribune.example,2024:1")
        #expect(entry.published?.iso8601 == "2024-03-04T07:30:00-07:00")
        #expect(entry.updated?.iso8601 == "2024-03-04T09:00:00-07:00")
        #expect(entry.contacts == [Contact(name: "Kai Brandt")])
        #expect(entry.section == "Weather")
        #expect(entry.teaser == "A metre of snow in one night.")
        #expect(entry.body == ["Plows ran all night, see the plow map.", "Schools stay closed & buses wait."])
        #expect(entry.links == ["https://tribune.example/news/plows.html"])
    }

    @Test func entryInheritsFeedAuthorsAndFallsBackToUpdated() throws {
        let entry = try parsedFeed("atom-full.xml").articles[1]
        #expect(entry.title == "Pass closed")
        #expect(entry.link == "https://tribune.example/roads/pass-closed")
        #expect(entry.published?.iso8601 == "2024-03-03T12:00:00+00:00")
        #expect(entry.contacts == [Contact(name: "Ridge Newsroom", email: "news@tribune.example")])
        #expect(entry.teaser == "Avalanche risk. Reopening unclear.")
        #expect(entry.body == ["Avalanche risk.", "Reopening unclear."])
        #expect(entry.section == nil)
    }

    @Test func textContentSplitsAtBlankLinesAndBadDateIsNull() throws {
        let entry = try parsedFeed("atom-full.xml").articles[2]
        #expect(entry.link == "https://elsewhere.example/ski")
        #expect(entry.published == nil)
        #expect(entry.body == ["Line one. Still paragraph one.", "Paragraph two with <literal> brackets."])
        #expect(entry.teaser == nil)
    }

    @Test func prefixedAtomAndHtmlContent() throws {
        let parsed = try feed("""
            <a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title>
            <a:entry><a:title type="html">&lt;b&gt;Bold&lt;/b&gt; move</a:title>
            <a:link rel="alternate" type="text/html" href="http://p.example/1"/>
            <a:content type="html">&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two &amp;amp; three&lt;/p&gt;</a:content></a:entry></a:feed>
            """)
        #expect(parsed.title == "P")
        #expect(parsed.articles[0].title == "Bold move")
        #expect(parsed.articles[0].link == "http://p.example/1")
        #expect(parsed.articles[0].body == ["One", "Two & three"])
    }

    @Test func rootRelativeAndDotDotLinksAgainstNestedBase() throws {
        let parsed = try feed("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://h.example/a/b/">
            <entry xml:base="c/"><title>x</title><link href="/root"/></entry>
            <entry xml:base="../up/"><title>y</title><link href="../../z?q=1#f"/></entry>
            <entry><title>z</title><link rel="related" href="r"/><link href="https://abs.example/"/></entry>
            </feed>
            """)
        #expect(parsed.articles.map(\.link) == ["http://h.example/root", "http://h.example/z?q=1#f", "https://abs.example/"])
    }

    /// Element names and attribute names are remembered apart: an unprefixed element takes the
    /// default namespace, an unprefixed attribute none, though their bytes are the same.
    @Test func anElementAndAnAttributeOfTheSameNameResolveApart() throws {
        let parsed = try feed("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
            <entry><title>x</title><term>not a category</term><category term="Harbour"/>
            <href>no link</href><link href="https://h.example/x"/></entry>
            </feed>
            """)
        #expect(parsed.articles[0].section == "Harbour")
        #expect(parsed.articles[0].link == "https://h.example/x")
    }
}
