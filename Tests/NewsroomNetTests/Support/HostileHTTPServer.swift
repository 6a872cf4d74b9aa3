import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A raw-socket server on 127.0.0.1 that answers however a test scripts it, well-behaved or
/// not: a handler gets each request and a `Connection` to write bytes to, pause on, or just
/// drop. One thread per connection; `stop()` (also on deinit) ends the accept loop, and a
/// `lifetime` bounds the whole server, so nothing outlives a test for long.
final class HostileHTTPServer: @unchecked Sendable {
    struct Request: Sendable {
        var method: String
        var path: String
        /// Header names in lower case.
        var headers: [String: String]
    }

    /// The client side of one accepted socket, for the handler.
    struct Connection {
        fileprivate let socket: Int32
        fileprivate let server: HostileHTTPServer

        /// False once the client has gone (or the server stopped): a handler streaming
        /// forever stops there.
        @discardableResult
        func send(_ bytes: [UInt8]) -> Bool {
            guard !server.isStopped else { return false }
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n <= 0 { return false }
                sent += n
            }
            return true
        }

        @discardableResult
        func send(_ text: String) -> Bool { send(Array(text.utf8)) }

        /// Sleeps in small steps, so a stopped server does not hold the thread long; false
        /// when the server stopped meanwhile.
        @discardableResult
        func pause(_ seconds: Double) -> Bool {
            var waited = 0.0
            while waited < seconds {
                if server.isStopped { return false }
                Thread.sleep(forTimeInterval: 0.02)
                waited += 0.02
            }
            return true
        }

        /// Blocks until the client closes its side (or `limit` seconds pass); returns when.
        func waitForClientClose(limit: Double) -> Date {
            var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let end = Date().addingTimeInterval(limit)
            var byte: UInt8 = 0
            while Date() < end, !server.isStopped {
                let n = recv(socket, &byte, 1, 0)
                if n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) { break }
            }
            return Date()
        }
    }

    let port: Int
    private let listener: Int32
    private let handler: @Sendable (Request, Connection) -> Void
    private let lock = NSLock()
    private var stopped = false
    private var log: [Request] = []
    private var open = 0
    private var mostOpen = 0

    /// Speaks before it is spoken to: the handler runs at once on each connection (with an
    /// empty request), for clients that expect something other than HTTP first (TLS).
    private let speaksFirst: Bool

    init(lifetime: Double = 60, speaksFirst: Bool = false, handler: @escaping @Sendable (Request, Connection) -> Void) throws {
        self.handler = handler
        self.speaksFirst = speaksFirst
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError("socket() failed") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw ServerError("bind/listen on 127.0.0.1 failed")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        listener = fd
        Thread { [self] in acceptLoop() }.start()
        Thread { [self] in
            Thread.sleep(forTimeInterval: lifetime)
            stop()
        }.start()
    }

    deinit { stop() }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    var requests: [Request] {
        lock.withLock { log }
    }

    /// The most connections that were open at once.
    var mostConnectionsAtOnce: Int {
        lock.withLock { mostOpen }
    }

    func stop() {
        let wasStopped = lock.withLock {
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    fileprivate var isStopped: Bool {
        lock.withLock { stopped }
    }

    private func acceptLoop() {
        while !isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 { if isStopped { return } else { continue } }
            lock.withLock {
                open += 1
                mostOpen = max(mostOpen, open)
            }
            Thread { [self] in
                defer {
                    close(client)
                    lock.withLock { open -= 1 }
                }
                serve(client)
            }.start()
        }
    }

    private func serve(_ client: Int32) {
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        if speaksFirst {
            handler(Request(method: "", path: "", headers: [:]), Connection(socket: client, server: self))
            return
        }
        // One request per connection: when the handler returns, the socket closes (a handler
        // that stops mid-answer is a server hanging up there).
        var pending: [UInt8] = []
        guard let request = readRequest(client, pending: &pending) else { return }
        lock.withLock { log.append(request) }
        handler(request, Connection(socket: client, server: self))
    }

    private func readRequest(_ client: Int32, pending: inout [UInt8]) -> Request? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while pending.count < 65_536 {
            if let end = Self.headerEnd(pending) {
                let text = String(decoding: pending[0..<end], as: UTF8.self)
                pending.removeFirst(end + 4)
                var lines = text.components(separatedBy: "\r\n")
                let parts = lines.removeFirst().split(separator: " ")
                guard parts.count >= 2 else { return nil }
                var headers: [String: String] = [:]
                for line in lines {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                return Request(method: String(parts[0]), path: String(parts[1]), headers: headers)
            }
            let n = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if n <= 0 { return nil }
            pending += buffer[0..<n]
        }
        return nil
    }

    private static func headerEnd(_ data: [UInt8]) -> Int? {
        guard data.count >= 4 else { return nil }
        for i in 0...(data.count - 4) where data[i] == 13 && data[i + 1] == 10 && data[i + 2] == 13 && data[i + 3] == 10 {
            return i
        }
        return nil
    }

    struct ServerError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

extension HostileHTTPServer.Connection {
    /// A whole, well-formed answer with a Content-Length.
    func respond(_ status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
        var head = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        send(Array((head + "\r\n").utf8) + body)
    }
}
