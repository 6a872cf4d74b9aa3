import NewsroomCore
import NewsroomStore

/// Full articles during a reload: a feed tagged `full-article` in the urls file has the web
/// page of each item it has not fetched yet loaded after the feeds are in, newest first, so
/// its teasers read as full articles in the pane (offline too). `full-article = true` in the
/// configuration file does it for every feed but those tagged `no-full-article`.
public enum FullArticleRefresh {
    /// The urls-file tag that turns it on for a feed.
    public static let tag = "full-article"
    /// The urls-file tag that turns it off for a feed when the configuration turns it on for all.
    public static let optOutTag = "no-full-article"

    /// Whether a reload loads `subscription`'s pages; `byDefault`: the configuration's
    /// `full-article`. The feed's own tag wins either way.
    public static func wants(_ subscription: Subscription, byDefault: Bool) -> Bool {
        if subscription.tags.contains(optOutTag) { return false }
        return byDefault || subscription.tags.contains(tag)
    }
    /// Pages per feed and reload: a new subscription's back catalogue comes in over a few
    /// reloads instead of hundreds of requests at once.
    static let pagesPerFeed = 20
    /// Pages fetched at once in all (the HTTP client keeps it to two per host).
    static let concurrentPages = 4

    /// How it went: pages loaded and stored, and pages that failed (kept as teasers, tried
    /// again next reload).
    public struct Outcome: Equatable, Sendable {
        public var loaded = 0
        public var failed = 0
        public var attempted: Int { loaded + failed }

        public init(loaded: Int = 0, failed: Int = 0) {
            self.loaded = loaded
            self.failed = failed
        }
    }

    public static func run(_ subscriptions: [Subscription], byDefault: Bool = false, loader: FullArticleLoader,
                           store: LibraryStore) async -> Outcome {
        var pending: [(id: Int64, link: String)] = []
        for subscription in subscriptions where wants(subscription, byDefault: byDefault) {
            pending += (try? store.articlesAwaitingFullText(feed: subscription.url, limit: pagesPerFeed)) ?? []
        }
        var outcome = Outcome()
        await withTaskGroup(of: Bool.self) { group in
            var next = 0
            func startNext() {
                guard next < pending.count else { return }
                let item = pending[next]
                next += 1
                group.addTask {
                    if case .success = await loader.load(id: item.id, url: item.link) { return true }
                    return false
                }
            }
            for _ in 0..<concurrentPages { startNext() }
            while let loaded = await group.next() {
                if loaded { outcome.loaded += 1 } else { outcome.failed += 1 }
                startNext()
            }
        }
        return outcome
    }
}
