import Foundation
import NewsroomNet
import Testing

/// Servers that misbehave: each fetch ends in one line, in time, with bounded memory.
@Suite struct HTTPFetcherHostileTests {
    @Test func partialHeadersThenCloseIsALineNotACrash() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.send("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nX-Half: ")
        }
        let result = await HTTPFetcher(timeout: 5).fetch(server.url("/feed"), validators: nil, limits: .feed)
        #expect(result.failure == "the server closed the connection before the response was complete")
    }

    @Test func bodyCutShortOfItsContentLengthIsALine() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.send("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n<rss>")
        }
        let result = await HTTPFetcher(timeout: 5).fetch(server.url("/feed"), validators: nil, limits: .feed)
        #expect(result.failure == "the server closed the connection before the response was complete")
    }

    /// One byte every 2 s never trips a read timeout; the total deadline ends it, and the
    /// client really lets go then (the server sees its side close).
    @Test func dripFeedEndsAtTheTotalDeadline() async throws {
        let closed = Box<Date>()
        let server = try HostileHTTPServer { _, connection in
            connection.send("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
            Thread { closed.set(connection.waitForClientClose(limit: 20)) }.start()
            while connection.pause(2), connection.send("x") {}
        }
        let started = Date()
        let result = await HTTPFetcher(timeout: 3).fetch(server.url("/drip"), validators: nil, limits: .feed)
        #expect(result.failure == "timed out")
        try await waitUntil { closed.value != nil }
        let after = try #require(closed.value).timeIntervalSince(started)
        #expect(after > 2.5 && after < 6)
    }

    @Test func endlessBodyStopsAtTheWireCap() async throws {
        let server = try HostileHTTPServer { _, connection in
            // No Content-Length, no chunking: the body runs until the connection closes.
            connection.send("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")
            let block = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024)
            while connection.send(block) {}
        }
        let result = await HTTPFetcher(timeout: 20).fetch(server.url("/endless"), validators: nil, limits: smallLimits)
        #expect(result.failure == "the body is larger than 1 MB")
    }

    @Test func endlessChunkedBodyStopsAtTheWireCap() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            let chunk = Array("10000\r\n".utf8) + [UInt8](repeating: UInt8(ascii: "b"), count: 0x10000) + Array("\r\n".utf8)
            while connection.send(chunk) {}
        }
        let result = await HTTPFetcher(timeout: 20).fetch(server.url("/endless"), validators: nil, limits: .page)
        #expect(result.failure == "the body is larger than 10 MB")
    }

    /// Refused on the head alone: the server sends no body, so reading it would time out.
    @Test func contentLengthOverTheCapIsRefusedBeforeReading() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.send("HTTP/1.1 200 OK\r\nContent-Length: 17000000\r\n\r\n")
            connection.pause(10)
        }
        let result = await HTTPFetcher(timeout: 8).fetch(server.url("/big"), validators: nil, limits: .feed)
        #expect(result.failure == "the body is larger than 16 MB (Content-Length 17000000)")
    }

    @Test func gzipBombIsRefusedByRatio() async throws {
        let bomb = Compressed.zeros(64 << 20)
        #expect(bomb.count < 200_000)
        let server = try HostileHTTPServer { _, connection in
            connection.respond(200, headers: [("Content-Encoding", "gzip")], body: bomb)
        }
        let result = await HTTPFetcher(timeout: 20).fetch(server.url("/bomb"), validators: nil, limits: .feed)
        #expect(result.failure == "the body decompresses more than 100 times (a compression bomb?)")
    }

    @Test func decompressedBodyStopsAtTheBodyCap() async throws {
        let bomb = Compressed.zeros(8 << 20, .zlib)
        let server = try HostileHTTPServer { _, connection in
            connection.respond(200, headers: [("Content-Encoding", "deflate")], body: bomb)
        }
        let lenient = FetchLimits(maximumWireBytes: 1 << 20, maximumBodyBytes: 2 << 20, maximumRatio: 10_000)
        let result = await HTTPFetcher(timeout: 20).fetch(server.url("/bomb"), validators: nil, limits: lenient)
        #expect(result.failure == "the body is larger than 2 MB decompressed")
    }

    @Test func megabyteOfHeadersIsALine() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.send("HTTP/1.1 200 OK\r\nX-Padding: " + String(repeating: "p", count: 1 << 20) + "\r\nContent-Length: 0\r\n\r\n")
        }
        let result = await HTTPFetcher(timeout: 10).fetch(server.url("/headers"), validators: nil, limits: .feed)
        #expect(result.failure == "the response headers are too large (over 80 KB)")
    }

    @Test func unauthorizedIsAClearLineAndNoCredentialsAreSent() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.respond(401, headers: [("WWW-Authenticate", "Basic realm=\"feeds\"")], body: Array("no".utf8))
        }
        let result = await HTTPFetcher(timeout: 3).fetch(server.url("/private"), validators: nil, limits: .feed)
        #expect(result.failure == "the server requires a password (HTTP 401); newsroom does not send credentials")
        #expect(server.requests.count == 1)
        #expect(server.requests.first?.headers["authorization"] == nil)
    }

    @Test func proxyAuthenticationIsAClearLine() async throws {
        let server = try HostileHTTPServer { _, connection in
            connection.respond(407, headers: [("Proxy-Authenticate", "Basic realm=\"proxy\"")])
        }
        let result = await HTTPFetcher(timeout: 3).fetch(server.url("/private"), validators: nil, limits: .feed)
        #expect(result.failure == "a proxy requires a password (HTTP 407); newsroom does not send credentials")
    }

    @Test func refusedConnectionIsALine() async throws {
        let result = await HTTPFetcher(timeout: 3).fetch("http://127.0.0.1:1/feed", validators: nil, limits: .feed)
        #expect(result.failure == "cannot connect to the server")
    }

    @Test func httpsSpeaksTLS() async throws {
        // A plain-HTTP server answering a TLS ClientHello: the handshake is what fails, so the
        // request went out over NIOSSL.
        let server = try HostileHTTPServer(speaksFirst: true) { _, connection in
            connection.send("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
            connection.pause(1)
        }
        let result = await HTTPFetcher(timeout: 5).fetch("https://127.0.0.1:\(server.port)/feed", validators: nil, limits: .feed)
        #expect(result.failure == "the TLS (https) handshake failed")
    }
}

/// A value another thread sets once.
final class Box<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    var value: Value? { lock.withLock { stored } }
    func set(_ value: Value) { lock.withLock { stored = value } }
}

func waitUntil(seconds: Double = 10, _ condition: () -> Bool) async throws {
    let end = Date().addingTimeInterval(seconds)
    while !condition(), Date() < end { try await Task.sleep(for: .milliseconds(20)) }
}
