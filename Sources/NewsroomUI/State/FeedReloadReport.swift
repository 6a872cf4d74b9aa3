/// How a feed reload ended, as far as the reader shows it (the status line).
public struct FeedReloadReport: Equatable, Sendable {
    /// A feed that could not be fetched or read, and why.
    public struct Failure: Equatable, Sendable {
        public var url: String
        public var reason: String

        public init(url: String, reason: String) {
            self.url = url
            self.reason = reason
        }
    }

    public var feeds: Int
    public var newItems: Int
    public var updatedItems: Int
    public var failures: [Failure]

    public init(feeds: Int, newItems: Int, updatedItems: Int, failures: [Failure] = []) {
        self.feeds = feeds
        self.newItems = newItems
        self.updatedItems = updatedItems
        self.failures = failures
    }

    /// `Reloaded 3 feeds: 12 new, 1 updated, 1 failed (URL: REASON).`
    public var statusLine: String {
        var line = "Reloaded \(feeds) feeds: \(newItems) new, \(updatedItems) updated"
        if let first = failures.first {
            line += ", \(failures.count) failed (\(first.url): \(first.reason))"
        }
        return line + "."
    }
}

/// A feed reload that is running: how far it got.
public struct FeedReloadProgress: Equatable, Sendable {
    public var total: Int
    /// Feeds fetched and written; nil until the first count came.
    public var done: Int?

    public init(total: Int, done: Int? = nil) {
        self.total = total
        self.done = done
    }

    public var statusLine: String {
        guard let done else { return "Reloading \(total) feeds…" }
        return "Reloading feeds: \(done)/\(total)…"
    }
}

extension StatusMessage {
    /// `r` with nothing to fetch.
    public static let noFeedSubscriptions = StatusMessage(
        "No feed subscriptions (newsroom subscribe URL); the library was read again.")
}
