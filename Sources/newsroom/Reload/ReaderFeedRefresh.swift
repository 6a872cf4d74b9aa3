import Foundation
import NewsroomStore

/// The reader's `r` key: reload the subscriptions in the urls file with the same `Reloader` as
/// `newsroom reload`, while the calling (main) thread keeps the screen: it polls the progress
/// and shows it in the status line, so ncurses is only ever touched from one thread.
enum ReaderFeedRefresh {
    static func make(store: LibraryStore, urlsFile: String) -> ReaderLoop.FeedRefresh {
        return { showProgress in
            let subscriptions = try UrlsFileOption.load(urlsFile).subscriptions
            guard !subscriptions.isEmpty else {
                return "No feed subscriptions (newsroom subscribe URL); the library was read again."
            }
            let mailbox = ReloadMailbox()
            Task.detached {
                let summary = await Reloader.reload(
                    subscriptions, store: store, timeout: Reloader.defaultTimeout,
                    progress: { mailbox.post(progress: $0) })
                mailbox.post(summary: summary)
            }
            showProgress("Reloading \(subscriptions.count) feeds…")
            while true {
                if let summary = mailbox.waitForSummary(seconds: 0.1) { return statusLine(summary) }
                if let progress = mailbox.progress {
                    showProgress("Reloading feeds: \(progress.done)/\(progress.total)…")
                }
            }
        }
    }

    static func statusLine(_ summary: ReloadSummary) -> String {
        var line = "Reloaded \(summary.feeds.count) feeds: \(summary.newItems) new, \(summary.updatedItems) updated"
        if let first = summary.failed.first {
            line += ", \(summary.failed.count) failed (\(first.url): \(first.error ?? "error"))"
        }
        return line + "."
    }
}

/// Hands the reload's progress and result from its task to the reader's thread.
private final class ReloadMailbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var latestProgress: ReloadProgress?
    private var summary: ReloadSummary?

    var progress: ReloadProgress? {
        condition.lock()
        defer { condition.unlock() }
        return latestProgress
    }

    func post(progress: ReloadProgress) {
        condition.lock()
        latestProgress = progress
        condition.unlock()
    }

    func post(summary: ReloadSummary) {
        condition.lock()
        self.summary = summary
        condition.broadcast()
        condition.unlock()
    }

    func waitForSummary(seconds: TimeInterval) -> ReloadSummary? {
        condition.lock()
        defer { condition.unlock() }
        if summary == nil { _ = condition.wait(until: Date(timeIntervalSinceNow: seconds)) }
        return summary
    }
}
