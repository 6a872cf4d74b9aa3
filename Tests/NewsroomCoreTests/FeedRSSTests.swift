import Testing
@testable import NewsroomCore

@Suite struct FeedRSSTests {
    @Test func channelFields() throws {
        let feed = try parsedFeed("rss2-full.xml")
        #expect(feed.format == .rss)
        #expect(feed.title == "Harbour Gazette")
        #expect(feed.link == "https://gazette.example/")
        #expect(feed.description == "News from the harbour town")
        #expect(feed.updated?.iso8601 == "2024-03-05T18:00:00+00:00")
        #expect(feed.articles.map(\.title) == ["Ferry & Tug Crews Agree on New Timetable", "Lighthouse reopens", "Market day moved"])
    }

    @Test func fullItem() throws {
        let item = try parsedFeed("rss2-full.xml").articles[0]
        #expect(item.publication == "Harbour Gazette")
        #expect(item.link == "https://gazette.example/2024/03/ferry-timetable")
        #expect(item.guid == "gazette-4711")
        // pubDate wins over dc:date.
        #expect(item.published?.iso8601 == "2024-03-04T09:15:00+01:00")
        #expect(item.contacts == [
            Contact(name: "Mara Lindqvist"), Contact(name: "Tomas Reyes"),
            Contact(name: "Harbour Desk", email: "desk@gazette.example"),
        ])
        #expect(item.section == "Transport")
        // Escaped HTML with &amp;amp; decodes to a single &.
        #expect(item.teaser == "The harbour authority & the unions signed on Monday.")
        #expect(item.body == [
            "The harbour authority and the ferry unions signed the new timetable.",
            "What changes",
            "• Earlier first crossing",
            "• Later last crossing",
            "CO2 savings are expected to follow.",
        ])
        #expect(item.links == ["https://gazette.example/timetable.pdf"])
        #expect(item.enclosures == ["https://gazette.example/audio/ferry.mp3"])
        #expect(item.updated == nil)
    }

    @Test func permalinkGuidIsTheLinkAndDcDateStandsInForABadPubDate() throws {
        let item = try parsedFeed("rss2-full.xml").articles[1]
        #expect(item.link == "https://gazette.example/2024/03/lighthouse")
        #expect(item.guid == "https://gazette.example/2024/03/lighthouse")
        #expect(item.published?.iso8601 == "2024-03-03T12:30:00+02:00")
        #expect(item.section == "Culture")
        #expect(item.teaser == "Visitors may climb the tower again. From April on, daily.")
        // No content:encoded: the description's paragraphs (HTML: a blank line is only space).
        #expect(item.body == ["Visitors may climb the tower again. From April on, daily."])
    }

    @Test func nonPermalinkGuidIsNoLinkAndChannelDateIsNotCopied() throws {
        let item = try parsedFeed("rss2-full.xml").articles[2]
        #expect(item.link == nil)
        #expect(item.guid == "market-2024")
        #expect(item.published == nil)
        #expect(item.contacts.isEmpty)
        #expect(item.section == nil)
    }

    @Test func rss091WithNetscapeDoctype() throws {
        let feed = try parsedFeed("rss091-netscape.xml")
        #expect(feed.title == "Valley Courier")
        #expect(feed.articles.count == 1)
        #expect(feed.articles[0].title == "Bridge repairs finished")
        #expect(feed.articles[0].link == "https://courier.example/bridge")
        #expect(feed.articles[0].body == ["Traffic flows again over the old bridge."])
    }

    @Test func rdf() throws {
        let feed = try parsedFeed("rss1-rdf.xml")
        #expect(feed.format == .rdf)
        #expect(feed.title == "Lakeside Observer")
        #expect(feed.updated?.iso8601 == "2024-02-01T08:00:00+00:00")
        #expect(feed.articles.count == 2)
        let first = feed.articles[0]
        #expect(first.title == "Council approves budget")
        #expect(first.link == "https://observer.example/a1")
        #expect(first.guid == "https://observer.example/a1")
        #expect(first.contacts == [Contact(name: "Ines Okafor")])
        #expect(first.section == "Politics")
        #expect(first.published?.iso8601 == "2024-01-31T17:45:00+01:00")
        #expect(first.teaser == "The vote was 9 to 4.")
        #expect(feed.articles[1].published?.iso8601 == "2024-01-30T00:00:00+00:00")
        #expect(feed.articles[1].teaser == nil)
        #expect(feed.articles[1].body == [])
    }

    @Test func missingTitlesDuplicateGuidsAndOrder() throws {
        let feed = try parsedFeed("rss-odd.xml")
        #expect(feed.title == nil)
        #expect(feed.articles.count == 4)
        let untitled = feed.articles[0]
        #expect(untitled.publication == nil)
        #expect(untitled.title.hasPrefix("An item without a title: the lake froze"))
        #expect(untitled.title.hasSuffix("…"))
        #expect(untitled.title.count <= 81)
        // Blank title, nothing else to show: the link.
        #expect(feed.articles[1].title == "https://odd.example/2")
        // Duplicate guids: both items kept, in feed order (the store decides identity).
        #expect(feed.articles[2].title == "First copy")
        #expect(feed.articles[3].title == "Second copy")
        #expect(feed.articles[2].guid == feed.articles[3].guid)
    }

    @Test func zeroItems() throws {
        let feed = try parsedFeed("rss-empty.xml")
        #expect(feed.title == "Quiet Weekly")
        #expect(feed.articles.isEmpty)
    }

    @Test func cdataTitleAndNamespacedCreatorWithOtherPrefix() throws {
        let parsed = try feed("""
            <rss version="2.0" xmlns:d="http://purl.org/dc/elements/1.1/"><channel><title><![CDATA[A & <B>]]></title>
            <item><title><![CDATA[Ports <re>open]]></title><d:creator> Ada  Lee </d:creator><d:creator/></item></channel></rss>
            """)
        #expect(parsed.title == "A & <B>")
        #expect(parsed.articles[0].title == "Ports <re>open")
        #expect(parsed.articles[0].contacts == [Contact(name: "Ada Lee")])
    }

    /// The reader remembers resolved names; a prefix bound again still resolves by the
    /// bindings in force there.
    @Test func aPrefixBoundAgainResolvesToItsNewNamespace() throws {
        let parsed = try feed("""
            <rss version="2.0"><channel><title>N</title>
            <item xmlns:d="http://purl.org/dc/elements/1.1/"><title>One</title><d:creator>Ann</d:creator></item>
            <item xmlns:d="http://example.com/not-dublin-core"><title>Two</title><d:creator>Bob</d:creator></item>
            <item><title>Three</title><d:creator>Cy</d:creator></item>
            <item xmlns:d="http://purl.org/dc/elements/1.1/"><title>Four</title><d:creator>Di</d:creator></item>
            </channel></rss>
            """)
        #expect(parsed.articles.map(\.title) == ["One", "Two", "Three", "Four"])
        // Item three declares nothing: `d` is undeclared there and not a conventional prefix
        // (`dc` is), so Cy is no creator either.
        #expect(parsed.articles.map { $0.contacts.map(\.name) } == [["Ann"], [], [], ["Di"]])
    }

    @Test func rssAuthorForms() {
        #expect(FeedText.contact(fromRSSAuthor: "ed@x.example (Ed Sand)") == Contact(name: "Ed Sand", email: "ed@x.example"))
        #expect(FeedText.contact(fromRSSAuthor: "Ed Sand <ed@x.example>") == Contact(name: "Ed Sand", email: "ed@x.example"))
        #expect(FeedText.contact(fromRSSAuthor: "ed@x.example") == Contact(name: "ed@x.example", email: "ed@x.example"))
        #expect(FeedText.contact(fromRSSAuthor: "Ed Sand") == Contact(name: "Ed Sand"))
        #expect(FeedText.contact(fromRSSAuthor: "  ") == nil)
    }

    @Test func categoryFallsBackToDcSubjectAndEmptyCategoryIsSkipped() throws {
        let parsed = try feed("""
            <rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
            <item><title>a</title><category> </category><dc:subject>Science</dc:subject></item>
            <item><title>b</title><category></category></item></channel></rss>
            """)
        #expect(parsed.articles[0].section == "Science")
        #expect(parsed.articles[1].section == nil)
    }
}
