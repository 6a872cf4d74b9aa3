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
        let outcomes = try importBatch(articles.map { (article: $0, source: source) })
        var counts = ImportCounts()
        for outcome in outcomes { counts.count(outcome) }
        return counts
    }

    /// Imports articles from many sources (a folder of page dumps) in one transaction, so the
    /// cost of a commit is paid once. Returns one outcome per item, in order.
    public func importBatch(_ items: [(article: Article, source: ArticleSource)]) throws(StoreError) -> [ImportOutcome] {
        let timestamp = now()
        return try writing { db in
            var importer = try Importer(db: db, now: timestamp)
            return try items.map { item in try importer.save(item.article, from: item.source) }
        }
    }

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

/// One import transaction: prepared statements reused for every article.
private struct Importer {
    let db: Database
    let now: Int64
    var sourceIDs: [String: Int64] = [:]
    let findByPrefix: Statement
    let insert: Statement
    let update: Statement
    let refreshBookmark: Statement
    let insertSource: Statement
    let touchSource: Statement

    static let articleColumns = [
        "title", "kicker", "teaser", "body", "publication", "section", "image_credit", "contacts",
        "editors", "copyright", "published", "published_offset", "headlines", "related", "link",
        "guid", "updated", "updated_offset", "links", "enclosures", "content_hash", "source_id",
        "imported_at",
    ]

    init(db: Database, now: Int64) throws {
        self.db = db
        self.now = now
        let columns = Self.articleColumns
        findByPrefix = try db.cachedStatement(sql: """
            SELECT id, identity, content_hash FROM articles WHERE identity >= ? AND identity < ?
            """)
        insert = try db.cachedStatement(sql: """
            INSERT INTO articles (identity, short_length, \(columns.joined(separator: ", ")))
            VALUES (?, ?, \(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
            """)
        update = try db.cachedStatement(sql: """
            UPDATE articles SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?
            """)
        refreshBookmark = try db.cachedStatement(sql: """
            UPDATE bookmarks SET title = ?, publication = ?, section = ?, published = ?,
            published_offset = ?, source = ? WHERE identity = ?
            """)
        // A new file (the common case) is one plain insert and its row id; only a file seen
        // before needs the lookup (a RETURNING upsert per article cost 15% of an import).
        insertSource = try db.cachedStatement(sql: """
            INSERT INTO sources (kind, location, first_seen, last_seen) VALUES (?, ?, ?, ?)
            ON CONFLICT (location) DO NOTHING
            """)
        touchSource = try db.cachedStatement(sql: "UPDATE sources SET last_seen = ? WHERE location = ? RETURNING id")
    }

    mutating func save(_ article: Article, from source: ArticleSource) throws -> ImportOutcome {
        let identity = ArticleIdentity.identity(of: article, from: source)
        let contentHash = ArticleIdentity.contentHash(of: article)
        // Every stored identity sharing the default short prefix: the exact match (if any),
        // and the neighbours a new short id must differ from.
        let prefix = String(identity.prefix(ArticleIdentity.shortLength))
        var existing: (id: Int64, contentHash: Int64)?
        var others: [String] = []
        let neighbours = try Row.fetchCursor(findByPrefix, arguments: [prefix, prefix + "~"])
        while let row = try neighbours.next() {
            let stored: String = row[1]
            if stored == identity {
                existing = (row[0], row[2])
            } else {
                others.append(stored)
            }
        }
        if let existing {
            if existing.contentHash == contentHash { return .unchanged }
            let sourceID = try sourceID(for: source)
            try update.execute(arguments: values(article, contentHash, sourceID) + [existing.id])
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
        try insert.execute(arguments: [identity, shortLength] + values(article, contentHash, sourceID))
        return .added
    }

    private func values(_ article: Article, _ contentHash: Int64, _ sourceID: Int64) -> StatementArguments {
        [
            article.title, article.kicker, article.teaser, StoredColumns.encode(article.body),
            article.publication, article.section, article.imageCredit,
            StoredColumns.encode(article.contacts), StoredColumns.editors(article.contacts),
            article.copyright, article.published?.secondsSince1970,
            article.published?.utcOffsetSeconds, StoredColumns.encode(article.headlines),
            StoredColumns.encode(article.related), article.link, article.guid,
            article.updated?.secondsSince1970, article.updated?.utcOffsetSeconds,
            StoredColumns.encode(article.links), StoredColumns.encode(article.enclosures),
            contentHash, sourceID, now,
        ]
    }

    private mutating func sourceID(for source: ArticleSource) throws -> Int64 {
        if let known = sourceIDs[source.location] { return known }
        try insertSource.execute(arguments: [source.kind, source.location, now, now])
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
