import Foundation
import Synchronization
import NewsroomCore
import NewsroomStore

/// Progress of a reload: `done` of `total` feeds finished.
public struct ReloadProgress: Sendable {
    public var done: Int
    public var total: Int
}

/// `newsroom reload` and the reader's `r` key: fetch every subscription, a few at once, and
/// import what changed. One feed's failure is recorded in its outcome and never stops the
/// others.
///
/// Identity: items are imported with source `.feed(url)` for the URL as the urls file lists
/// it, so the store keys them by that URL plus guid/link; a reload updates items in place and
/// read state and bookmarks (keyed by identity) stay.
public enum Reloader {
    static let concurrentFetches = 6
    public static let defaultTimeout: TimeInterval = 30

    /// Reloads `subscriptions` over the network and the disk (`FeedFetcher`), each fetch
    /// taking at most `timeout` seconds. `fullArticles`: the configuration's `full-article`
    /// (every feed's pages, not only those of feeds tagged so).
    public static func reload(
        _ subscriptions: [Subscription], store: LibraryStore, timeout: TimeInterval, fullArticles: Bool = false,
        progress: @escaping @Sendable (ReloadProgress) -> Void
    ) async -> ReloadSummary {
        let fetcher = FeedFetcher(timeout: timeout)
        return await reload(subscriptions, store: store, fetcher: fetcher, pages: WebPages(timeout: timeout),
                            fullArticles: fullArticles, progress: progress)
    }

    /// `pages`: where the pages of `full-article` feeds come from (none: not loaded).
    public static func reload(
        _ subscriptions: [Subscription], store: LibraryStore, fetcher: some FeedFetching,
        pages: (any PageFetching)? = nil, fullArticles: Bool = false,
        progress: @escaping @Sendable (ReloadProgress) -> Void
    ) async -> ReloadSummary {
        let states: [String: FeedState]
        do {
            states = try store.feedStates()
        } catch {
            return ReloadSummary(feeds: subscriptions.map {
                FeedReloadOutcome(url: $0.url, kind: .failed, error: error.description)
            })
        }
        let done = Counter()
        let total = subscriptions.count
        progress(ReloadProgress(done: 0, total: total))
        let writer = FeedWriter(store: store) { feeds in
            progress(ReloadProgress(done: done.add(feeds), total: total))
        }
        await withTaskGroup(of: FeedWriter.Job.self) { group in
            var next = 0
            func startNext() {
                guard next < subscriptions.count else { return }
                let index = next
                let url = subscriptions[index].url
                let state = states[url]
                group.addTask { await fetchOne(url, state: state, fetcher: fetcher, index: index) }
                next += 1
            }
            for _ in 0..<concurrentFetches { startNext() }
            while let job = await group.next() {
                writer.submit(job)
                startNext()
            }
        }
        let outcomes = writer.finish()
        var summary = ReloadSummary(feeds: subscriptions.indices.compactMap { outcomes[$0] })
        if let pages {
            summary.fullArticles = await FullArticleRefresh.run(
                subscriptions, byDefault: fullArticles, loader: FullArticleLoader(pages: pages, store: store), store: store)
        }
        return summary
    }

    /// Fetches one feed and, when it changed, parses and prepares its items; the fetch state
    /// to remember goes with them. Nothing is written here (see FeedWriter).
    static func fetchOne(_ url: String, state: FeedState?, fetcher: some FeedFetching, index: Int) async -> FeedWriter.Job {
        var newState = state ?? FeedState(url: url)
        newState.lastFetched = Int64(Date().timeIntervalSince1970)
        var outcome = FeedReloadOutcome(url: url, kind: .failed)
        var articles: [PreparedArticle] = []
        switch await fetcher.fetch(url, state: state) {
        case .failed(let reason):
            outcome.error = reason
        case .notModified:
            outcome.kind = .notModified
        case .body(let bytes, let etag, let lastModified, let charset):
            let hash = BodyHash.of(bytes)
            if hash == state?.bodyHash {
                outcome.kind = .unchanged
            } else {
                do {
                    let feed = try InputParser.parseFeed(bytes: bytes, charset: charset)
                    articles = feed.articles.map { PreparedArticle($0, from: .feed(url)) }
                    outcome.kind = .fetched
                    newState.title = feed.title
                    newState.bodyHash = hash
                } catch {
                    outcome.error = "not a readable feed: \(error.description)"
                }
            }
            if outcome.kind != .failed {
                newState.etag = etag
                newState.lastModified = lastModified
            }
        }
        newState.status = switch outcome.kind {
        case .fetched: .ok
        case .notModified: .notModified
        case .unchanged: .unchanged
        case .failed: .failed
        }
        newState.lastError = outcome.error
        return FeedWriter.Job(index: index, outcome: outcome, update: FeedUpdate(articles: articles, state: newState))
    }
}

/// A count shared by threads (feeds written so far, for the progress line).
private final class Counter: Sendable {
    private let value = Mutex(0)

    /// Adds `amount`; returns the new total.
    func add(_ amount: Int) -> Int {
        value.withLock { value in
            value += amount
            return value
        }
    }
}
