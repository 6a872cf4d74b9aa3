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
                UPDATE articles SET \(names.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?
                """))
            update.start()
            ArticleColumn.bindAll(prepared, into: &update)
            update.bind(id)
            try update.run()
            return merged
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
