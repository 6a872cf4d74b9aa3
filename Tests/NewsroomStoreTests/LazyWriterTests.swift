import Foundation
import GRDB
import NewsroomCore
import Testing
@testable import NewsroomStore

/// An up-to-date library is read through the connection that checked it; the read-write pool
/// opens on the first write, and that write is still refused on a library a newer newsroom
/// migrated in the meantime.
@Suite struct LazyWriterTests {
    private func makeLibrary(_ directory: TemporaryDirectory) throws -> (path: String, ids: [Int64]) {
        let store = try directory.openStore()
        return (store.path, try SampleArticles.fill(store, count: 30))
    }

    @Test func readingSessionOpensNoWriter() throws {
        let directory = try TemporaryDirectory()
        let (path, ids) = try makeLibrary(directory)
        let store = try LibraryStore(path: path)
        #expect(try store.headlineCount(filter: .all) == 30)
        _ = try store.headlines(filter: .all, offset: 0, limit: 10)
        #expect(!store.hasOpenedWriter)
        #expect(!store.isReadOnly)

        // The first write opens it, and the read connection sees what it wrote.
        #expect(try store.addBookmark(id: ids[3]))
        #expect(store.hasOpenedWriter)
        #expect(try store.bookmarks().map(\.articleID) == [ids[3]])
    }

    @Test func newLibraryOpensTheWriterAtOnce() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        #expect(store.hasOpenedWriter)  // it created and migrated the file
    }

    @Test func newerMigrationAfterOpeningIsRefusedAtTheFirstWrite() throws {
        let directory = try TemporaryDirectory()
        let (path, ids) = try makeLibrary(directory)
        let store = try LibraryStore(path: path)
        // A newer newsroom migrates the library while this one shows it.
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2: from the future')")
        }
        try other.close()
        do {
            _ = try store.addBookmark(id: ids[0])
            Issue.record("the write should have been refused")
        } catch {
            if case .newerVersion(_, let found) = error {
                #expect(found.contains("v2: from the future"))
            } else {
                Issue.record("unexpected error: \(error)")
            }
        }
        #expect(!store.hasOpenedWriter)
        let bookmarks = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM bookmarks") }
        #expect(bookmarks == 0)
    }
}
