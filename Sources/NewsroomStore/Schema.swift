import GRDB

/// The library's schema, as ordered, named migrations. A shipped migration is never edited:
/// a change is a new migration appended to `migrator`. `currentVersion` is written to
/// `PRAGMA user_version` by the last migration, so a newer database is recognised even
/// without reading GRDB's migration table.
enum Schema {
    /// Bump with every new migration (and write it at the end of that migration).
    static let currentVersion = 7
    /// `PRAGMA application_id`: marks the file as a Newsroom library ("NWSR").
    static let applicationID: Int32 = 0x4E57_5352

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sources, articles, read state, bookmarks, full-text index") { db in
            try createVersion1(db)
        }
        migrator.registerMigration("v2-feed-state") { db in
            try createVersion2(db)
        }
        migrator.registerMigration("v3-lighter-import") { db in
            try createVersion3(db)
        }
        migrator.registerMigration("v4-title-lookup-by-search-index") { db in
            try createVersion4(db)
        }
        migrator.registerMigration("v5-article-document") { db in
            try createVersion5(db)
        }
        migrator.registerMigration("v6-content-hash-from-the-column-table") { db in
            try createVersion6(db)
        }
        migrator.registerMigration("v7-full-articles-from-the-web") { db in
            try db.execute(sql: """
                -- When the full article was fetched from the item's web page (saveFullArticle);
                -- NULL: the row holds what its feed or file gave. A changed feed item, stored
                -- again from the feed, is NULL again.
                ALTER TABLE articles ADD COLUMN page_fetched_at INTEGER;
                PRAGMA user_version = 7;
                """)
        }
        return migrator
    }

    private static func createVersion1(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA application_id = \(applicationID);

            -- A file or feed articles were imported from.
            CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('file', 'feed')),
                location TEXT NOT NULL UNIQUE,
                first_seen INTEGER NOT NULL,
                last_seen INTEGER NOT NULL
            );

            -- One row per article identity. `identity` is 16 hex digits of a stable hash of
            -- the identity key; the short id users type is its first `short_length` digits.
            -- List columns (body, contacts, headlines, related, links, enclosures) hold JSON.
            CREATE TABLE articles (
                -- What lists, sorts and filters read comes first: rows are larger than a page,
                -- and a column stored past the first page costs a walk along the overflow chain.
                id INTEGER PRIMARY KEY,
                identity TEXT NOT NULL UNIQUE,
                short_length INTEGER NOT NULL,
                published INTEGER,
                published_offset INTEGER,
                publication TEXT,
                section TEXT,
                kicker TEXT,
                title TEXT NOT NULL,
                content_hash INTEGER NOT NULL,
                source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
                imported_at INTEGER NOT NULL,
                link TEXT,
                guid TEXT,
                updated INTEGER,
                updated_offset INTEGER,
                image_credit TEXT,
                copyright TEXT,
                teaser TEXT,
                editors TEXT NOT NULL,
                contacts TEXT NOT NULL,
                links TEXT NOT NULL,
                enclosures TEXT NOT NULL,
                related TEXT NOT NULL,
                headlines TEXT NOT NULL,
                body TEXT NOT NULL
            );
            -- Newest first (rowid breaks ties: import order), walked backwards by the list.
            CREATE INDEX articles_by_published ON articles(published);
            CREATE INDEX articles_by_publication ON articles(publication, published);
            CREATE INDEX articles_by_section ON articles(section, published);
            CREATE INDEX articles_by_title ON articles(title);
            CREATE INDEX articles_by_source ON articles(source_id);

            -- Read state and bookmarks are keyed by identity, not by row: they survive the
            -- article being re-imported, and bookmarks survive it being deleted.
            CREATE TABLE read_state (
                identity TEXT PRIMARY KEY,
                read_at INTEGER NOT NULL
            ) WITHOUT ROWID;

            -- A bookmark keeps a snapshot of what identifies it to a reader, so it lists and
            -- exports after its article or source file is gone. Tags are a JSON array.
            CREATE TABLE bookmarks (
                identity TEXT PRIMARY KEY,
                short_id TEXT NOT NULL,
                saved_at INTEGER NOT NULL,
                note TEXT,
                tags TEXT NOT NULL DEFAULT '[]',
                title TEXT NOT NULL,
                publication TEXT,
                section TEXT,
                published INTEGER,
                published_offset INTEGER,
                source TEXT
            ) WITHOUT ROWID;
            CREATE INDEX bookmarks_by_saved_at ON bookmarks(saved_at);

            -- Full-text index over the articles table (external content: the text is stored
            -- once). Diacritics are folded both ways: `ubersicht` finds `Übersicht`.
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, teaser, body, editors,
                content = 'articles', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2'
            );
            -- Articles written but not yet in the full-text index. Indexing costs about 1 µs a
            -- word, several times the rest of an import, so imports only note the row here and
            -- `LibraryStore.updateSearchIndex()` indexes the backlog in one pass: at the end of
            -- `newsroom add`, and before any text search (so results are never stale). A process
            -- killed in between leaves the rows here, to be indexed next time.
            CREATE TABLE fts_pending (
                article_id INTEGER PRIMARY KEY
            );
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT OR IGNORE INTO fts_pending (article_id) VALUES (new.id);
            END;
            -- An external-content index forgets a row by being given its old text again; a row
            -- still pending was never indexed, so there is nothing to forget.
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, teaser, body, editors)
                SELECT 'delete', old.id, old.title, old.teaser, old.body, old.editors
                WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE article_id = old.id);
                DELETE FROM fts_pending WHERE article_id = old.id;
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, teaser, body, editors ON articles BEGIN
                INSERT INTO articles_fts (articles_fts, rowid, title, teaser, body, editors)
                SELECT 'delete', old.id, old.title, old.teaser, old.body, old.editors
                WHERE NOT EXISTS (SELECT 1 FROM fts_pending WHERE article_id = old.id);
                INSERT OR IGNORE INTO fts_pending (article_id) VALUES (new.id);
            END;

            PRAGMA user_version = 1;
            """)
    }

    /// Per-feed fetch state for `newsroom reload`. Subscriptions themselves live in the urls
    /// file (the user's, editable by hand); this table only remembers what the last fetch of a
    /// URL saw, so the next one can be conditional and an unchanged body skips the parse.
    private static func createVersion2(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE feed_state (
                url TEXT PRIMARY KEY,
                title TEXT,
                etag TEXT,
                last_modified TEXT,
                -- StableHash of the last body parsed, so a server without validators that sends
                -- the same bytes again costs no parse either.
                body_hash INTEGER,
                last_fetched INTEGER,
                -- 'ok', 'not-modified', 'unchanged' or 'failed'; last_error says why it failed.
                last_status TEXT,
                last_error TEXT
            ) WITHOUT ROWID;

            PRAGMA user_version = 2;
            """)
    }

    /// A lighter article insert.
    /// - Every secondary index costs an import about 3 µs an article (a random-order B-tree
    ///   insert, and its pages rewritten at each commit). The source index served only the
    ///   per-feed counts of `newsroom feeds`, which can afford a scan; it goes.
    /// - An insert that fires a trigger may fail half done, so SQLite copied every page it
    ///   touched to a statement journal first: 16 writes an article, most of an import's time.
    ///   The importer now notes new rows in `fts_pending` itself (LibraryStore+Import).
    private static func createVersion3(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX articles_by_source;
            DROP TRIGGER articles_fts_insert;

            PRAGMA user_version = 3;
            """)
    }

    /// The title index goes. It served one lookup (a page's related headline -> its article,
    /// `LibraryStore.articleID(title:)`), and cost every import a random-order insert of a long
    /// string key: 8% of the writer's instructions, measured with callgrind on
    /// `newsroom-bench store-import`. That lookup now asks the full-text index for the title's
    /// words (and the few rows still waiting for it), then compares the title exactly.
    private static func createVersion4(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX articles_by_title;

            PRAGMA user_version = 4;
            """)
    }

    /// The body becomes a document. Until v4 a feed body carried its links as `[n]` markers
    /// written into the text, with the URLs in a `links` column: search indexed the markers
    /// and every export showed them. Now `body` is plain paragraphs and a `blocks` column
    /// holds the document with its link spans (NULL for plain paragraphs: page dumps).
    /// Stored bodies with markers are converted (`LinkMarkers`); the `links` column goes, its
    /// URLs live in the spans. The content hash is left as it was, so the next reload of such
    /// a feed item rewrites it from the feed with its real link texts and structure.
    private static func createVersion5(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE articles ADD COLUMN blocks TEXT")
        let select = try db.makeStatement(sql: """
            SELECT id, body, links FROM articles WHERE links != '[]' AND id > ? ORDER BY id LIMIT 1000
            """)
        let update = try db.makeStatement(sql: "UPDATE articles SET body = ?, blocks = ? WHERE id = ?")
        var after: Int64 = 0
        while true {
            // In chunks, so a large library is never held in memory at once.
            let rows = try Row.fetchAll(select, arguments: [after])
            guard let last = rows.last else { break }
            after = last["id"]
            for row in rows {
                let body = try StoredColumns.decodeStrings(row["body"])
                let links = try StoredColumns.decodeStrings(row["links"])
                let blocks = LinkMarkers.blocks(body, links: links)
                let bodyJSON = String(decoding: StoredColumns.jsonBytes(blocks.map(\.bodyText)), as: UTF8.self)
                let blocksJSON = StoredColumns.blocksBytes(blocks).map { String(decoding: $0, as: UTF8.self) }
                try update.execute(arguments: [bodyJSON, blocksJSON, row["id"] as Int64])
            }
        }
        try db.execute(sql: """
            ALTER TABLE articles DROP COLUMN links;

            PRAGMA user_version = 5;
            """)
    }

    /// The content hash is now computed from the stored columns (`ArticleColumn`, the one
    /// table of an article's fields) instead of a hand-written list. Every row's hash is
    /// computed again from what it stores, so an unchanged article read again is still
    /// "unchanged" after the upgrade.
    private static func createVersion6(_ db: Database) throws {
        let select = try db.makeStatement(sql: "SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT 1000")
        let update = try db.makeStatement(sql: "UPDATE articles SET content_hash = ? WHERE id = ?")
        var after: Int64 = 0
        while true {
            let rows = try Row.fetchAll(select, arguments: [after])
            guard let last = rows.last else { break }
            after = last["id"]
            for row in rows {
                // The source only names the identity, which the hash does not include.
                let prepared = PreparedArticle(try ArticleColumn.article(row), from: .file(""))
                try update.execute(arguments: [prepared.contentHash, row["id"] as Int64])
            }
        }
        try db.execute(sql: "PRAGMA user_version = 6")
    }
}
