import Foundation
import NewsroomCore
import NewsroomNet
import Testing

/// What a well-behaved exchange looks like: our headers, conditional GET, decoding, few
/// connections, scheme spelling.
@Suite struct HTTPFetcherProtocolTests {
    @Test func sendsUserAgentAndValidatorsAndKeepsA304() async throws {
        let server = try HostileHTTPServer { request, connection in
            if request.headers["if-none-match"] == "\"v1\"" {
                connection.respond(304)
            } else {
                connection.respond(200, headers: [("ETag", "\"v1\""), ("Last-Modified", "Tue, 01 Dec 2026 10:00:00 GMT")], body: sampleFeed)
            }
        }
        let fetcher = HTTPFetcher(timeout: 5)
        let first = try #require(await fetcher.fetch(server.url("/feed"), validators: nil, limits: .feed).response)
        #expect(first.status == 200)
        #expect(first.validators == HTTPValidators(etag: "\"v1\"", lastModified: "Tue, 01 Dec 2026 10:00:00 GMT"))
        let second = await fetcher.fetch(server.url("/feed"), validators: first.validators, limits: .feed)
        #expect(second.isNotModified)
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(requests.allSatisfy { $0.headers["user-agent"] == "newsroom/\(NewsroomVersion.string)" })
        #expect(requests[0].headers["if-none-match"] == nil)
        #expect(requests[1].headers["if-modified-since"] == "Tue, 01 Dec 2026 10:00:00 GMT")
    }

    @Test(arguments: [Compressed.Wrapper.gzip, .zlib, .raw])
    func compressedBodiesAreDecoded(wrapper: Compressed.Wrapper) async throws {
        let encoding = wrapper == .gzip ? "gzip" : "deflate"
        let server = try HostileHTTPServer { request, connection in
            #expect(request.headers["accept-encoding"] == "gzip, deflate")
            connection.respond(200, headers: [("Content-Encoding", encoding)], body: Compressed.compress(sampleFeed, wrapper))
        }
        let result = await HTTPFetcher(timeout: 5).fetch(server.url("/feed"), validators: nil, limits: .feed)
        #expect(result.response?.body == sampleFeed)
    }

    @Test func corruptGzipIsALine() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.respond(200, headers: [("Content-Encoding", "gzip")], body: Array("not gzip at all".utf8))
        }
        let result = await HTTPFetcher(timeout: 5).fetch(server.url("/feed"), validators: nil, limits: .feed)
        #expect(result.failure == "the server sent a corrupt gzip body")
    }

    @Test func uppercaseSchemeIsFetched() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.respond(200, body: sampleFeed)
        }
        let result = await HTTPFetcher(timeout: 5).fetch("HTTP://127.0.0.1:\(server.port)/feed", validators: nil, limits: .feed)
        #expect(result.response?.body == sampleFeed)
        #expect(result.response?.finalURL == server.url("/feed"))
    }

    @Test func atMostTwoConnectionsPerHost() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.pause(0.3)
            connection.respond(200, body: sampleFeed)
        }
        let fetcher = HTTPFetcher(timeout: 20)
        let bodies = await withTaskGroup(of: [UInt8]?.self) { group in
            for index in 0..<6 {
                group.addTask { await fetcher.fetch(server.url("/feed/\(index)"), validators: nil, limits: .feed).response?.body }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(bodies.count == 6 && bodies.allSatisfy { $0 == sampleFeed })
        #expect(server.mostConnectionsAtOnce <= 2)
    }
}

@Suite struct URLSchemeTests {
    @Test func schemesAreLowerCasedForTheWebAndFilesOnly() {
        #expect(URLScheme.lowercased("HTTP://Example.org/Feed") == "http://Example.org/Feed")
        #expect(URLScheme.lowercased("HttpS://example.org/") == "https://example.org/")
        #expect(URLScheme.lowercased("FILE:///tmp/A.xml") == "file:///tmp/A.xml")
        #expect(URLScheme.lowercased("Feeds:2024.xml") == "Feeds:2024.xml")
        #expect(URLScheme.lowercased("/Path/To:File") == "/Path/To:File")
        #expect(URLScheme.of("JavaScript:alert(1)") == "javascript")
        #expect(URLScheme.of("/no/scheme") == nil)
    }
}
