import Foundation
import NewsroomCore
import NewsroomStore

/// The reader's `r` key: reload the subscriptions in the urls file with the same `Reloader` as
/// `newsroom reload`, on a task of its own. It returns at once; the reader polls the returned
/// `BackgroundReload` between keys, so ncurses is only ever touched from the main thread.
public enum ReaderFeedRefresh {
    public static func make(store: LibraryStore, subscriptions load: @escaping () throws -> [Subscription]) -> ReaderLoop.FeedRefresh {
        return {
            let subscriptions = try load()
            guard !subscriptions.isEmpty else { return nil }
            let reload = BackgroundReload(feedCount: subscriptions.count)
            // Quitting does not wait for it: the process may end mid-reload, and each import
            // is one SQLite transaction, so the library keeps whole feeds or nothing of them.
            Task.detached {
                let summary = await Reloader.reload(
                    subscriptions, store: store, timeout: Reloader.defaultTimeout,
                    progress: { reload.post(progress: $0) })
                reload.post(summary: summary)
                // The new items wait for the full-text index (imports leave it to one pass).
                // Catching up here, still off the reader's thread, spares the first search
                // after the reload that wait (4 s for 100,000 items). A failure is left to
                // that search, which catches up itself and reports it.
                _ = try? store.updateSearchIndex()
            }
            return reload
        }
    }

    static let noSubscriptions = "No feed subscriptions (newsroom subscribe URL); the library was read again."

    static func statusLine(_ summary: ReloadSummary) -> String {
        var line = "Reloaded \(summary.feeds.count) feeds: \(summary.newItems) new, \(summary.updatedItems) updated"
        if let first = summary.failed.first {
            line += ", \(summary.failed.count) failed (\(first.url): \(first.error ?? "error"))"
        }
        return line + "."
    }
}
