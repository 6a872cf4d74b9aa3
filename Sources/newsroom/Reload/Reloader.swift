import Foundation
import NewsroomCore
import NewsroomStore

/// Progress of a reload: `done` of `total` feeds finished.
struct ReloadProgress: Sendable {
    var done: Int
    var total: Int
}

/// `newsroom reload` and the reader's `r` key: fetch every subscription, a few at once, and
/// import what changed. One feed's failure is recorded in its outcome and never stops the
/// others.
///
/// Identity: items are imported with source `.feed(url)` for the URL as the urls file lists
/// it, so the store keys them by that URL plus guid/link; a reload updates items in place and
/// read state and bookmarks (keyed by identity) stay.
enum Reloader {
    static let concurrentFetches = 6
    static let defaultTimeout: TimeInterval = 30

    /// Reads the urls file and reloads every subscription in it.
    static func reloadAll(
        store: LibraryStore, urlsFile: String, timeout: TimeInterval = defaultTimeout,
        progress: @escaping @Sendable (ReloadProgress) -> Void = { _ in }
    ) async throws -> ReloadSummary {
        let subscriptions = try UrlsFileOption.load(urlsFile).subscriptions
        return await reload(subscriptions, store: store, timeout: timeout, progress: progress)
    }

    static func reload(
        _ subscriptions: [Subscription], store: LibraryStore, timeout: TimeInterval,
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
        let fetcher = FeedFetcher(timeout: timeout)
        defer { fetcher.invalidate() }
        var outcomes = [FeedReloadOutcome?](repeating: nil, count: subscriptions.count)
        var done = 0
        progress(ReloadProgress(done: 0, total: subscriptions.count))
        await withTaskGroup(of: (Int, FeedReloadOutcome).self) { group in
            var next = 0
            func startNext() {
                guard next < subscriptions.count else { return }
                let index = next
                let url = subscriptions[index].url
                let state = states[url]
                group.addTask { (index, await reloadOne(url, state: state, store: store, fetcher: fetcher)) }
                next += 1
            }
            for _ in 0..<concurrentFetches { startNext() }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                done += 1
                progress(ReloadProgress(done: done, total: subscriptions.count))
                startNext()
            }
        }
        return ReloadSummary(feeds: outcomes.compactMap { $0 })
    }

    /// Fetches one feed and imports it when it changed; always records the fetch in its state.
    static func reloadOne(_ url: String, state: FeedState?, store: LibraryStore, fetcher: FeedFetcher) async -> FeedReloadOutcome {
        var newState = state ?? FeedState(url: url)
        newState.lastFetched = Int64(Date().timeIntervalSince1970)
        var outcome = FeedReloadOutcome(url: url, kind: .failed)
        switch await fetcher.fetch(url, state: state) {
        case .failed(let reason):
            outcome.error = reason
        case .notModified:
            outcome.kind = .notModified
        case .body(let bytes, let etag, let lastModified):
            let hash = BodyHash.of(bytes)
            if hash == state?.bodyHash {
                outcome.kind = .unchanged
            } else {
                do {
                    let feed = try InputParser.parseFeed(bytes: bytes)
                    let counts = try store.importArticles(feed.articles, source: .feed(url))
                    outcome.kind = .fetched
                    outcome.added = counts.added
                    outcome.updated = counts.updated
                    outcome.unchangedItems = counts.unchanged
                    newState.title = feed.title
                    newState.bodyHash = hash
                } catch let error as InputError {
                    outcome.error = "not a readable feed: \(error.description)"
                } catch {
                    outcome.error = String(describing: error)
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
        do {
            try store.saveFeedState(newState)
        } catch {
            if outcome.kind != .failed { outcome = FeedReloadOutcome(url: url, kind: .failed) }
            outcome.error = "the fetch state could not be saved: \(error.description)"
        }
        return outcome
    }
}
