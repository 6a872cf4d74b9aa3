import GRDB
import NewsroomCore

/// What happened to one imported article.
public enum ImportOutcome: Equatable, Sendable {
    case added
    /// Same identity, different content: updated in place (bookmark and read state kept).
    case updated
    case unchanged
}

/// Totals of an import, as `newsroom add` reports them.
public struct ImportCounts: Equatable, Sendable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }

    public mutating func count(_ outcome: ImportOutcome) {
        switch outcome {
        case .added: added += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }
}

extension LibraryStore {
    /// Imports articles from one source in one transaction.
    @discardableResult
    public func importArticles(_ articles: [Article], source: ArticleSource) throws(StoreError) -> ImportCounts {
        // Prepared here, on the caller's thread, before the write lock is taken.
        let outcomes = try importPrepared(articles.map { PreparedArticle($0, from: source) })
        var counts = ImportCounts()
        for outcome in outcomes { counts.count(outcome) }
        return counts
    }

    /// Imports articles from many sources (a folder of page dumps) in one transaction, so the
    /// cost of a commit is paid once. Returns one outcome per item, in order.
    public func importBatch(_ items: [(article: Article, source: ArticleSource)]) throws(StoreError) -> [ImportOutcome] {
        try importPrepared(items.map { PreparedArticle($0.article, from: $0.source) })
    }

    /// Writes prepared articles in one transaction; one outcome per article, in order.
    public func importPrepared(_ batch: [PreparedArticle]) throws(StoreError) -> [ImportOutcome] {
        try importTransaction { importer in try batch.map { try importer.save($0) } }
    }

