import Foundation
import NewsroomCore
import Testing
@testable import NewsroomStore

@Suite struct ImportTests {
    @Test func changedArticleIsUpdatedInPlaceKeepingBookmarkAndReadState() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try store.importArticles([SampleArticles.article(1)], source: .file("/a.txt"))
        let id = try #require(try store.headlines(filter: .all, offset: 0, limit: 1).first).id
        try store.addBookmark(id: id, note: "wichtig", tags: ["gas"])
        try store.setRead(id: id, true)

        let changed = SampleArticles.article(1, body: ["Ganz neuer Text über Übersicht."])
        let counts = try store.importArticles([changed], source: .file("/a.txt"))
        #expect(counts == ImportCounts(updated: 1))
        let row = try #require(try store.headlines(filter: .all, offset: 0, limit: 1).first)
        #expect(row.id == id)
        #expect(row.isRead)
        #expect(row.isBookmarked)
        #expect(try store.article(id: id) == changed)
        #expect(try store.bookmarks().first?.note == "wichtig")
        // The index follows the update: the new text is found, the old is not.
        #expect(try store.search("ubersicht", limit: 10).map(\.id) == [id])
        #expect(try store.search("Absatz", limit: 10).isEmpty)
    }

    @Test func articleRoundTripsEveryField() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let article = Article(
            title: "Titel mit \u{1B}[31m Steuerzeichen", kicker: "ÖKOSTROM", teaser: nil,
            body: ["Zeile\nmit Umbruch", "\u{202E}bidi", "emoji 👩‍👩‍👧"], publication: "P", section: nil,
            imageCredit: "Bild", contacts: [Contact(name: "A", role: nil, phone: nil, fax: "1", email: "a@b.c", channels: ["x", "y"])],
            copyright: nil, published: Timestamp(secondsSince1970: 1_705_933_920, utcOffsetSeconds: 3600),
            headlines: ["h1", "h2"], related: ["r"], link: "https://e.org/a", guid: "g",
            updated: Timestamp(secondsSince1970: 5, utcOffsetSeconds: -19_800), enclosures: ["https://e"])
        _ = try store.importArticles([article], source: .feed("https://e.org/feed"))
        let id = try #require(try store.articleID(title: article.title))
        #expect(try store.article(id: id) == article)
        #expect(try store.article(id: id + 100) == nil)
    }

    @Test func theDocumentRoundTripsAndSearchSeesPlainText() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let article = Article(
            title: "Dokument", blocks: [
                ArticleBlock(.heading(level: 2), text: "Fahrplan"),
                ArticleBlock(spans: [InlineSpan("Der neue "), InlineSpan("Fahrplan", link: "https://f.example/p")]),
                ArticleBlock(.listItem(number: 2), spans: [InlineSpan("zwei", style: .strong)]),
            ])
        _ = try store.importArticles([article], source: .feed("https://f.example/feed"))
        let id = try #require(try store.articleID(title: "Dokument"))
        let stored = try #require(try store.article(id: id))
        #expect(stored == article)
        #expect(stored.links == ["https://f.example/p"])
        let (body, blocks) = try store.pool.read { db in
            (try String.fetchOne(db, sql: "SELECT body FROM articles WHERE id = ?", arguments: [id]),
             try String?.fetchOne(db, sql: "SELECT blocks FROM articles WHERE id = ?", arguments: [id]))
        }
        #expect(body == #"["Fahrplan","Der neue Fahrplan","2. zwei"]"#)
        #expect(blocks??.contains("https://f.example/p") == true)
        #expect(try store.search("Fahrplan", limit: 5).map(\.id) == [id])
        // The same document again is unchanged; a changed link is an update.
        #expect(try store.importArticles([article], source: .feed("https://f.example/feed")).unchanged == 1)
        var moved = article
        moved.blocks[1].spans[1].link = "https://f.example/q"
        #expect(try store.importArticles([moved], source: .feed("https://f.example/feed")).updated == 1)
        #expect(try store.article(id: id)?.links == ["https://f.example/q"])
    }

    @Test func plainParagraphsStoreNoDocument() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try store.importArticles([Article(title: "Schlicht", body: ["a", "b"])], source: .file("/s.txt"))
        let blocks = try store.pool.read { db in try String?.fetchOne(db, sql: "SELECT blocks FROM articles") }
        #expect(blocks == .some(nil))
        let id = try #require(try store.articleID(title: "Schlicht"))
        #expect(try store.article(id: id)?.body == ["a", "b"])
    }

    @Test func countsAddedUpdatedUnchangedInOneBatch() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try SampleArticles.fill(store, count: 5)
        let outcomes = try store.importBatch([
            (article: SampleArticles.article(0), source: SampleArticles.file(0)),
            (article: SampleArticles.article(1, body: ["neu"]), source: SampleArticles.file(1)),
            (article: SampleArticles.article(9), source: SampleArticles.file(9)),
        ])
        #expect(outcomes == [.unchanged, .updated, .added])
        #expect(try store.articleCount() == 6)
    }

    @Test func emptyAndMissingTextStayApart() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        // Bound directly (StatementBinder): "" must not become NULL, nor nil "".
        let article = Article(
            title: "Leer", kicker: "", teaser: nil, body: ["", "x"], publication: "", section: nil,
            contacts: [Contact(name: "", role: "", phone: nil)], headlines: [], related: [""])
        _ = try store.importArticles([article], source: .file("/leer.txt"))
        let id = try #require(try store.articleID(title: "Leer"))
        #expect(try store.article(id: id) == article)
    }

    /// The import statements are reused for every article without clearing their values: an
    /// article without the optional fields must not inherit the previous article's.
    @Test func missingFieldsDoNotInheritThePreviousArticlesValues() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let full = Article(
            title: "Voll", kicker: "K", teaser: "T", body: ["b"], publication: "P", section: "S",
            imageCredit: "I", contacts: [], copyright: "C",
            published: Timestamp(secondsSince1970: 1_700_000_000, utcOffsetSeconds: 3600),
            headlines: [], related: [], link: "https://e.org/1", guid: "g1",
            updated: Timestamp(secondsSince1970: 1_700_000_100, utcOffsetSeconds: 0))
        let bare = Article(title: "Leer", body: ["b"])
        _ = try store.importBatch([(article: full, source: .file("/voll.txt")), (article: bare, source: .file("/leer.txt"))])
        let fullID = try #require(try store.articleID(title: "Voll"))
        let bareID = try #require(try store.articleID(title: "Leer"))
        #expect(try store.article(id: fullID) == full)
        #expect(try store.article(id: bareID) == bare)
    }

    /// An import relaxes the writer connection (no disk wait, no foreign-key checks, no
    /// checkpoint in the commit); the bookmark written after it must get all back, or a power
    /// cut could take it.
    @Test func importLeavesTheWriterDurableForBookmarks() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try SampleArticles.fill(store, count: 3)
        let (synchronous, foreignKeys, autoCheckpoint) = try store.pool.write { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
             try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"))
        }
        #expect(synchronous == 2)  // FULL
        #expect(foreignKeys == 1)
        #expect(autoCheckpoint == LibraryStore.autoCheckpointPages)
    }

    @Test func newLibraryHasSixteenKilobytePagesAndNotesEveryNewRowForTheIndex() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let ids = try SampleArticles.fill(store, count: 4)
        let (pageSize, pending) = try store.pool.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size"),
             try Int64.fetchAll(db, sql: "SELECT article_id FROM fts_pending ORDER BY article_id"))
        }
        #expect(pageSize == 16_384)
        #expect(pending == ids.sorted())
    }

    /// Imports leave checkpoints to WALCheckpointer's thread: the imported pages reach the
    /// database file itself soon after the commit, with the store still open and idle.
    @Test func importedPagesReachTheDatabaseFileInTheBackground() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let path = store.path
        func fileSize() -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
        }
        let before = fileSize()
        _ = try SampleArticles.fill(store, count: 200)
        let deadline = Date().addingTimeInterval(20)
        while fileSize() <= before && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(fileSize() > before)
    }
}
