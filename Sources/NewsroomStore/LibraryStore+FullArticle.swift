import GRDB
import NewsroomCore

extension LibraryStore {
    /// Stores the full article extracted from the web page behind a stored (feed) article:
    /// its text, editors, credit and dates replace the teaser version, readable offline and
    /// indexed for search (the update trigger queues the row for the index).
    ///
    /// Kept from the stored article: its identity, link, guid and source, its teaser (the
    /// page's own teaser only when the feed had none), its title when the page has none,
    /// and its content hash, so that the next reload of an unchanged feed item leaves the
    /// full text alone (a changed item is stored again from the feed, as any change is).
    /// Returns the article as stored; nil when the id is gone.
    @discardableResult
    public func saveFullArticle(id: Int64, page: Article) throws(StoreError) -> Article? {
        try writing { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM articles WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let stored = try ArticleColumn.article(row)
            let merged = Self.merge(page: page, into: stored)
            let prepared = PreparedArticle(merged, from: .file(""))  // identity unused: the row keeps its own
            let names = ArticleColumn.allNames
            var update = StatementBinder(try db.cachedStatement(sql: """
                UPDATE articles SET \(names.map { "\($0) = ?" }.joined(separator: ", ")), page_fetched_at = ? WHERE id = ?
                """))
            update.start()
            ArticleColumn.bindAll(prepared, into: &update)
            update.bind(now())
            update.bind(id)
            try update.run()
            return merged
        }
    }

    /// Articles of the feed at `location` with a web link whose full article was not fetched
    /// yet, newest first: what a reload of a `full-article` subscription fetches.
    public func articlesAwaitingFullText(feed location: String, limit: Int) throws(StoreError) -> [(id: Int64, link: String)] {
        try reading { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.id, a.link FROM articles a JOIN sources s ON s.id = a.source_id
                WHERE s.location = ? AND a.page_fetched_at IS NULL AND a.link IS NOT NULL
                ORDER BY a.published DESC, a.id DESC LIMIT ?
                """, arguments: [location, limit])
            return rows.compactMap { row in
                let link: String = row[1]
                return WebLink.isOpenable(link) ? (row[0], link) : nil
            }
        }
    }

    /// The page's article with what only the feed knows kept (see `saveFullArticle`).
    static func merge(page: Article, into stored: Article) -> Article {
        var merged = page
        if merged.title.isEmpty { merged.title = stored.title }
        merged.teaser = stored.teaser ?? page.teaser
        merged.link = stored.link ?? page.link
        merged.guid = stored.guid
        merged.publication = page.publication ?? stored.publication
        merged.section = page.section ?? stored.section
        merged.published = page.published ?? stored.published
        merged.updated = page.updated ?? stored.updated
        if merged.contacts.isEmpty { merged.contacts = stored.contacts }
        merged.enclosures = stored.enclosures
        return merged
    }
}
