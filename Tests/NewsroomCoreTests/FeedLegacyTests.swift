import Testing
@testable import NewsroomCore

/// Feeds as they are in the wild: Dublin Core stand-ins, Atom 0.3 and its drafts, base64
/// content, HTML in RSS titles, dates in forms no specification allows.
@Suite struct FeedLegacyTests {
    private func item(_ inner: String, namespaces: String = "") throws -> Article {
        let xml = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            \(namespaces)><channel><title>t</title><item>\(inner)</item></channel></rss>
            """
        return try #require(try feed(xml).articles.first)
    }

    private func entry(_ inner: String, namespace: String = "http://purl.org/atom/ns#") throws -> Article {
        try #require(try feed("<feed version=\"0.3\" xmlns=\"\(namespace)\"><entry>\(inner)</entry></feed>").articles.first)
    }

    @Test func dublinCoreStandsInForMissingRSSElements() throws {
        let article = try item("<dc:title>DC title</dc:title><dc:description>DC teaser</dc:description>")
        #expect(article.title == "DC title")
        #expect(article.teaser == "DC teaser")
        // RSS's own elements win over the stand-ins, whatever the order.
        let both = try item("<dc:title>DC</dc:title><title>RSS</title><dc:description>DC</dc:description><description>RSS</description>")
        #expect(both.title == "RSS")
        #expect(both.teaser == "RSS")
        let channel = try feed("<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><dc:title>Bote</dc:title></channel></rss>")
        #expect(channel.title == "Bote")
    }

    @Test func creatorsAndAuthorsSplitNameAndAddress() throws {
        let article = try item("""
            <dc:author>Example editor (me@example.com)</dc:author><dc:creator>you@example.com (Other Editor)</dc:creator>\
            <dc:creator>Jane Roe (Reuters)</dc:creator><dc:creator>Plain Name</dc:creator>
            """)
        #expect(article.contacts == [
            Contact(name: "Example editor", email: "me@example.com"),
            Contact(name: "Other Editor", email: "you@example.com"),
            Contact(name: "Jane Roe (Reuters)"),
            Contact(name: "Plain Name"),
        ])
    }

    @Test func dcTermsDates() throws {
        let issued = try item("<dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued><dcterms:modified>2004-01-02T08:00:00+01:00</dcterms:modified>")
        #expect(issued.published?.iso8601 == "2003-12-31T10:14:55+00:00")
        #expect(issued.updated?.iso8601 == "2004-01-02T08:00:00+01:00")
        let created = try item("<dcterms:created>2003-12-30T10:14:55Z</dcterms:created>")
        #expect(created.published?.iso8601 == "2003-12-30T10:14:55+00:00")
        // pubDate stays first.
        let both = try item("<dcterms:issued>2003-12-31T10:14:55Z</dcterms:issued><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate>")
        #expect(both.published?.iso8601 == "2004-01-01T19:48:21+00:00")
        let channel = try feed("<rss xmlns:dcterms=\"http://purl.org/dc/terms/\"><channel><dcterms:modified>2003-12-31T10:14:55Z</dcterms:modified></channel></rss>")
        #expect(channel.updated?.iso8601 == "2003-12-31T10:14:55+00:00")
    }

    @Test func descriptionAndSummaryTheFirstIsTheTeaserTheSecondTheBody() throws {
        let article = try item("<summary>Short</summary><description>The long text</description>")
        #expect(article.teaser == "Short")
        #expect(article.body == ["The long text"])
        let content = try item("<description>Short</description><summary>Other</summary><content:encoded>Full</content:encoded>",
                               namespaces: "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
        #expect(content.teaser == "Short")
        #expect(content.body == ["Full"])
    }

    @Test func anXHTMLBodyIsTheContent() throws {
        let article = try item("<description>Teaser</description><body xmlns=\"http://www.w3.org/1999/xhtml\"><p>One</p><p>Two</p></body>")
        #expect(article.teaser == "Teaser")
        #expect(article.body == ["One", "Two"])
        let prefixed = try item("<xhtml:body><p>Only</p></xhtml:body>", namespaces: "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
        #expect(prefixed.body == ["Only"])
    }

    @Test func htmlInRSSTitlesIsShownAsText() throws {
        #expect(try item("<title>it&amp;#x27;s</title>").title == "it's")
        #expect(try item("<title>1930ft&lt;sup&gt;2&lt;/sup&gt;</title>").title == "1930ft2")
        #expect(try item("<title><![CDATA[Floor <b>plan</b>]]></title>").title == "Floor plan")
        // Titles without references or end tags are kept literally.
        #expect(try item("<title>a &lt; b &amp; AT&amp;T</title>").title == "a < b & AT&T")
        #expect(try item("<title>&lt;script&gt; tags explained</title>").title == "<script> tags explained")
    }

    @Test func atom03CreatedIssuedModified() throws {
        let article = try entry("<created>2003-12-30T10:14:55Z</created><modified>2004-01-02T00:00:00Z</modified>")
        #expect(article.published?.iso8601 == "2003-12-30T10:14:55+00:00")
        #expect(article.updated?.iso8601 == "2004-01-02T00:00:00+00:00")
        let issued = try entry("<created>2003-12-30T10:14:55Z</created><issued>2003-12-31T10:14:55Z</issued>")
        #expect(issued.published?.iso8601 == "2003-12-31T10:14:55+00:00")
    }

    @Test(arguments: ["http://purl.org/atom/ns#", "http://example.com/newformat#", "http://example.com/necho",
                      "http://purl.org/echo/", "http://purl.org/pie/"])
    func preAtom10NamespacesAreAtom(namespace: String) throws {
        let article = try entry("<title>Draft</title><link rel=\"alternate\" href=\"http://a.example/\"/>", namespace: namespace)
        #expect(article.title == "Draft")
        #expect(article.link == "http://a.example/")
    }

    @Test func base64TitlesAndContent() throws {
        // "Example <b>Atom</b>"
        let text = try entry("<title mode=\"base64\">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title><content mode=\"base64\">\n  RXhhbXBsZSA8Yj5BdG9tPC9iPg==\n</content>")
        #expect(text.title == "Example <b>Atom</b>")
        #expect(text.body == ["Example <b>Atom</b>"])
        let html = try entry("<title type=\"text/html\" mode=\"base64\">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>")
        #expect(html.title == "Example Atom")
        #expect(Base64.decode("not base64!") == nil)
        #expect(Base64.decode("QQ") == [0x41])
    }

    @Test func linksWithoutHrefGiveTheirTextOrAreSkipped() throws {
        let text = try entry("<link rel=\"enclosure\">http://e.example/x</link><link rel=\"alternate\">http://a.example/</link>")
        #expect(text.link == "http://a.example/")
        let skipped = try entry("<link rel=\"alternate\"/><link rel=\"alternate\" href=\"http://b.example/\"/>", namespace: "http://www.w3.org/2005/Atom")
        #expect(skipped.link == "http://b.example/")
    }

    @Test func datesInTheWild() {
        #expect(FeedDate.parse("Sat, Dec 16 2023 02:02:33 PM")?.iso8601 == "2023-12-16T14:02:33+00:00")
        #expect(FeedDate.parse("Dec 16, 2023 12:05 AM EST")?.iso8601 == "2023-12-16T00:05:00-05:00")
        #expect(FeedDate.parse("Sat, 16 Dec 2023 12:00:00 PM GMT")?.iso8601 == "2023-12-16T12:00:00+00:00")
        #expect(FeedDate.parse("2020/1/10 14:33:00")?.iso8601 == "2020-01-10T14:33:00+00:00")
        #expect(FeedDate.parse("2020/01/10")?.iso8601 == "2020-01-10T00:00:00+00:00")
        #expect(FeedDate.parse("2020/1/10 2:33 PM +0100")?.iso8601 == "2020-01-10T14:33:00+01:00")
        #expect(FeedDate.parse("2020/13/10") == nil)
        #expect(FeedDate.parse("Sat, 16 Dec 2023 13:00:00 PM") == nil)
    }

    @Test func jsonFeedDatesMayBeRFC822() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "x",
             "date_published": "Thu, 01 Jan 2004 19:48:21 GMT", "date_modified": "2004-01-02T00:00:00Z"}]}
            """
        let article = try #require(try feed(json).articles.first)
        #expect(article.published?.iso8601 == "2004-01-01T19:48:21+00:00")
        #expect(article.updated?.iso8601 == "2004-01-02T00:00:00+00:00")
    }
}
