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

    @Test func fixtureIsUntouchedByTheTest() throws {
        // The test opens a copy: the committed fixture must stay a pure v1 file.
        let header = try fileBytes(Self.fixture).prefix(16)
        #expect(header == Data("SQLite format 3\u{0}".utf8))
        #expect(!FileManager.default.fileExists(atPath: Self.fixture + "-wal"))
    }
}
