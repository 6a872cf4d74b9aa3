import GRDB

/// Bringing the full-text index up to date with the articles table.
///
/// Imports only note new and changed articles in `fts_pending` (see Schema): indexing is
/// the dearest part of an import (about 1 µs a word), so it runs once over the whole backlog
/// instead of row by row. Every text search catches up first, so results are never stale;
/// with nothing pending that costs one indexed lookup.
extension LibraryStore {
    /// Articles per indexing transaction: a killed process keeps what it finished, and the
    /// write-ahead log stays small.
    static let indexingChunk = 10_000

    /// Indexes every pending article; returns how many were indexed (0: it was up to date).
    @discardableResult
    public func updateSearchIndex() throws(StoreError) -> Int {
        // A read-only library cannot be indexed: a search sees what was indexed when it was
        // last written (an `add` indexes before it returns, so only an interrupted one is missed).
        guard !isReadOnly, try pendingIndexCount(limit: 1) > 0 else { return 0 }
        var total = 0
        while true {
            let indexed = try writing { db in try Self.indexPendingChunk(db) }
            if indexed == 0 { return total }
            total += indexed
        }
    }

    /// How many articles wait for the full-text index (counted up to `limit`, if given).
    public func pendingIndexCount(limit: Int? = nil) throws(StoreError) -> Int {
        try reading { db in
            if let limit {
                return try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM (SELECT 1 FROM fts_pending LIMIT ?)", arguments: [limit]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM fts_pending") ?? 0
        }
    }

    /// FTS5's own check, comparing the index with the articles it should hold (after a
    /// catch-up: pending rows are by design not in it yet). False when they disagree.
    func searchIndexCheck() throws(StoreError) -> Bool {
        try updateSearchIndex()
        do {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
            }
            return true
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            return false
        } catch {
            throw Self.openError(error, path: path)
        }
    }

    /// Indexes the oldest pending chunk in the current transaction; returns its size.
    private static func indexPendingChunk(_ db: Database) throws -> Int {
        guard let last = try Int64.fetchOne(
            db, sql: "SELECT max(article_id) FROM (SELECT article_id FROM fts_pending ORDER BY article_id LIMIT ?)",
            arguments: [indexingChunk])
        else { return 0 }
        try db.execute(
            sql: """
                INSERT INTO articles_fts (rowid, title, teaser, body, editors)
                SELECT a.id, a.title, a.teaser, a.body, a.editors
                FROM fts_pending p JOIN articles a ON a.id = p.article_id
                WHERE p.article_id <= ? ORDER BY p.article_id
                """,
            arguments: [last])
        try db.execute(sql: "DELETE FROM fts_pending WHERE article_id <= ?", arguments: [last])
        return db.changesCount
    }
}
