import Foundation
import Testing

/// `subscribe`, `unsubscribe`, `feeds`, `import-opml`, `export-opml` through the real binary.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: NewsroomBinary.path), "newsroom binary not built"))
struct SubscriptionCommandTests {
    @Test func subscribeListsTagsAndUnsubscribeRemoves() throws {
        let bench = try FeedTestBench()
        let added = try bench.run(["subscribe", "https://news.example/feed.xml", "--tag", "world", "--tag", "long reads"])
        #expect(added.status == 0)
        let text = try String(contentsOfFile: bench.urls, encoding: .utf8)
        #expect(text == "https://news.example/feed.xml world \"long reads\"\n")

        let feeds = try #require(try bench.json(["feeds", "--json"]) as? [[String: Any]])
        #expect(feeds.count == 1)
        #expect(feeds.first?["url"] as? String == "https://news.example/feed.xml")
        #expect(feeds.first?["tags"] as? [String] == ["world", "long reads"])
        #expect(feeds.first?["items"] as? Int == 0)
        #expect(feeds.first?["status"] is NSNull)

        let removed = try bench.run(["unsubscribe", "https://news.example/feed.xml"])
        #expect(removed.status == 0)
        #expect(try bench.json(["feeds", "--json"]) as? [Any] != nil)
        #expect((try bench.json(["feeds", "--json"]) as? [Any])?.isEmpty == true)
        let again = try bench.run(["unsubscribe", "https://news.example/feed.xml"])
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("newsroom: ") && again.stderr.split(separator: "\n").count == 1)
    }

    @Test func handEditedUrlsFileIsTheSourceOfTruth() throws {
        let bench = try FeedTestBench()
        try Data("# my feeds\n\nhttps://a.example/rss tech \"two words\"\n  https://b.example/atom\n".utf8)
            .write(to: URL(fileURLWithPath: bench.urls))
        let feeds = try #require(try bench.json(["feeds", "--json"]) as? [[String: Any]])
        #expect(feeds.map { $0["url"] as? String } == ["https://a.example/rss", "https://b.example/atom"])
        #expect(feeds.first?["tags"] as? [String] == ["tech", "two words"])
        _ = try bench.run(["subscribe", "https://c.example/feed"])
        let text = try String(contentsOfFile: bench.urls, encoding: .utf8)
        #expect(text.hasPrefix("# my feeds\n\nhttps://a.example/rss tech \"two words\"\n"))
        #expect(text.hasSuffix("https://c.example/feed\n"))
    }

    /// A urls file written on Windows: `unsubscribe` of its first feed used to delete every line.
    @Test func unsubscribeInACrlfFileKeepsTheOtherFeeds() throws {
        let bench = try FeedTestBench()
        try Data("# mine\r\nhttps://a.example/rss\r\nhttps://b.example/atom tech\r\n".utf8)
            .write(to: URL(fileURLWithPath: bench.urls))
        let feeds = try #require(try bench.json(["feeds", "--json"]) as? [[String: Any]])
        #expect(feeds.map { $0["url"] as? String } == ["https://a.example/rss", "https://b.example/atom"])
        let removed = try bench.run(["unsubscribe", "https://a.example/rss"])
        #expect(removed.status == 0)
        let text = try String(contentsOfFile: bench.urls, encoding: .utf8)
        #expect(text == "# mine\r\nhttps://b.example/atom tech\r\n")
    }

    @Test(arguments: ["javascript:alert(1)", "exec:rm -rf /", "filter:/bin/sh:http://x.example", "ftp://x.example/f"])
    func commandLikeLocationsAreRefused(_ location: String) throws {
        let bench = try FeedTestBench()
        let result = try bench.run(["subscribe", location])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("newsroom: ") && result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: bench.urls))
    }

    @Test func opmlRoundTripKeepsUrlsAndTags() throws {
        let bench = try FeedTestBench()
        let opml = """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>x</title></head><body>
              <outline text="News">
                <outline text="Local" title="Local">
                  <outline type="rss" text="Harbour" xmlUrl="https://harbour.example/rss" category="/ports,ships"/>
                </outline>
                <outline type="rss" text="World &amp; more" xmlUrl="https://world.example/atom?a=1&amp;b=2"/>
              </outline>
              <outline type="rss" text="Loose" xmlUrl="http://loose.example/feed.json"/>
            </body></opml>
            """
        let path = try bench.write(Array(opml.utf8), to: "in.opml")
        let imported = try bench.run(["import-opml", path])
        #expect(imported.status == 0)
        #expect(imported.stdout == "subscribed 3, skipped 0\n")
        let first = try String(contentsOfFile: bench.urls, encoding: .utf8)
        #expect(first == """
            https://harbour.example/rss News Local ports ships
            https://world.example/atom?a=1&b=2 News
            http://loose.example/feed.json

            """)

        let exported = try bench.run(["export-opml"])
        #expect(exported.status == 0)
        #expect(exported.stdout.contains("<opml version=\"2.0\">"))
        #expect(exported.stdout.contains("xmlUrl=\"https://world.example/atom?a=1&amp;b=2\" category=\"News\""))

        let other = try FeedTestBench()
        let exportedPath = try other.write(Array(exported.stdout.utf8), to: "out.opml")
        #expect(try other.run(["import-opml", exportedPath]).status == 0)
        #expect(try String(contentsOfFile: other.urls, encoding: .utf8) == first)
    }

    @Test func opmlDeclaringEntitiesIsRefused() throws {
        let bench = try FeedTestBench()
        let opml = """
            <?xml version="1.0"?>
            <!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.example/&b;"/></body></opml>
            """
        let path = try bench.write(Array(opml.utf8), to: "bomb.opml")
        let result = try bench.run(["import-opml", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("entities"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: bench.urls))
    }

    @Test func hostileOpmlUrlsAreSkippedAndNeverRun() throws {
        let bench = try FeedTestBench()
        let marker = bench.folder.path + "/pwned"
        let opml = """
            <opml version="2.0"><body>
              <outline text="js" xmlUrl="javascript:alert(1)"/>
              <outline text="exec" xmlUrl="exec:touch \(marker)"/>
              <outline text="shell" xmlUrl="$(touch \(marker))"/>
              <outline text="semi" xmlUrl="http://ok.example/feed;touch%20x"/>
            </body></opml>
            """
        let path = try bench.write(Array(opml.utf8), to: "hostile.opml")
        let result = try bench.run(["import-opml", path])
        #expect(result.status == 0)
        #expect(result.stdout == "subscribed 1, skipped 3\n")
        #expect(try String(contentsOfFile: bench.urls, encoding: .utf8) == "http://ok.example/feed;touch%20x\n")
        // Reloading (the one URL fails: no such host on a loopback-only machine) runs nothing.
        _ = try bench.run(["reload", "--timeout", "3"])
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    /// newsboat runs `exec:` lines of the urls file: a line break in a tag, from an OPML
    /// `category` or from `--tag`, used to write a line of its own.
    @Test func tagsWithLineBreaksNeverStartALineOfTheUrlsFile() throws {
        let bench = try FeedTestBench()
        let opml = """
            <opml version="2.0"><body>
              <outline text="x" xmlUrl="https://a.example/rss" category="a&#13;&#10;exec:touch /tmp/pwned"/>
              <outline text="&#10;exec:y" xmlUrl="https://c.example/rss"/>
            </body></opml>
            """
        let path = try bench.write(Array(opml.utf8), to: "categories.opml")
        let imported = try bench.run(["import-opml", path])
        #expect(imported.status == 0)
        let subscribed = try bench.run(["subscribe", "https://b.example/rss", "--tag", "t\nexec:x", "--tag", "u\u{1B}[2J"])
        #expect(subscribed.status == 0)
        let text = try String(contentsOfFile: bench.urls, encoding: .utf8)
        #expect(text == "https://a.example/rss \"a  exec:touch /tmp/pwned\"\nhttps://c.example/rss\nhttps://b.example/rss \"t exec:x\" \"u [2J\"\n")
    }
}
