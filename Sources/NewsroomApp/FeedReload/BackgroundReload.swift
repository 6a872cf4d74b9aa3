import Foundation

/// A feed reload started by the reader's `r`, running on a task of its own. The reload posts
/// its progress and its end here; the reader's main thread (the only one that may touch the
/// terminal) polls between keys, so the keys keep working while the feeds load.
public final class BackgroundReload: @unchecked Sendable {
    /// What the reader has to show since its last poll.
    enum Update: Equatable {
        /// `done` of `total` feeds finished: a new line for the status bar.
        case progress(String)
        /// The reload ended: the summary for the status bar; the list should be read again.
        case finished(String)
    }

    private let lock = NSLock()
    private var latest: ReloadProgress?
    private var shownDone: Int?
    private var summary: ReloadSummary?
    private var finishReported = false
    let feedCount: Int

    init(feedCount: Int) {
        self.feedCount = feedCount
    }

    /// The status line for the reload as far as it got (what the reader shows after a key
    /// cleared the status line while the reload runs).
    var statusLine: String {
        lock.lock()
        defer { lock.unlock() }
        guard let latest else { return "Reloading \(feedCount) feeds…" }
        return Self.progressLine(latest)
    }

    // Called from the reload's task.

    func post(progress: ReloadProgress) {
        lock.lock()
        latest = progress
        lock.unlock()
    }

    func post(summary: ReloadSummary) {
        lock.lock()
        self.summary = summary
        lock.unlock()
    }

    // Called from the reader's thread.

    /// The end once it came (reported once), else a progress count not shown yet, else nil.
    func poll() -> Update? {
        lock.lock()
        defer { lock.unlock() }
        if let summary, !finishReported {
            finishReported = true
            return .finished(ReaderFeedRefresh.statusLine(summary))
        }
        guard !finishReported, let latest, latest.done != shownDone else { return nil }
        shownDone = latest.done
        return .progress(Self.progressLine(latest))
    }

    static func progressLine(_ progress: ReloadProgress) -> String {
        "Reloading feeds: \(progress.done)/\(progress.total)…"
    }
}
