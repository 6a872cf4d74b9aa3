import GRDB
import NewsroomCore

/// Where one article stands in a headline list: the reader asks after `r` so the article that
/// was selected stays selected when new items landed above it.
extension LibraryStore {
    /// The index of article `id` in `headlines(filter:offset:limit:)`'s order (newest first:
    /// published DESC, id DESC; undated articles last), or nil when the filter does not show it.
    /// Counts the rows that sort before it; the count walks a covering index (the date index,
    /// or the publication/section one) from the newest entry down to the article, and reads no
    /// table row. Unread filters subtract the read articles before it (see `unreadPosition`).
    public func headlinePosition(id: Int64, filter: HeadlineFilter) throws -> Int? {
        guard let clause = HeadlineClause(filter) else { return nil }
        if clause.textQuery != nil { try updateSearchIndex() }
        return try reading { db in
            // Only a row the filter shows has a place in its list; `published` says where.
            let shown = try Row.fetchOne(
                db, sql: "SELECT a.published FROM articles a WHERE a.id = ? AND \(clause.sql)",
                arguments: StatementArguments([id]) + clause.arguments)
            guard let shown else { return nil }
            let published: Int64? = shown["published"]
            if filter.unreadOnly {
                return try Self.unreadPosition(db, id: id, published: published, filter: filter)
            }
            let query = Self.positionQuery(clause, id: id, published: published, filter: filter)
            return try Int.fetchOne(db, sql: query.sql, arguments: query.arguments) ?? 0
        }
    }

    /// Unread filters: "unread" is a lookup by identity, which no index on dates holds, so a
    /// direct count reads every table row above the article (550 ms deep in 100,000). So
    /// first the rows before it regardless of read state (a covering index); when they are
    /// fewer than the read articles, the direct count reads just those rows; else the read
    /// ones among them are counted from the read list (one row read per read article) and
    /// subtracted. Either way at most min(rows above, read articles) rows are read.
    static func unreadPosition(_ db: Database, id: Int64, published: Int64?, filter: HeadlineFilter) throws -> Int {
        var anyReadState = filter
        anyReadState.unreadOnly = false
        guard let clause = HeadlineClause(anyReadState) else { return 0 }
        let all = positionQuery(clause, id: id, published: published, filter: anyReadState)
        let before = try Int.fetchOne(db, sql: all.sql, arguments: all.arguments) ?? 0
        let readCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM read_state") ?? 0
        if before <= readCount, let unreadClause = HeadlineClause(filter) {
            let direct = positionQuery(unreadClause, id: id, published: published, filter: filter)
            return try Int.fetchOne(db, sql: direct.sql, arguments: direct.arguments) ?? 0
        }
        let order = beforeCondition(id: id, published: published)
        // CROSS JOIN keeps the read list as the outer loop: each read article is looked up by
        // its identity, never the other way round.
        let readBefore = try Int.fetchOne(
            db, sql: """
                SELECT count(*) FROM read_state r CROSS JOIN articles a ON a.identity = r.identity
                WHERE \(order.sql) AND \(clause.sql)
                """,
            arguments: order.arguments + clause.arguments) ?? 0
        return before - readBefore
    }

    /// `SELECT count(*)` of the rows under `clause` that sort before (`published`, `id`).
    /// Separate so a test can check its query plan.
    static func positionQuery(_ clause: HeadlineClause, id: Int64, published: Int64?,
                              filter: HeadlineFilter) -> (sql: String, arguments: StatementArguments) {
        // With a text filter, walk the date index and test each entry against the match list
        // (as `headlines` does): left to itself, SQLite drives the count from the matches and
        // reads every matching row for its date (120 ms for a common word at 100,000).
        let walkDates = clause.textQuery != nil && filter.publication == nil && filter.section == nil
        let table = "articles a" + (walkDates ? " INDEXED BY articles_by_published" : "")
        let order = beforeCondition(id: id, published: published)
        return ("SELECT count(*) FROM \(table) WHERE \(order.sql) AND \(clause.sql)", order.arguments + clause.arguments)
    }

    /// Rows of `articles a` that sort before (`published`, `id`) newest first.
    static func beforeCondition(id: Int64, published: Int64?) -> (sql: String, arguments: StatementArguments) {
        guard let published else {
            // Undated articles come after every dated one (NULL sorts last in DESC).
            return ("(a.published IS NOT NULL OR a.id > ?)", [id])
        }
        // A range on the index (published >= ?), then the ties on the same second by id:
        // the rowid is in every index, so no row is read to decide.
        return ("a.published >= ? AND (a.published > ? OR a.id > ?)", [published, published, id])
    }
}
