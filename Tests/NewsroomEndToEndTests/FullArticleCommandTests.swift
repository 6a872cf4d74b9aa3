import Foundation
import Testing

/// Full articles from the web with the real binary against a server on 127.0.0.1: `add URL`
/// and the reload of a feed tagged `full-article`.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: NewsroomBinary.path), "newsroom binary not built"))
struct FullArticleCommandTests {
    /// A news page whose text only the web page has ("electrification" is not in the feed).
    static func page(_ title: String) -> [UInt8] {
        let paragraphs = (1...5).map { number in
            "<p>Paragraph \(number) about \(title): the port authority signed the deal covering dredging, "
                + "a rail link and the electrification of the quays, paid for by the operators.</p>"
        }.joined()
        return Array("""
            <!doctype html><html><head><meta charset="utf-8"><title>\(title) | Rundschau</title>
            <meta property="og:title" content="\(title)"></head>
            <body><nav><a href="/">Home</a> <a href="/port">Port</a></nav>
            <article><h1>\(title)</h1>\(paragraphs)</article></body></html>
            """.utf8)
    }

    static func server() throws -> LocalHTTPServer {
        try LocalHTTPServer { request in
            switch request.path {
            case "/story": return .init(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: page("Harbour deal signed"))
            case "/a": return .init(status: 200, headers: [("Content-Type", "text/html")], body: page("Alpha in full"))
            case "/front":
                let links = (1...40).map { "<li><a href=\"/\($0)\">Headline number \($0)</a></li>" }.joined()
                return .init(status: 200, body: Array("<html><body><nav><ul>\(links)</ul></nav></body></html>".utf8))
            case "/image": return .init(status: 200, headers: [("Content-Type", "image/png")], body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
            default: return .init(status: 404)
            }
        }
    }

    @Test func addURLStoresThePagesArticleWithItsLink() throws {
        let server = try Self.server()
        defer { server.stop() }
        let bench = try FeedTestBench()
        let added = try bench.run(["add", server.url("/story")])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("pages: 1 added"))
        #expect(try bench.titles() == ["Harbour deal signed"])
        let found = try bench.run(["search", "electrification"])
        #expect(found.stdout.contains("Harbour deal signed"), "the page's text is indexed")
        // Added again: the same article, not a second one.
        let again = try bench.run(["add", server.url("/story")])
        #expect(again.stdout.contains("pages: 0 added, 0 updated, 1 unchanged"))
    }

    @Test func pagesWithoutAnArticleAreOneLineEachAndTheRestGoesIn() throws {
        let server = try Self.server()
        defer { server.stop() }
        let bench = try FeedTestBench()
        let result = try bench.run(["add", server.url("/front"), server.url("/image"), server.url("/gone"), server.url("/story")])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 3, "\(result.stderr)")
        #expect(lines.contains { $0.contains("/front") && $0.contains("no article found") })
        #expect(lines.contains { $0.contains("/gone") && $0.contains("404") })
        #expect(lines.contains { $0.contains("/image") })
        #expect(try bench.titles() == ["Harbour deal signed"])
    }

    @Test func aFullArticleFeedReadsAsFullArticlesAfterReload() throws {
        let server = try Self.server()
        defer { server.stop() }
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Port news</title>
            <item><title>Alpha</title><guid>a</guid><link>\(server.url("/a"))</link><description>Teaser only.</description></item>
            <item><title>Beta</title><guid>b</guid><link>\(server.url("/b-missing"))</link><description>Teaser only.</description></item>
            </channel></rss>
            """
        let bench = try FeedTestBench()
        let path = try bench.write(Array(feed.utf8), to: "port.xml")
        #expect(try bench.run(["subscribe", path, "--tag", "full-article"]).status == 0)
        let reload = try bench.run(["reload"])
        #expect(reload.stdout.contains("full articles: 1 loaded, 1 failed"), "\(reload.stdout)")
        #expect(try bench.run(["search", "electrification"]).stdout.contains("Alpha"))
        // Loaded once: the next reload asks only for the page that failed.
        let before = server.requests.filter { $0.path == "/a" }.count
        _ = try bench.run(["reload"])
        #expect(server.requests.filter { $0.path == "/a" }.count == before)
        #expect(server.requests.filter { $0.path == "/b-missing" }.count == 2)
    }
}
