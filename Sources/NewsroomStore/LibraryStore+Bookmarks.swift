import GRDB
import NewsroomCore

/// What a short id the user typed points at: an article in the library, or a bookmark whose
/// article is gone.
public struct ResolvedID: Equatable, Sendable {
    /// nil when only a bookmark (snapshot) is left.
    public var articleID: Int64?
    /// The full 16-hex-digit identity.
    public var identity: String
    public var shortID: String
}

extension LibraryStore {
    // MARK: read state

    public func setRead(id: Int64, _ read: Bool) throws {
        let timestamp = now()
        try writing { db in
            let identity = try Self.identity(db, articleID: id)
            if read {
                try db.execute(
                    sql: "INSERT INTO read_state (identity, read_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    arguments: [identity, timestamp])
            } else {
                try db.execute(sql: "DELETE FROM read_state WHERE identity = ?", arguments: [identity])
            }
        }
    }

    // MARK: bookmarks

    /// Adds a bookmark with a snapshot of the article. When it is already bookmarked, the note
    /// and tags given replace the old ones (nil / empty keep them). Returns true when new.
    @discardableResult
    public func addBookmark(id: Int64, note: String? = nil, tags: [String] = []) throws(StoreError) -> Bool {
        let timestamp = now()
        return try writing { db in
            try Self.addBookmark(db, articleID: id, note: note, tags: tags, savedAt: timestamp)
        }
    }

    /// Removes the bookmark of an article. Returns false when it was not bookmarked.
    @discardableResult
    public func removeBookmark(id: Int64) throws(StoreError) -> Bool {
        try writing { db in
            let identity = try Self.identity(db, articleID: id)
            try db.execute(sql: "DELETE FROM bookmarks WHERE identity = ?", arguments: [identity])
            return db.changesCount > 0
        }
    }

    /// Removes a bookmark by what `resolve(shortID:)` found (works after the article is gone).
    @discardableResult
    public func removeBookmark(_ resolved: ResolvedID) throws(StoreError) -> Bool {
        try writing { db in
            try db.execute(sql: "DELETE FROM bookmarks WHERE identity = ?", arguments: [resolved.identity])
            return db.changesCount > 0
        }
    }

    @discardableResult
    public func toggleBookmark(id: Int64) throws -> Bool {
        let timestamp = now()
        return try writing { db in
            let identity = try Self.identity(db, articleID: id)
            try db.execute(sql: "DELETE FROM bookmarks WHERE identity = ?", arguments: [identity])
            if db.changesCount > 0 { return false }
            return try Self.addBookmark(db, articleID: id, note: nil, tags: [], savedAt: timestamp)
        }
    }

    /// Every bookmark, most recently saved first.
    public func bookmarks() throws -> [BookmarkRow] {
        let rows = try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT b.*, a.id AS article_id FROM bookmarks b
                LEFT JOIN articles a ON a.identity = b.identity
                ORDER BY b.saved_at DESC, b.short_id
                """)
        }
        return try rows.map { row throws(StoreError) in try ArticleRows.bookmark(row) }
    }

    // MARK: short ids

    /// Finds the article (or, when its article is gone, the bookmark) a short id names: any
    /// prefix of at least 4 hex digits of the identity that only one item starts with, or an
    /// item's exact short id.
    public func resolve(shortID: String) throws(StoreError) -> ResolvedID {
        let typed = shortID.lowercased()
        guard typed.count >= 4, typed.count <= 16, typed.allSatisfy(\.isHexDigit) else {
            throw .unknownID(shortID)
        }
        let matches: [ResolvedID] = try reading { db in
            let articles = try Row.fetchAll(
                db, sql: "SELECT id, identity, short_length FROM articles WHERE identity >= ? AND identity < ? LIMIT 10",
                arguments: [typed, typed + "~"]
            ).map { row in
                ResolvedID(
                    articleID: row["id"], identity: row["identity"],
                    shortID: String((row["identity"] as String).prefix(row["short_length"] as Int)))
            }
            let orphans = try Row.fetchAll(
                db, sql: """
                    SELECT b.identity, b.short_id FROM bookmarks b
                    WHERE b.identity >= ? AND b.identity < ?
                    AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.identity = b.identity) LIMIT 10
                    """,
                arguments: [typed, typed + "~"]
            ).map { row in ResolvedID(articleID: nil, identity: row["identity"], shortID: row["short_id"]) }
            return articles + orphans
        }
        if matches.count == 1 { return matches[0] }
        if let exact = matches.first(where: { $0.shortID == typed }) { return exact }
        if matches.isEmpty { throw .unknownID(shortID) }
        throw .ambiguousID(shortID, candidates: matches.map(\.shortID))
    }

    // MARK: helpers shared by the write methods

    static func identity(_ db: Database, articleID: Int64) throws -> String {
        guard let identity = try String.fetchOne(db, sql: "SELECT identity FROM articles WHERE id = ?", arguments: [articleID]) else {
            throw StoreError.unknownID(String(articleID))
        }
        return identity
    }

    static func addBookmark(_ db: Database, articleID: Int64, note: String?, tags: [String], savedAt: Int64) throws -> Bool {
        guard let row = try Row.fetchOne(
            db, sql: """
                SELECT a.identity, a.short_length, a.title, a.publication, a.section, a.published,
                a.published_offset, coalesce(a.link, s.location) AS source
                FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?
                """,
            arguments: [articleID])
        else { throw StoreError.unknownID(String(articleID)) }
        let identity: String = row["identity"]
        let shortID = String(identity.prefix(row["short_length"] as Int))
        try db.execute(
            sql: """
                INSERT INTO bookmarks (identity, short_id, saved_at, note, tags, title, publication,
                section, published, published_offset, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (identity) DO NOTHING
                """,
            arguments: [
                identity, shortID, savedAt, note, StoredColumns.encode(tags), row["title"],
                row["publication"], row["section"], row["published"], row["published_offset"], row["source"],
            ])
        if db.changesCount > 0 { return true }
        if let note {
            try db.execute(sql: "UPDATE bookmarks SET note = ? WHERE identity = ?", arguments: [note, identity])
        }
        if !tags.isEmpty {
            try db.execute(
                sql: "UPDATE bookmarks SET tags = ? WHERE identity = ?", arguments: [StoredColumns.encode(tags), identity])
        }
        return false
    }
}
