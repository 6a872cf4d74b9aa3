import Foundation
import Testing

/// `newsroom reload` against a server on 127.0.0.1 started by the test itself.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: NewsroomBinary.path), "newsroom binary not built"))
struct ReloadCommandTests {
    /// What the feeds serve; a test changes it between reloads.
    final class Content: @unchecked Sendable {
        private let lock = NSLock()
        private var version = 1
        func set(_ value: Int) { lock.lock(); version = value; lock.unlock() }
        var current: Int { lock.lock(); defer { lock.unlock() }; return version }
    }

    /// /etag (ETag), /modified (Last-Modified), /plain (no validators), /gzip (gzip body),
    /// /missing (404), /slow (past the timeout), /hop/N (redirects N times), /loop (forever),
    /// /private (401 asking for a password).
    static func server(_ content: Content) throws -> LocalHTTPServer {
        let gzipped = try FeedFixtures.gzip(FeedFixtures.rss("zipped", count: 20))
        return try LocalHTTPServer { request in
            let version = content.current
            switch request.path {
            case "/etag":
                let tag = "\"v\(version)\""
                if request.headers["if-none-match"] == tag { return .init(status: 304, headers: [("ETag", tag)]) }
                return .init(status: 200, headers: [("ETag", tag)], body: FeedFixtures.rss("etag", count: 30, version: version))
            case "/modified":
                let stamp = "Mon, 04 Mar 2024 09:1\(version):00 GMT"
                if request.headers["if-modified-since"] == stamp { return .init(status: 304) }
                return .init(status: 200, headers: [("Last-Modified", stamp)], body: FeedFixtures.rss("modified", count: 25))
            case "/plain":
                return .init(status: 200, body: FeedFixtures.rss("plain", count: 10))
            case "/gzip":
                guard request.headers["accept-encoding"]?.contains("gzip") == true else { return .init(status: 406) }
                return .init(status: 200, headers: [("Content-Encoding", "gzip")], body: gzipped)
            case "/missing":
                return .init(status: 404, body: Array("not here".utf8))
            case "/slow":
                return .init(status: 200, body: FeedFixtures.rss("slow", count: 1), delay: 4)
            case "/loop":
                return .init(status: 302, headers: [("Location", "/loop")])
            case "/private":
                return .init(status: 401, headers: [("WWW-Authenticate", "Basic realm=\"feeds\"")])
            default:
                if request.path.hasPrefix("/hop/"), let left = Int(request.path.dropFirst(5)) {
                    let next = left > 1 ? "/hop/\(left - 1)" : "/plain"
                    return .init(status: 301, headers: [("Location", next)])
                }
                return .init(status: 404)
            }
        }
    }

