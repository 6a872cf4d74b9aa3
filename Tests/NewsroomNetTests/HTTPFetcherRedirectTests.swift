import NewsroomNet
import Testing

/// Redirects are ours to follow: at most five, http(s) only, each refusal one line.
@Suite struct HTTPFetcherRedirectTests {
    /// /hop/N redirects N times (relative Locations), then serves the feed.
    static func hops() throws -> HostileHTTPServer {
        try HostileHTTPServer { request, connection in
            if request.path.hasPrefix("/hop/"), let left = Int(request.path.dropFirst(5)), left > 0 {
                connection.respond(302, headers: [("Location", "/hop/\(left - 1)")])
            } else {
                connection.respond(200, headers: [("Content-Type", "application/rss+xml")], body: sampleFeed)
            }
        }
    }

    @Test func fiveRedirectsAreFollowed() async throws {
        let server = try Self.hops()
        let result = await HTTPFetcher(timeout: 5).fetch(server.url("/hop/5"), validators: nil, limits: .feed)
        let response = try #require(result.response)
        #expect(response.body == sampleFeed)
        #expect(response.finalURL == server.url("/hop/0"))
        #expect(response.contentType == "application/rss+xml")
    }

    @Test func aSixthRedirectIsTooMany() async throws {
        let server = try Self.hops()
        let result = await HTTPFetcher(timeout: 5).fetch(server.url("/hop/6"), validators: nil, limits: .feed)
        #expect(result.failure == "too many redirects (more than 5)")
        #expect(server.requests.count == 6)
    }

    @Test func aLoopEndsAsTooManyRedirects() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.respond(301, headers: [("Location", "/loop")])
        }
        let result = await HTTPFetcher(timeout: 5).fetch(server.url("/loop"), validators: nil, limits: .feed)
        #expect(result.failure == "too many redirects (more than 5)")
    }

    @Test func aRedirectWithoutLocationIsALine() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.respond(301)
        }
        let result = await HTTPFetcher(timeout: 5).fetch(server.url("/moved"), validators: nil, limits: .feed)
        #expect(result.failure == "redirect (HTTP 301) without a Location header")
    }

    @Test(arguments: ["file:///etc/passwd", "FILE:///etc/passwd", "ftp://127.0.0.1/feed", "javascript:alert(1)"])
    func redirectsLeaveOnlyForTheWeb(target: String) async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.respond(302, headers: [("Location", target)])
        }
        let result = await HTTPFetcher(timeout: 5).fetch(server.url("/away"), validators: nil, limits: .feed)
        let scheme = target.prefix { $0 != ":" }.lowercased()
        #expect(result.failure == "redirect to \(scheme): refused")
        #expect(server.requests.count == 1)
    }
}
