import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NewsroomCore
import NewsroomStore

/// What one fetch of a feed location gave.
public enum FetchResult: Sendable {
    /// New bytes, with the validators to send next time and the charset the response's
    /// `Content-Type` named (nil for files and responses without one).
    case body([UInt8], etag: String?, lastModified: String?, charset: String? = nil)
    /// 304: the copy we have is current.
    case notModified
    case failed(String)
}

/// Fetches feed locations: `http(s)://` with URLSession (conditional GET from the stored
/// validators, gzip/deflate decoded by libcurl, redirects followed up to `maximumRedirects`,
/// a total timeout per fetch), `file://` URLs and plain paths from disk.
final class FeedFetcher: Sendable {
    static let maximumRedirects = 5
    /// Bodies larger than this are refused (no feed anyone publishes comes close).
    static let maximumBodySize = 64 * 1024 * 1024

    private let session: URLSession
    private let redirects = RedirectCounter()

    /// `timeout`: seconds for the whole fetch (connect, redirects, body).
    init(timeout: TimeInterval) {
        let configuration = URLSessionConfiguration.ephemeral
        // Our own validators decide what is fetched; a cache would answer 304s itself.
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = min(timeout, 15)
        configuration.timeoutIntervalForResource = timeout
        configuration.httpMaximumConnectionsPerHost = 6
        configuration.httpAdditionalHeaders = ["User-Agent": "newsroom/\(NewsroomVersion.string)"]
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        session = URLSession(configuration: configuration, delegate: RedirectLimiter(counter: redirects), delegateQueue: queue)

    }

    func invalidate() { session.finishTasksAndInvalidate() }

    func fetch(_ location: String, state: FeedState?) async -> FetchResult {
        if location.hasPrefix("/") { return readFile(location) }
        guard let url = URL(string: location), let scheme = url.scheme?.lowercased() else {
            return .failed("not a valid URL")
        }
        switch scheme {
        case "file": return readFile(url.path)
        case "http", "https": return await fetchHTTP(url, state: state)
        default: return .failed("unsupported URL scheme \(scheme)")
        }
    }

    private func readFile(_ path: String) -> FetchResult {
        do {
            return .body(try FileBytes.read(path: path), etag: nil, lastModified: nil)
        } catch {
            return .failed(error.description)
        }
    }

    private func fetchHTTP(_ url: URL, state: FeedState?) async -> FetchResult {
        var request = URLRequest(url: url)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        if let etag = state?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let modified = state?.lastModified { request.setValue(modified, forHTTPHeaderField: "If-Modified-Since") }
        let session = self.session
        return await withCheckedContinuation { (continuation: CheckedContinuation<FetchResult, Never>) in
            let task = session.dataTask(with: request) { data, response, error in
                continuation.resume(returning: Self.result(data: data, response: response, error: error))
            }
            task.resume()
        }
    }

    private static func result(data: Data?, response: URLResponse?, error: (any Error)?) -> FetchResult {
        if let error {
            let nsError = error as NSError
            if nsError.domain == NSURLErrorDomain {
                switch nsError.code {
                case NSURLErrorTimedOut: return .failed("timed out")
                case NSURLErrorHTTPTooManyRedirects: return .failed("too many redirects")
                case NSURLErrorCannotConnectToHost: return .failed("cannot connect to the server")
                case NSURLErrorCannotFindHost: return .failed("unknown host")
                default: break
                }
            }
            return .failed(nsError.localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else { return .failed("no HTTP response") }
        if http.statusCode == 304 { return .notModified }
        guard (200..<300).contains(http.statusCode) else {
            if (300..<400).contains(http.statusCode) { return .failed("too many redirects") }
            return .failed("HTTP \(http.statusCode)")
        }
        let body = data ?? Data()
        guard body.count <= maximumBodySize else { return .failed("the feed is larger than \(maximumBodySize) bytes") }
        return .body(
            [UInt8](body),
            etag: http.value(forHTTPHeaderField: "ETag"),
            lastModified: http.value(forHTTPHeaderField: "Last-Modified"),
            charset: http.value(forHTTPHeaderField: "Content-Type").flatMap(Charset.label(inContentType:)))
    }
}

/// Redirects followed per task, so a loop or a long chain ends as an error.
final class RedirectCounter: @unchecked Sendable {
    // Guarded by `lock`; touched only from the session's delegate queue and task completion.
    private var counts: [Int: Int] = [:]
    private let lock = NSLock()

    func next(for task: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        counts[task, default: 0] += 1
        return counts[task] ?? 0
    }
}

final class RedirectLimiter: NSObject, URLSessionTaskDelegate, Sendable {
    let counter: RedirectCounter

    init(counter: RedirectCounter) {
        self.counter = counter
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        // nil stops here: the 3xx itself becomes the response ("too many redirects").
        completionHandler(counter.next(for: task.taskIdentifier) <= FeedFetcher.maximumRedirects ? request : nil)
    }
}
