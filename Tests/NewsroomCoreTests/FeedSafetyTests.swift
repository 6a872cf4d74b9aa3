import Testing
@testable import NewsroomCore

@Suite struct FeedSafetyTests {
    @Test func entityDeclaringDoctypeIsRefused() throws {
        for name in ["entity-bomb.xml", "external-entity.xml"] {
            #expect(throws: InputError.malformed("the feed's DOCTYPE declares entities, which are refused for safety")) {
                try parsedFeed(name)
            }
        }
    }

    @Test func hugeEntityBombIsRefusedBeforeAnyExpansion() {
        // One 1 MB entity used 100,000 times: expanding it would need 100 GB.
        let big = String(repeating: "x", count: 1_000_000)
        let uses = String(repeating: "&big;", count: 100_000)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \"\(big)\">]><rss><channel><title>\(uses)</title></channel></rss>"
        #expect(throws: InputError.self) { try feed(xml) }
    }

    @Test func doctypeWithoutEntitiesIsSkipped() throws {
        let parsed = try feed("<!DOCTYPE rss [ <!ELEMENT rss ANY> ]><rss><channel><title>T</title></channel></rss>")
        #expect(parsed.title == "T")
    }

    @Test func undeclaredEntityStaysLiteral() throws {
        let parsed = try feed("<rss><channel><title>a &unknown; b &eacute;</title></channel></rss>")
        #expect(parsed.title == "a &unknown; b é")
    }

    @Test func nestingIsBounded() throws {
        let deep = String(repeating: "<x>", count: 10_000)
        #expect(throws: InputError.malformed("the feed nests elements deeper than 256 levels")) {
            try feed("<rss><channel>\(deep)")
        }
        let fine = String(repeating: "<x>", count: 200) + String(repeating: "</x>", count: 200)
        #expect(try feed("<rss><channel><title>ok</title>\(fine)</channel></rss>").title == "ok")
    }

    @Test func feedOverTenMegabytesParses() throws {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>\n"
        let filler = String(repeating: "Lorem ipsum harbour news. ", count: 20)
        let count = 22_000
        for n in 0..<count {
            xml += "<item><title>Item \(n)</title><link>https://big.example/\(n)</link><description>&lt;p&gt;\(filler)&lt;/p&gt;</description></item>\n"
        }
        xml += "</channel></rss>"
        #expect(xml.utf8.count > 10_000_000)
        let parsed = try feed(xml)
        #expect(parsed.articles.count == count)
        #expect(parsed.articles.last?.title == "Item \(count - 1)")
        #expect(parsed.articles.last?.link == "https://big.example/\(count - 1)")
    }

    @Test func truncatedAndGarbageInputsDoNotCrash() throws {
        let full = Array(try feedFixture("atom-full.xml"))
        for cut in stride(from: 0, to: full.count, by: 97) {
            _ = try? InputParser.parseFeed(bytes: Array(full[..<cut]))
        }
        _ = try? feed("<rss><channel><item><title>a</item></title></channel><item>")
        _ = try? feed("<rss <<<>>> </// <![CDATA[ <!-- ")
    }
}