    static func summary(_ result: NewsroomBinary.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static func statuses(_ summary: [String: Any]) -> [String: String] {
        var out: [String: String] = [:]
        for feed in summary["results"] as? [[String: Any]] ?? [] {
            out[feed["url"] as? String ?? ""] = feed["status"] as? String
        }
        return out
    }

    @Test func reloadTwiceAddsNothingAndTheSecondIsConditional() throws {
        let content = Content()
        let server = try Self.server(content)
        defer { server.stop() }
        let bench = try FeedTestBench()
        for path in ["/etag", "/modified", "/plain", "/gzip"] {
            #expect(try bench.run(["subscribe", server.url(path)]).status == 0)
        }
        let first = try bench.run(["reload", "--json"])
        #expect(first.status == 0, "\(first.stderr)")
        let firstSummary = try Self.summary(first)
        #expect(firstSummary["new"] as? Int == 30 + 25 + 10 + 20)
        #expect(firstSummary["failed"] as? Int == 0)
        #expect(try bench.titles().count == 85)

        let second = try bench.run(["reload", "--json"])
        #expect(second.status == 0)
        let secondSummary = try Self.summary(second)
        #expect(secondSummary["new"] as? Int == 0)
        #expect(secondSummary["unchanged"] as? Int == 4)
        let statuses = Self.statuses(secondSummary)
        #expect(statuses[server.url("/etag")] == "not-modified")
        #expect(statuses[server.url("/modified")] == "not-modified")
        #expect(statuses[server.url("/plain")] == "unchanged")
        #expect(try bench.titles().count == 85)
        let etagRequests = server.requests.filter { $0.path == "/etag" }
        #expect(etagRequests.count == 2)
        #expect(etagRequests.last?.headers["if-none-match"] == "\"v1\"")
    }

    @Test func changedItemsUpdateInPlaceKeepingBookmarks() throws {
        let content = Content()
        let server = try Self.server(content)
        defer { server.stop() }
        let bench = try FeedTestBench()
        _ = try bench.run(["subscribe", server.url("/etag")])
        #expect(try bench.run(["reload"]).status == 0)
        let rows = try #require(try bench.json(["list", "--json"]) as? [[String: Any]])
        let id = try #require(rows.first?["id"] as? String)
        #expect(try bench.run(["bookmarks", "add", id]).status == 0)

        content.set(2)
        let reloaded = try bench.run(["reload", "--json"])
        let summary = try Self.summary(reloaded)
        #expect(summary["new"] as? Int == 0)
        #expect(summary["updated"] as? Int == 30)
        let titles = try bench.titles()
        #expect(titles.count == 30)
        #expect(titles.allSatisfy { $0.hasSuffix(" v2") })
        let bookmarks = try bookmarkIDs(try bench.run(["bookmarks", "list", "--json"]).stdout)
        #expect(bookmarks == [id])
    }

    @Test func failingFeedsDoNotStopTheOthers() throws {
        let server = try Self.server(Content())
        defer { server.stop() }
        let bench = try FeedTestBench()
        let file = try bench.write(FeedFixtures.rss("file", count: 3), to: "local.xml")
        let broken = try bench.write(Array("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [".utf8), to: "broken.json")
        let locations = [
            server.url("/missing"), server.url("/slow"), server.url("/loop"), server.url("/hop/3"),
            "file://" + file, broken, server.url("/plain"), "http://127.0.0.1:1/refused",
        ]
        for location in locations { _ = try bench.run(["subscribe", location]) }
        let started = Date()
        let result = try bench.run(["reload", "--json", "--timeout", "1.5"])
        #expect(Date().timeIntervalSince(started) < 4)
        #expect(result.status == 1)
        let summary = try Self.summary(result)
        let statuses = Self.statuses(summary)
        #expect(statuses[server.url("/hop/3")] == "fetched")
        #expect(statuses["file://" + file] == "fetched")
        #expect(statuses[server.url("/plain")] == "fetched")
        let results = summary["results"] as? [[String: Any]] ?? []
        func error(_ url: String) -> String? { results.first { $0["url"] as? String == url }?["error"] as? String }
        #expect(error(server.url("/missing")) == "HTTP 404")
        #expect(error(server.url("/slow")) == "timed out")
        #expect(error(server.url("/loop")) == "too many redirects (more than 5)")
        #expect(statuses[broken] == "failed")
        #expect(statuses["http://127.0.0.1:1/refused"] == "failed")
        // /hop/3 ends at /plain but is its own subscription: its items are its own too.
        #expect(summary["new"] as? Int == 3 + 10 + 10)
        #expect(error(broken)?.hasPrefix("not a readable feed: invalid JSON") == true)

        let text = try bench.run(["reload", "--timeout", "1.5"])
        #expect(text.stdout.contains("failed \(server.url("/missing")): HTTP 404\n"))
        let feeds = try #require(try bench.json(["feeds", "--json"]) as? [[String: Any]])
        #expect(feeds.first { $0["url"] as? String == server.url("/missing") }?["error"] as? String == "HTTP 404")
    }

    @Test func uppercaseSchemeIsSubscribedLowerCaseAndPasswordsAreNeverSent() throws {
        let server = try Self.server(Content())
        defer { server.stop() }
        let bench = try FeedTestBench()
        let shouted = "HTTP://127.0.0.1:\(server.port)/plain"
        let subscribed = try bench.run(["subscribe", shouted])
        #expect(subscribed.stdout == "subscribed \(server.url("/plain"))\n")
        _ = try bench.run(["subscribe", server.url("/private")])
        let result = try bench.run(["reload", "--json", "--timeout", "3"])
        let statuses = Self.statuses(try Self.summary(result))
        #expect(statuses[server.url("/plain")] == "fetched")
        let text = try bench.run(["reload", "--timeout", "3"])
        #expect(text.stdout.contains(
            "failed \(server.url("/private")): the server requires a password (HTTP 401); newsroom does not send credentials\n"))
        #expect(server.requests.allSatisfy { $0.headers["authorization"] == nil })
    }

    @Test func theResponsesCharsetDecidesOverTheXMLDeclaration() throws {
        // "Щи" in KOI8-R, in a feed that claims windows-1251; the server says KOI8-R.
        let feed = Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>t</title><item><title>".utf8)
            + [0xFD, 0xC9] + Array("</title><guid>k1</guid></item></channel></rss>".utf8)
        let server = try LocalHTTPServer { request in
            switch request.path {
            case "/koi8": return .init(status: 200, headers: [("Content-Type", "application/rss+xml; charset=KOI8-R")], body: feed)
            case "/klingon": return .init(status: 200, headers: [("Content-Type", "text/xml; charset=x-klingon")], body: feed)
            default: return .init(status: 404)
            }
        }
        defer { server.stop() }
        let bench = try FeedTestBench()
        _ = try bench.run(["subscribe", server.url("/koi8")])
        _ = try bench.run(["subscribe", server.url("/klingon")])
        let result = try bench.run(["reload", "--json"])
        #expect(try bench.titles() == ["Щи"])
        let results = try Self.summary(result)["results"] as? [[String: Any]] ?? []
        let klingon = results.first { $0["url"] as? String == server.url("/klingon") }
        #expect(klingon?["error"] as? String == "not a readable feed: unknown character encoding \"x-klingon\"")
    }

    @Test func parseAndAddTakeFeedFiles() throws {
        let bench = try FeedTestBench()
        let path = try bench.write(FeedFixtures.rss("saved", count: 4), to: "saved.xml")
        let parsed = try NewsroomBinary.run(["parse", path, "--json"])
        #expect(parsed.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [String: Any])
        #expect((object["articles"] as? [Any])?.count == 4)
        let text = try NewsroomBinary.run(["parse", path])
        #expect(text.stdout.contains("saved item 3 v1"))
        let bomb = try bench.write(Array("<!DOCTYPE rss [<!ENTITY a \"x\">]><rss/>".utf8), to: "bomb.xml")
        let refused = try NewsroomBinary.run(["parse", bomb])
        #expect(refused.status == 2)
        #expect(refused.stderr.split(separator: "\n").count == 1)

        let added = try bench.run(["add", path])
        #expect(added.stdout.hasPrefix("added 4, updated 0, unchanged 0, failed 0\nindexed 4 articles in "))
        let again = try bench.run(["add", path])
        #expect(again.stdout == "added 0, updated 0, unchanged 4, failed 0\n")
    }
}
