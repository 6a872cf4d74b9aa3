import Foundation
import Testing

/// A NUL in a title was stored whole but read back cut at the NUL (GRDB reads text with
/// `String(cString:)`): the list, the reader and the bookmark snapshot showed "A ". The store
/// now keeps it as U+FFFD.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: NewsroomBinary.path), "newsroom binary not built"))
struct NulTextTests {
    @Test func aNulInATitleRoundTripsAsTheReplacementCharacter() throws {
        let bench = try FeedTestBench()
        let feed = #"""
            {"version": "https://jsonfeed.org/version/1.1", "title": "Nul \u0000 Feed",
             "items": [{"id": "1", "title": "A \u0000 B", "url": "https://nul.example/1", "content_text": "Body \u0000 text."}]}
            """#
        let path = try bench.write(Array(feed.utf8), to: "nul.json")
        let added = try bench.run(["add", path])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try bench.titles() == ["A \u{FFFD} B"])
        let text = try bench.run(["list"])
        #expect(text.stdout.contains("A \u{FFFD} B"), "\(text.stdout)")
        let rows = try #require(try bench.json(["list", "--json"]) as? [[String: Any]])
        let id = try #require(rows.first?["id"] as? String)
        #expect(try bench.run(["bookmarks", "add", id]).status == 0)
        let bookmarks = try #require(try bench.json(["bookmarks", "list", "--json"]) as? [[String: Any]])
        #expect(bookmarks.first?["title"] as? String == "A \u{FFFD} B")
        let exported = try bench.run(["bookmarks", "export", "--format", "markdown"])
        #expect(exported.stdout.contains("A \u{FFFD} B"), "\(exported.stdout)")
    }

    @Test func aRawNulByteInAnXMLTitleIsNotCutEither() throws {
        let bench = try FeedTestBench()
        var bytes = Array("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><guid>1</guid><title>A ".utf8)
        bytes += [0]
        bytes += Array(" B</title><description>d</description></item></channel></rss>".utf8)
        let path = try bench.write(bytes, to: "nul.xml")
        let added = try bench.run(["add", path])
        // A NUL is no XML character: the parser may refuse the file; it must never store "A ".
        if added.status == 0 {
            let titles = try bench.titles()
            #expect(titles.count == 1)
            #expect(titles.first?.hasSuffix("B") == true, "\(titles)")
        } else {
            #expect(try bench.titles().isEmpty)
        }
    }
}