    /// Runs `body` in one import transaction with an importer for it.
    func importTransaction<T>(_ body: (inout Importer) throws -> T) throws(StoreError) -> T {
        let timestamp = now()
        do {
            return try pool.writeWithoutTransaction { db in
                // An import commits without waiting for the disk (synchronous = NORMAL): the
                // write-ahead log keeps the file consistent when the process dies, and only a
                // power cut can take back the last imports, which their files and feeds give
                // again. Bookmarks and read state, which nothing can give again, keep FULL.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Foreign-key checks off: an insert that checks one may fail half done, so
                // SQLite journals every page it touches first. The importer only ever uses the
                // source ids it has just written in the same transaction.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                // Checkpoints on the checkpointer's thread, not in this commit (WALCheckpointer).
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
                defer {
                    try? db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.autoCheckpointPages)")
                    try? db.execute(sql: "PRAGMA foreign_keys = ON")
                    try? db.execute(sql: "PRAGMA synchronous = FULL")
                }
                var result: T?
                try db.inTransaction(.immediate) {
                    var importer = try Importer(db: db, now: timestamp)
                    result = try body(&importer)
                    return .commit
                }
                guard let result else { throw StoreError.database("the import transaction did not run") }
                checkpointer.request()
                return result
            }
        } catch {
            throw Self.openError(error, path: path)
        }
    }

    /// SQLite's default size of the write-ahead log (in pages) before a commit checkpoints it.
    static let autoCheckpointPages = 1000

    /// Articles per import transaction for callers that import many (`newsroom add`, reload):
    /// a commit rewrites every index page the batch touched, so bigger batches write less;
    /// 10,000 holds the write lock for about a quarter of a second.
    public static let importBatchSize = 10_000

    /// Deletes an article. Its bookmark stays (with its snapshot); its read state stays too,
    /// so a re-import of the same article comes back read.
    @discardableResult
    public func deleteArticle(id: Int64) throws(StoreError) -> Bool {
        try writing { db in
            try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    /// How many articles the library holds.
    public func articleCount() throws(StoreError) -> Int {
        try reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
    }
}

/// One import transaction: prepared statements reused for every article, bound directly
/// (`StatementBinder`) on the per-article path.
struct Importer {
    let db: Database
    let now: Int64
    var sourceIDs: [String: Int64] = [:]
    var findByPrefix: StatementBinder
    var insert: StatementBinder
    /// Notes a new row for the full-text index (see Schema's `fts_pending`).
    var notePending: StatementBinder
    var update: StatementBinder
    let refreshBookmark: Statement
    var insertSource: StatementBinder
    let touchSource: Statement

    /// The columns `bindColumns` binds, in its order: the content columns, then the bookkeeping.
    static let articleColumns = ArticleColumn.allNames + ["content_hash", "source_id", "imported_at"]

    init(db: Database, now: Int64) throws {
        self.db = db
        self.now = now
        let columns = Self.articleColumns
        findByPrefix = StatementBinder(try db.cachedStatement(sql: """
            SELECT id, identity, content_hash FROM articles WHERE identity >= ? AND identity < ?
            """))
        insert = StatementBinder(try db.cachedStatement(sql: """
            INSERT INTO articles (identity, short_length, \(columns.joined(separator: ", ")))
            VALUES (?, ?, \(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            """))
        notePending = StatementBinder(try db.cachedStatement(sql: "INSERT OR IGNORE INTO fts_pending (article_id) VALUES (?)"))
        update = StatementBinder(try db.cachedStatement(sql: """
            UPDATE articles SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")), page_fetched_at = NULL WHERE id = ?
            """))
        refreshBookmark = try db.cachedStatement(sql: """
            UPDATE bookmarks SET title = ?, publication = ?, section = ?, published = ?,
            published_offset = ?, source = ? WHERE identity = ?
            """)
        // A new file (the common case) is one plain insert and its row id; only a file seen
        // before needs the lookup (a RETURNING upsert per article cost 15% of an import).
        insertSource = StatementBinder(try db.cachedStatement(sql: """
            INSERT INTO sources (kind, location, first_seen, last_seen) VALUES (?, ?, ?, ?)
            ON CONFLICT (location) DO NOTHING
            """))
        touchSource = try db.cachedStatement(sql: "UPDATE sources SET last_seen = ? WHERE location = ? RETURNING id")
    }

    mutating func save(_ article: PreparedArticle) throws -> ImportOutcome {
        let identity = article.identity
        let contentHash = article.contentHash
        let source = article.source
        // Every stored identity sharing the default short prefix: the exact match (if any),
        // and the neighbours a new short id must differ from.
        let prefix = String(identity.prefix(ArticleIdentity.shortLength))
        var existing: (id: Int64, contentHash: Int64)?
        var others: [String] = []
        findByPrefix.start()
        findByPrefix.bind(prefix)
        findByPrefix.bind(prefix + "~")
        while let (id, stored, storedHash) = try findByPrefix.nextRow({ row in (row.int64(0), row.text(1), row.int64(2)) }) {
            if stored == identity {
                existing = (id, storedHash)
            } else {
                others.append(stored)
            }
        }
        if let existing {
            if existing.contentHash == contentHash { return .unchanged }
            let sourceID = try sourceID(for: source)
            update.start()
            Self.bindColumns(article, sourceID, now, into: &update)
            update.bind(existing.id)
            try update.run()
            try refreshBookmark.execute(
                arguments: [
                    article.title, article.publication, article.section,
                    article.published?.secondsSince1970, article.published?.utcOffsetSeconds,
                    article.link ?? source.location, identity,
                ])
            return .updated
        }
        var shortLength = ArticleIdentity.shortLength
        while others.contains(where: { $0.prefix(shortLength) == identity.prefix(shortLength) }) {
            shortLength += 1
        }
        let sourceID = try sourceID(for: source)
        insert.start()
        insert.bind(identity)
        insert.bind(shortLength)
        Self.bindColumns(article, sourceID, now, into: &insert)
        try insert.run()
        notePending.start()
        notePending.bind(db.lastInsertedRowID)
        try notePending.run()
        return .added
    }

    /// Binds `articleColumns`, in that order.
    private static func bindColumns(_ article: PreparedArticle, _ sourceID: Int64, _ now: Int64, into row: inout StatementBinder) {
        ArticleColumn.bindAll(article, into: &row)
        row.bind(article.contentHash)
        row.bind(sourceID)
        row.bind(now)
    }

    private mutating func sourceID(for source: ArticleSource) throws -> Int64 {
        if let known = sourceIDs[source.location] { return known }
        insertSource.start()
        insertSource.bind(source.kind)
        insertSource.bind(source.location)
        insertSource.bind(now)
        insertSource.bind(now)
        try insertSource.run()
        let id: Int64
        if db.changesCount == 1 {
            id = db.lastInsertedRowID
        } else if let known = try Int64.fetchOne(touchSource, arguments: [now, source.location]) {
            id = known
        } else {
            throw StoreError.database("the source \(source.location) could not be saved")
        }
        sourceIDs[source.location] = id
        return id
    }
}
