import GRDB
import NewsroomCore

/// The read side the reader uses: pages of headlines, one article, filter menus.
extension LibraryStore {
    public func headlineCount(filter: HeadlineFilter) throws -> Int {
        if filter.unreadOnly { return try unreadCount(filter: filter) }
        guard let clause = HeadlineClause(filter) else { return 0 }
        if clause.textQuery != nil { try updateSearchIndex() }
        return try reading { db in
            // Text alone: the index (brought up to date above) knows how many rows match
            // without looking each one up.
            if clause.isTextOnly, let query = clause.textQuery {
                return try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", arguments: [query]) ?? 0
            }
            return try Int.fetchOne(db, sql: clause.countSQL, arguments: clause.arguments) ?? 0
        }
    }

    /// The filter's rows less those read: counted from the read side (identities are unique),
    /// so the cost follows the rows read, not the library. Asking every article whether it
    /// was read cost 110 M instructions (about 30 ms) at 100,000, right after the reader's
    /// first frame, where the first key waited for it.
    private func unreadCount(filter: HeadlineFilter) throws -> Int {
        var all = filter
        all.unreadOnly = false
        guard let clause = HeadlineClause(all) else { return 0 }
        let total = try headlineCount(filter: all)
        let read = try reading { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM read_state r JOIN articles a ON a.identity = r.identity WHERE \(clause.sql)",
                arguments: clause.arguments) ?? 0
        }
        return max(0, total - read)
    }

    /// Newest first. The page's ids come from the index alone (covering: published + rowid),
    /// then only those rows are read, so a deep offset skips index entries, not table rows.
    public func headlines(filter: HeadlineFilter, offset: Int, limit: Int) throws -> [HeadlineRow] {
        guard limit > 0, let clause = HeadlineClause(filter) else { return [] }
        if clause.textQuery != nil { try updateSearchIndex() }
        return try reading { db in
            // With a text filter, walk the date index newest first and keep the rows the
            // (materialized) match list holds: a common word fills a screen after a few
            // hundred entries, where sorting all its matches by date took 300 ms at 100,000.
            let walkDates = clause.textQuery != nil && filter.publication == nil && filter.section == nil
            return try Self.headlinePage(
                db, clause: clause, newestFirst: true, indexedByDate: walkDates, limit: limit, offset: max(0, offset))
        }
    }

    /// A page of rows in the list's order (newest first), whose ids the subquery takes from
    /// the index in `newestFirst` order (oldest first: `offset` counts from the oldest end).
    /// One statement, cached per filter shape: the reader asks for a page at each jump, and
    /// preparing a fresh `IN (?, ?, ...)` list of ids for every page cost more than running
    /// it (callgrind, End at 100,000: 0.7 M of the 1.35 M instructions a page took).
    static func headlinePage(
        _ db: Database, clause: HeadlineClause, newestFirst: Bool, indexedByDate: Bool, limit: Int, offset: Int
    ) throws -> [HeadlineRow] {
        let direction = newestFirst ? "DESC" : "ASC"
        let statement = try db.cachedStatement(sql: """
            SELECT \(ArticleRows.headlineColumns) FROM articles a WHERE a.id IN (
                SELECT a.id FROM articles a \(indexedByDate ? "INDEXED BY articles_by_published" : "") WHERE \(clause.sql)
                ORDER BY a.published \(direction), a.id \(direction) LIMIT ? OFFSET ?)
            ORDER BY a.published DESC, a.id DESC
            """)
        let rows = try Row.fetchCursor(statement, arguments: clause.arguments + [limit, offset])
        var page: [HeadlineRow] = []
        page.reserveCapacity(limit)
        while let row = try rows.next() { page.append(ArticleRows.headline(row)) }
        return page
    }

    /// One article's headline row (short id, read and bookmark state), or nil.
    public func headline(id: Int64) throws(StoreError) -> HeadlineRow? {
        try reading { db in try Self.headlineRows(db, ids: [id]).first }
    }

    /// Rows for `ids`, in the order of `ids`.
    /// Fetched in chunks: SQLite refuses statements with more than 32,766 parameters, and
    /// `newsroom list` asks for every article at once.
    static func headlineRows(_ db: Database, ids: [Int64]) throws -> [HeadlineRow] {
        guard !ids.isEmpty else { return [] }
        var byID: [Int64: HeadlineRow] = [:]
        byID.reserveCapacity(ids.count)
        var start = 0
        while start < ids.count {
            let chunk = ids[start..<min(start + headlineChunk, ids.count)]
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            // A cursor: each row is read in place instead of copied first.
            let rows = try Row.fetchCursor(
                db, sql: "SELECT \(ArticleRows.headlineColumns) FROM articles a WHERE a.id IN (\(placeholders))",
                arguments: StatementArguments(Array(chunk)))
            while let row = try rows.next() {
                let headline = ArticleRows.headline(row)
                byID[headline.id] = headline
            }
            start += chunk.count
        }
        return ids.compactMap { byID[$0] }
    }

    static let headlineChunk = 500

    public func article(id: Int64) throws -> Article? {
        let row = try reading { db in try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE id = ?", arguments: [id]) }
        return try row.map { row throws(StoreError) in try ArticleColumn.article(row) }
    }

    /// The newest article with exactly this title (a page's related headline). There is no
    /// title index (Schema v4): the full-text index narrows to the rows holding the title's
    /// words in their title, plus the rows not indexed yet (`fts_pending`, small after every
    /// `add` and search), and the exact comparison picks among them. A title without a word
    /// to look for (only punctuation) is rare enough for a scan.
    public func articleID(title: String) throws -> Int64? {
        try reading { db in
            guard let words = FullTextQuery.make(title) else {
                return try Int64.fetchOne(
                    db, sql: "SELECT id FROM articles WHERE title = ? ORDER BY published DESC, id DESC LIMIT 1",
                    arguments: [title])
            }
            return try Int64.fetchOne(db, sql: Self.newestWithTitleSQL, arguments: ["title : (\(words))", title, title])
        }
    }

    /// Arguments: the FTS5 query for the title's words, then the title twice. CROSS JOIN
    /// keeps the order as written: SQLite's planner would otherwise walk all of `articles`
    /// and probe the pending list (measured: it does on a small library).
    static let newestWithTitleSQL = """
        SELECT id FROM (
            SELECT a.id, a.published FROM articles_fts f CROSS JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH ? AND a.title = ?
            UNION ALL
            SELECT a.id, a.published FROM fts_pending p CROSS JOIN articles a ON a.id = p.article_id
            WHERE a.title = ?)
        ORDER BY published DESC, id DESC LIMIT 1
        """

    public func publications() throws -> [String] {
        try reading { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT publication FROM articles WHERE publication IS NOT NULL ORDER BY publication")
        }
    }

    public func sections() throws -> [String] {
        try reading { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT section FROM articles WHERE section IS NOT NULL ORDER BY section")
        }
    }

    /// Full-text search (title, teaser, body, editor names; diacritics folded), newest first.
    public func search(_ text: String, limit: Int) throws(StoreError) -> [HeadlineRow] {
        do {
            return try headlines(filter: HeadlineFilter(text: text), offset: 0, limit: limit)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }
}

/// The WHERE clause of a headline filter, over `articles a`.
struct HeadlineClause {
    var sql: String
    var arguments: StatementArguments
    /// The FTS5 query of the text filter, if any.
    var textQuery: String?
    /// Only a text filter is set.
    var isTextOnly: Bool
    /// Counts the matching articles. No WHERE at all for the whole library: `WHERE 1` made
    /// SQLite step through every row (15.6 M instructions at 100,000, before the reader's
    /// first frame) instead of counting an index's pages (its count optimization needs no WHERE).
    var countSQL: String {
        sql == "1" ? "SELECT count(*) FROM articles" : "SELECT count(*) FROM articles a WHERE \(sql)"
    }

    /// nil when the filter cannot match anything (free text without a word in it).
    init?(_ filter: HeadlineFilter) {
        var parts: [String] = []
        var arguments = StatementArguments()
        var textQuery: String?
        if let text = filter.text, !text.allSatisfy(\.isWhitespace) {
            guard let query = FullTextQuery.make(text) else { return nil }
            parts.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            arguments += [query]
            textQuery = query
        }
        if let publication = filter.publication {
            parts.append("a.publication = ?")
            arguments += [publication]
        }
        if let section = filter.section {
            parts.append("a.section = ?")
            arguments += [section]
        }
        if let feeds = filter.feeds {
            guard !feeds.isEmpty else { return nil }
            let placeholders = Array(repeating: "?", count: feeds.count).joined(separator: ",")
            parts.append("a.source_id IN (SELECT id FROM sources WHERE kind = 'feed' AND location IN (\(placeholders)))")
            arguments += StatementArguments(feeds)
        }
        // The store does not know the urls file's tags: an unresolved tag matches nothing
        // rather than everything (see `HeadlineFilter.tag`).
        if filter.tag != nil { return nil }
        if filter.bookmarkedOnly {
            parts.append("a.identity IN (SELECT identity FROM bookmarks)")
        }
        if filter.unreadOnly {
            parts.append("NOT EXISTS (SELECT 1 FROM read_state r WHERE r.identity = a.identity)")
        }
        self.sql = parts.isEmpty ? "1" : parts.joined(separator: " AND ")
        self.arguments = arguments
        self.textQuery = textQuery
        self.isTextOnly = textQuery != nil && parts.count == 1
    }
}
