import Foundation
import NewsroomApp
import NewsroomStore
import Synchronization

/// Feeds from memory. A location can be held: its fetch waits until `release` (a slow feed,
/// to see what the reader does while a reload runs).
final class FakeFeedFetcher: FeedFetching {
    private struct Shared {
        var answers: [String: FetchResult]
        var held: Set<String>
        var waiting: [CheckedContinuation<Void, Never>] = []
        var fetched: [String] = []
    }

    private let shared: Mutex<Shared>

    init(_ answers: [String: FetchResult], holding held: Set<String> = []) {
        shared = Mutex(Shared(answers: answers, held: held))
    }

    /// Locations asked for, in order.
    var fetched: [String] { shared.withLock { $0.fetched } }

    /// Lets every held fetch go on, and the later ones too.
    func releaseAll() {
        let waiting = shared.withLock { shared in
            shared.held = []
            defer { shared.waiting = [] }
            return shared.waiting
        }
        for continuation in waiting { continuation.resume() }
    }

    func fetch(_ location: String, state: FeedState?) async -> FetchResult {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let goOn = shared.withLock { shared in
                shared.fetched.append(location)
                guard shared.held.contains(location) else { return true }
                shared.waiting.append(continuation)
                return false
            }
            if goOn { continuation.resume() }
        }
        return shared.withLock { $0.answers[location] } ?? .failed("no such feed")
    }
}

/// An RSS 2.0 feed with one item per title, published a minute apart from `newest` backwards.
func rssFeed(_ titles: [String], newest: String = "Mon, 22 Jan 2035 15:32:00 +0100") -> FetchResult {
    var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Testfeed</title>"
    for (index, title) in titles.enumerated() {
        let minute = String(format: "%02d", 32 - index)
        let date = newest.replacingOccurrences(of: "15:32", with: "15:\(minute)")
        xml += "<item><title>\(title)</title><link>https://feed.example/\(index)</link>"
        xml += "<guid>urn:test:\(index):\(title)</guid><pubDate>\(date)</pubDate></item>"
    }
    xml += "</channel></rss>"
    return .body(Array(xml.utf8), etag: nil, lastModified: nil)
}
