import Foundation
import Testing

/// `f` in the real reader: the open feed item's web page (a server on 127.0.0.1) is fetched,
/// its article shown in the pane in place of the teaser, with its editor, and stored.
@Suite(.enabled(if: Reader.canRun, Comment(rawValue: Reader.skipMessage)))
struct ReaderFullArticleKeyTests {
    static func page() -> [UInt8] {
        let paragraphs = (1...5).map { number in
            "<p>Paragraph \(number): the port authority signed the deal covering dredging, a rail link "
                + "and the electrification of the quays, paid for by the operators and the city.</p>"
        }.joined()
        return Array("""
            <!doctype html><html><head><meta charset="utf-8"><title>Harbour deal</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Harbour deal signed","datePublished":"2024-03-04T09:15:00+01:00",
            "author":{"@type":"Person","name":"Dana Editor","email":"dana@rundschau.example"}}</script></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Harbour deal signed</h1>\(paragraphs)</article></body></html>
            """.utf8)
    }

    @Test func fShowsTheWebPagesArticleInThePaneAndKeepsIt() throws {
        let server = try LocalHTTPServer { request in
            request.path == "/story" ? .init(status: 200, headers: [("Content-Type", "text/html")], body: Self.page()) : .init(status: 404)
        }
        defer { server.stop() }
        let folder = try StoreTestFolder()
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Port news</title>
            <item><title>Harbour deal signed</title><guid>h1</guid><link>\(server.url("/story"))</link>
            <description>Teaser only.</description></item></channel></rss>
            """
        let feedPath = folder.path + "/port.xml"
        try feed.write(toFile: feedPath, atomically: true, encoding: .utf8)
        let added = try NewsroomBinary.run(["add", feedPath, "--db", folder.database])
        try #require(added.status == 0, "\(added.stderr)")

        // Side by side (160 columns): the article pane has the rows for the whole article.
        let pane = try Reader.start([], in: folder, width: 160)
        defer { pane.close() }
        try Reader.waitForList(pane)
        try pane.sendKeys("Enter")
        try pane.waitFor("Teaser only.")
        try pane.sendKeys("f")
        let screen = try pane.waitFor("Paragraph 2: the port authority")
        #expect(screen.contains("Dana Editor"), "the editor box")
        #expect(server.requests.map { $0.path } == ["/story"])
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
        // Stored: found by search, offline.
        let found = try NewsroomBinary.run(["search", "electrification", "--db", folder.database])
        #expect(found.stdout.contains("Harbour deal signed"))
    }
}
