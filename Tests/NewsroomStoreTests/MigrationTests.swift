import Foundation
import NewsroomCore
import Testing
@testable import NewsroomStore

/// A library written by the first schema (Fixtures/library-v1.sqlite, made by
/// Fixtures/make-library-v1.sh) opens with the current code, its bookmarks intact.
@Suite struct MigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/library-v1.sqlite").path

    @Test func version1LibraryOpensWithItsBookmarks() throws {
        let directory = try TemporaryDirectory()
        let copy = directory.path + "/library-v1.sqlite"
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: copy)
        let store = try LibraryStore(path: copy)

        #expect(try store.articleCount() == 20)
        let bookmarks = try store.bookmarks()
        #expect(bookmarks.count == 3)
        let byTitle = Dictionary(uniqueKeysWithValues: bookmarks.map { ($0.title, $0) })
        let newest = try #require(byTitle["Test article 19"])
        #expect(newest.note == "first note")
        #expect(newest.tags == ["energy", "jena"])
        #expect(newest.publication == "Test Courier")
        #expect(newest.articleID != nil)
        #expect(byTitle["Test article 14"]?.note == nil)
        #expect(byTitle["Test article 0"]?.note == "Übersicht, with an umlaut")
        // Short ids are the same as when the fixture was written, and still resolve.
        #expect(try store.resolve(shortID: newest.shortID).articleID == newest.articleID)
        // The v1 binary's import left its articles pending for the full-text index (the
        // seeding process never searched): the first search indexes them, then the index
        // agrees with the articles, and the library takes new writes.
        #expect(try store.pendingIndexCount() == 20)
        #expect(try store.search("Body of 7", limit: 5).map(\.title) == ["Test article 7"])
        #expect(try store.pendingIndexCount() == 0)
        #expect(try store.searchIndexCheck())
        let unbookmarked = try #require(try store.headlines(filter: .all, offset: 1, limit: 1).first)
        #expect(try store.toggleBookmark(id: unbookmarked.id))
        #expect(try store.bookmarks().count == 4)
        #expect(try store.integrityCheck() == ["ok"])
        // v3 took the insert trigger away; an import into the old file still notes its new
        // rows for the index, and search finds them.
        _ = try store.importArticles([SampleArticles.article(50, title: "Nach der Migration")], source: .file("/new.txt"))
        #expect(try store.pendingIndexCount() == 1)
        #expect(try store.search("Migration", limit: 5).map(\.title) == ["Nach der Migration"])
        let (version, pageSize) = try store.pool.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try Int.fetchOne(db, sql: "PRAGMA page_size"))
        }
        #expect(version == Schema.currentVersion)
        #expect(pageSize == 4_096)  // an existing file keeps its pages
        // v4 took the title index away; a related-headline lookup still finds old articles.
        let indexes = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'articles'")
        }
        #expect(!indexes.contains("articles_by_title"))
        #expect(indexes.contains("articles_by_published"))
        let old = try #require(try store.articleID(title: "Test article 7"))
        #expect(try store.article(id: old)?.title == "Test article 7")
    }

    static let fixtureV4 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/library-v4.sqlite").path

    /// Fixtures/library-v4.sqlite (made by make-library-v4.sh with the v4 binary from
    /// links-feed.xml) kept `[n]` markers in the body and the URLs in a `links` column.
    @Test func version4BodiesWithMarkersBecomeDocuments() throws {
        let directory = try TemporaryDirectory()
        let copy = directory.path + "/library-v4.sqlite"
        try FileManager.default.copyItem(atPath: Self.fixtureV4, toPath: copy)
        let store = try LibraryStore(path: copy)
        let id = try #require(try store.articleID(title: "Ferry timetable agreed"))
        let article = try #require(try store.article(id: id))
        #expect(article.body == [
            "The unions signed the new timetable on Monday.", "See the map and the timetable again.", "• Earlier first crossing",
        ])
        // The word before a marker carries its link (the old text kept no start of the link).
        #expect(article.blocks[0].spans == [
            InlineSpan("The unions signed the new "), InlineSpan("timetable", link: "https://gazette.example/timetable.pdf"),
            InlineSpan(" on Monday."),
        ])
        #expect(article.links == ["https://gazette.example/timetable.pdf", "https://gazette.example/map"])
        let plainID = try #require(try store.articleID(title: "No links here"))
        let plain = try #require(try store.article(id: plainID))
        #expect(plain.body == ["Plain words only."])
        // The search index no longer holds the markers' numbers, and agrees with the table.
        #expect(try store.search("timetable", limit: 5).map(\.id) == [id])
        #expect(try store.search("1", limit: 5).isEmpty)
        #expect(try store.searchIndexCheck())
        let columns = try store.pool.read { db in try db.columns(in: "articles").map(\.name) }
        #expect(columns.contains("blocks") && !columns.contains("links"))
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == Schema.currentVersion)
        // The next read of the feed gives the real link text: the converted item is updated,
        // the plain one (same hash as before) unchanged.
        let location = try #require(try store.pool.read { db in try String.fetchOne(db, sql: "SELECT location FROM sources") })
        let fresh = try InputParser.parse(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixtureV4)
            .deletingLastPathComponent().appendingPathComponent("links-feed.xml"))))
        guard case .feed(let feed) = fresh else { Issue.record("not a feed"); return }
        let counts = try store.importArticles(feed.articles, source: .feed(location))
        #expect(counts == ImportCounts(added: 0, updated: 1, unchanged: 1))
        #expect(try store.article(id: id)?.blocks[0].spans[1] == InlineSpan("new timetable", link: "https://gazette.example/timetable.pdf"))
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func fixtureIsUntouchedByTheTest() throws {
        // The test opens a copy: the committed fixture must stay a pure v1 file.
        let header = try fileBytes(Self.fixture).prefix(16)
        #expect(header == Data("SQLite format 3\u{0}".utf8))
        #expect(!FileManager.default.fileExists(atPath: Self.fixture + "-wal"))
    }
}
