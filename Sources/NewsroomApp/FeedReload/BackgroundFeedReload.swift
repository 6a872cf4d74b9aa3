import NewsroomCore
import NewsroomStore
import NewsroomUI

/// Starts the reader's feed reloads (`Effect.startFeedReload`): the same `Reloader` as
/// `newsroom reload`, on a task of its own, telling the reader how it goes with actions.
public protocol FeedReloading: Sendable {
    /// Starts a reload and returns at once the action that says whether it started
    /// (`feedReloadStarted` or `feedReloadUnavailable`); its progress and its end go to `post`,
    /// from another thread.
    func start(posting post: @escaping @Sendable (Action) -> Void) -> Action
}

/// The subscriptions in the urls file, fetched into the library.
public struct BackgroundFeedReload: FeedReloading {
    let store: LibraryStore
    let fetcher: any FeedFetching
    let pages: (any PageFetching)?
    /// The configuration's `full-article`: every feed's pages, not only tagged ones.
    let fullArticles: Bool
    /// Reads the subscriptions afresh for each reload (the file may have changed meanwhile).
    let subscriptions: @Sendable () throws -> [Subscription]

    /// `pages`: where the pages of `full-article` feeds come from (none: not loaded).
    public init(store: LibraryStore, fetcher: any FeedFetching, pages: (any PageFetching)? = nil, fullArticles: Bool = false,
                subscriptions: @escaping @Sendable () throws -> [Subscription]) {
        self.store = store
        self.fetcher = fetcher
        self.pages = pages
        self.fullArticles = fullArticles
        self.subscriptions = subscriptions
    }

    /// Over the network and the disk (`FeedFetcher`), each fetch taking at most `timeout` seconds.
    public init(store: LibraryStore, timeout: Double, fullArticles: Bool = false,
                subscriptions: @escaping @Sendable () throws -> [Subscription]) {
        self.init(store: store, fetcher: FeedFetcher(timeout: timeout), pages: WebPages(timeout: timeout),
                  fullArticles: fullArticles, subscriptions: subscriptions)
    }

    public func start(posting post: @escaping @Sendable (Action) -> Void) -> Action {
        let list: [Subscription]
        do {
            list = try subscriptions()
        } catch {
            return .feedReloadUnavailable(StatusMessage("Reload failed: \(error)", isError: true))
        }
        guard !list.isEmpty else { return .feedReloadUnavailable(.noFeedSubscriptions) }
        let store = self.store
        let fetcher = self.fetcher
        let pages = self.pages
        let fullArticles = self.fullArticles
        // Unstructured on purpose: quitting does not wait for it. The process may end
        // mid-reload, and each write is one SQLite transaction, so the library keeps whole
        // feeds or nothing of them.
        Task.detached {
            let summary = await Reloader.reload(list, store: store, fetcher: fetcher, pages: pages, fullArticles: fullArticles) { progress in
                post(.feedReloadProgress(done: progress.done, total: progress.total))
            }
            post(.feedReloadFinished(summary.report))
            // The new items wait for the full-text index (imports leave it to one pass).
            // Catching up here, still off the reader's thread, spares the first search after
            // the reload that wait (4 s for 100,000 items). A failure is left to that search,
            // which catches up itself and reports it.
            _ = try? store.updateSearchIndex()
        }
        return .feedReloadStarted(feeds: list.count)
    }
}

extension ReloadSummary {
    /// What the reader's status line shows of it.
    public var report: FeedReloadReport {
        FeedReloadReport(
            feeds: feeds.count, newItems: newItems, updatedItems: updatedItems,
            failures: failed.map { FeedReloadReport.Failure(url: $0.url, reason: $0.error ?? "error") })
    }
}
