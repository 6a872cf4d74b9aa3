import GRDB
import NewsroomCore

/// One fetched feed for `saveFeedUpdates`: its items (none when it was not modified or
/// failed) and the fetch state to remember.
public struct FeedUpdate: Sendable {
    public var articles: [PreparedArticle]
    public var state: FeedState

    public init(articles: [PreparedArticle], state: FeedState) {
        self.articles = articles
        self.state = state
    }
}

/// What the last fetch of one feed URL saw (table `feed_state`, migration v2).
public struct FeedState: Equatable, Sendable {
    public enum Status: String, Sendable {
        /// Fetched and parsed.
        case ok
        /// The server answered 304 Not Modified.
        case notModified = "not-modified"
        /// The body was byte-for-byte the one parsed last time.
        case unchanged
        case failed
    }

    public var url: String
    /// The feed's own title, from its last successful parse.
    public var title: String?
    public var etag: String?
    public var lastModified: String?
    public var bodyHash: Int64?
    /// Seconds since 1970.
    public var lastFetched: Int64?
    public var status: Status?
    public var lastError: String?

    public init(
        url: String, title: String? = nil, etag: String? = nil, lastModified: String? = nil,
        bodyHash: Int64? = nil, lastFetched: Int64? = nil, status: Status? = nil, lastError: String? = nil
    ) {
        self.url = url
        self.title = title
        self.etag = etag
        self.lastModified = lastModified
        self.bodyHash = bodyHash
        self.lastFetched = lastFetched
        self.status = status
        self.lastError = lastError
    }
}

extension LibraryStore {
    /// Every feed's stored state, by URL.
    public func feedStates() throws(StoreError) -> [String: FeedState] {
        try reading { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT url, title, etag, last_modified, body_hash, last_fetched, last_status, last_error
                FROM feed_state
                """)
            var states: [String: FeedState] = [:]
            for row in rows {
                let state = FeedState(
                    url: row[0], title: row[1], etag: row[2], lastModified: row[3], bodyHash: row[4],
                    lastFetched: row[5], status: (row[6] as String?).flatMap(FeedState.Status.init(rawValue:)),
                    lastError: row[7])
                states[state.url] = state
            }
            return states
        }
    }

    /// Saves (inserts or replaces) one feed's state.
    public func saveFeedState(_ state: FeedState) throws(StoreError) {
        try writing { db in try Self.save(state, in: db) }
    }

    /// Writes fetched feeds, items and fetch states, in one transaction: a state (its body
    /// hash, its ETag) is remembered only together with the items it stands for, so a later
    /// reload never skips a body whose items are not in the library. Returns each feed's counts.
    public func saveFeedUpdates(_ updates: [FeedUpdate]) throws(StoreError) -> [ImportCounts] {
        try importTransaction { importer in
            try updates.map { update in
                var counts = ImportCounts()
                for article in update.articles { counts.count(try importer.save(article)) }
                try Self.save(update.state, in: importer.db)
                return counts
            }
        }
    }

    private static func save(_ state: FeedState, in db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO feed_state
                (url, title, etag, last_modified, body_hash, last_fetched, last_status, last_error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                state.url, StoredText.text(state.title), state.etag, state.lastModified, state.bodyHash,
                state.lastFetched, state.status?.rawValue, state.lastError,
            ])
    }

    /// Forgets a feed's fetch state (after `unsubscribe`). Its articles stay in the library.
    public func removeFeedState(url: String) throws(StoreError) {
        try writing { db in
            try db.execute(sql: "DELETE FROM feed_state WHERE url = ?", arguments: [url])
        }
    }

    /// How many articles each feed source holds, by feed URL (or file path for feed files).
    public func feedItemCounts() throws(StoreError) -> [String: Int] {
        try reading { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT sources.location, count(articles.id) FROM sources
                JOIN articles ON articles.source_id = sources.id
                WHERE sources.kind = 'feed' GROUP BY sources.id
                """)
            var counts: [String: Int] = [:]
            for row in rows { counts[row[0]] = row[1] }
            return counts
        }
    }
}
