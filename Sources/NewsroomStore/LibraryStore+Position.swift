import GRDB
import NewsroomCore

/// Where one article stands in a headline list: the reader asks after `r` so the article that
/// was selected stays selected when new items landed above it.
extension LibraryStore {
    /// The index of article `id` in `headlines(filter:offset:limit:)`'s order (newest first:
    /// published DESC, id DESC; undated articles last), or nil when the filter does not show it.
    /// Counts the rows that sort before it; the count walks the date index (or the
    /// publication/section index) from the newest entry down to the article, never the rows.
    public func headlinePosition(id: Int64, filter: HeadlineFilter) throws -> Int? {
        guard let clause = HeadlineClause(filter) else { return nil }
        if clause.textQuery != nil { try updateSearchIndex() }
        return try reading { db in
            // Only a row the filter shows has a place in its list; `published` says where.
            let shown = try Row.fetchOne(
                db, sql: "SELECT a.published FROM articles a WHERE a.id = ? AND \(clause.sql)",
                arguments: StatementArguments([id]) + clause.arguments)
            guard let shown else { return nil }
            let query = Self.positionQuery(clause, id: id, published: shown["published"])
            return try Int.fetchOne(db, sql: query.sql, arguments: query.arguments) ?? 0
        }
    }

    /// `SELECT count(*)` of the rows under `clause` that sort before (`published`, `id`).
    /// Separate so a test can check its query plan.
    static func positionQuery(_ clause: HeadlineClause, id: Int64, published: Int64?) -> (sql: String, arguments: StatementArguments) {
        if let published {
            // A range on the index (published >= ?), then the ties on the same second by id:
            // the rowid is in every index, so no row is read to decide.
            return ("""
                SELECT count(*) FROM articles a
                WHERE a.published >= ? AND (a.published > ? OR a.id > ?) AND \(clause.sql)
                """, StatementArguments([published, published, id]) + clause.arguments)
        }
        // Undated articles come after every dated one (NULL sorts last in DESC).
        return ("""
            SELECT count(*) FROM articles a
            WHERE (a.published IS NOT NULL OR a.id > ?) AND \(clause.sql)
            """, StatementArguments([id]) + clause.arguments)
    }
}
