import NewsroomCore

/// How one feed's reload ended.
public struct FeedReloadOutcome: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// Fetched and parsed: `added` / `updated` / `unchanged` count its items.
        case fetched
        /// 304 Not Modified: nothing parsed.
        case notModified = "not-modified"
        /// Same body as last time: nothing parsed.
        case unchanged
        case failed
    }

    public var url: String
    public var kind: Kind
    public var added = 0
    public var updated = 0
    public var unchangedItems = 0
    /// Why it failed (`HTTP 404`, `timed out`, a parse error).
    public var error: String?
}

/// The result of `newsroom reload`: one outcome per subscription, in urls-file order.
public struct ReloadSummary: Equatable, Sendable {
    public var feeds: [FeedReloadOutcome] = []
    /// Pages of `full-article` feeds loaded after the feeds (`FullArticleRefresh`).
    public var fullArticles = FullArticleRefresh.Outcome()

    public var newItems: Int { feeds.reduce(0) { $0 + $1.added } }
    public var updatedItems: Int { feeds.reduce(0) { $0 + $1.updated } }
    public var failed: [FeedReloadOutcome] { feeds.filter { $0.kind == .failed } }
    /// Feeds whose content did not change (304, same body, or parsed with nothing new).
    public var unchangedFeeds: Int {
        feeds.filter { $0.kind == .notModified || $0.kind == .unchanged || ($0.kind == .fetched && $0.added == 0 && $0.updated == 0) }.count
    }

    /// `reloaded 12 feeds: 30 new, 2 updated, 9 unchanged, 1 failed` and a line per failure.
    public var text: String {
        var out = "reloaded \(feeds.count) feeds: \(newItems) new, \(updatedItems) updated, \(unchangedFeeds) unchanged, \(failed.count) failed\n"
        for feed in failed {
            out += Sanitizer.display("failed \(feed.url): \(feed.error ?? "unknown error")") + "\n"
        }
        if fullArticles.attempted > 0 {
            out += "full articles: \(fullArticles.loaded) loaded, \(fullArticles.failed) failed (kept as teasers)\n"
        }
        return out
    }

    public var json: String {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.key("feeds"); writer.number(feeds.count)
        writer.key("new"); writer.number(newItems)
        writer.key("updated"); writer.number(updatedItems)
        writer.key("unchanged"); writer.number(unchangedFeeds)
        writer.key("failed"); writer.number(failed.count)
        writer.key("results")
        writer.beginArray()
        for feed in feeds {
            writer.beginObject()
            writer.key("url"); writer.string(feed.url)
            writer.key("status"); writer.string(feed.kind.rawValue)
            writer.key("new"); writer.number(feed.added)
            writer.key("updated"); writer.number(feed.updated)
            writer.key("unchanged"); writer.number(feed.unchangedItems)
            writer.key("error"); writer.string(feed.error)
            writer.endObject()
        }
        writer.endArray()
        writer.key("full_articles")
        writer.beginObject()
        writer.key("loaded"); writer.number(fullArticles.loaded)
        writer.key("failed"); writer.number(fullArticles.failed)
        writer.endObject()
        writer.endObject()
        return writer.text + "\n"
    }
}
