import Testing
@testable import NewsroomCore

/// Encodings, BOM, CRLF, sniffing and hostile bytes.
@Suite struct FeedInputTests {
    @Test func sniffsEveryFormat() throws {
        #expect(FeedFormat.sniff(try feedFixture("rss2-full.xml")) == .rss)
        #expect(FeedFormat.sniff(try feedFixture("rss091-netscape.xml")) == .rss)
        #expect(FeedFormat.sniff(try feedFixture("rss1-rdf.xml")) == .rdf)
        #expect(FeedFormat.sniff(try feedFixture("atom-full.xml")) == .atom)
        #expect(FeedFormat.sniff(try feedFixture("jsonfeed.json")) == .jsonFeed)
        #expect(FeedFormat.sniff(try feedFixture("bom-crlf.xml")) == .rss)
        #expect(FeedFormat.sniff(Array("<!-- c --><?pi x?>\n<html><body/></html>".utf8)) == .unknown)
        #expect(FeedFormat.sniff(Array("• Headline\nPUBLICATION > Section - Title\n".utf8)) == .dump)
        #expect(FeedFormat.sniff([]) == .dump)
    }

    @Test func unknownXMLIsAClearError() {
        #expect(throws: InputError.self) { try InputParser.parse(bytes: Array("<html><p>hi</p></html>".utf8)) }
        #expect(throws: InputError.empty) { try InputParser.parseFeed(bytes: []) }
    }

    @Test func parseReturnsFeeds() throws {
        guard case .feed(let feed) = try InputParser.parse(bytes: feedFixture("atom-full.xml")) else {
            Issue.record("expected a feed")
            return
        }
        #expect(feed.articles.count == 3)
    }

    @Test func bomAndCRLF() throws {
        let feed = try parsedFeed("bom-crlf.xml")
        #expect(feed.title == "BOM Times")
        #expect(feed.articles[0].title == "Line ends")
        #expect(feed.articles[0].body == ["one\n  two"])
    }

    @Test func latin1() throws {
        let feed = try parsedFeed("rss-latin1.xml")
        #expect(feed.title == "Grüner Bote")
        // ISO-8859-1 is read as windows-1252 (0x96 is an en dash, 0x80 the euro sign).
        #expect(feed.articles[0].title == "Straßenfest in Köln – € 5")
        #expect(feed.articles[0].teaser == "Café & Bäckerei")
    }

    @Test func wrongEncodingDeclarations() throws {
        for name in ["wrong-encoding-says-latin1.xml", "wrong-encoding-says-utf8.xml"] {
            let feed = try parsedFeed(name)
            #expect(feed.title == "Grüner Bote", "\(name)")
            #expect(feed.articles[0].title == "Café opens", "\(name)")
        }
    }

    @Test func utf16WithBOM() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><title>Zürich</title></channel></rss>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes.append(UInt8(unit & 0xFF)); bytes.append(UInt8(unit >> 8)) }
        #expect(try InputParser.parseFeed(bytes: bytes).title == "Zürich")
    }

    @Test func hostileControlCharactersAreKeptVerbatim() throws {
        let feed = try parsedFeed("hostile-controls.xml")
        #expect(feed.title == "Esc\u{1B}[31m Press")
        #expect(feed.articles[0].title == "Red\u{1B}[31malert\u{07} \u{1B}x \u{202E}y")
        #expect(feed.articles[0].teaser == "a\u{01}b")
        // ... and the one sanitizer removes them on the way to a screen.
        #expect(!Sanitizer.display(feed.articles[0].title).unicodeScalars.contains("\u{1B}"))
    }

    @Test func invalidUTF8BecomesReplacementCharacter() throws {
        // Declared UTF-8 but mixed: valid UTF-8 elsewhere, so not read as windows-1252.
        var bytes = Array("<rss><channel><title>ok é</title><item><title>bad ".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("</title></item></channel></rss>".utf8)
        let feed = try InputParser.parseFeed(bytes: bytes)
        #expect(feed.articles[0].title.unicodeScalars.contains("\u{FFFD}") || feed.articles[0].title == "bad Ã(")
    }
}
