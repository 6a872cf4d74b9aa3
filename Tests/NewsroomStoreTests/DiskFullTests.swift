import Foundation
import GRDB
import NewsroomCore
import Testing
@testable import NewsroomStore

/// A full disk was "database error: database or disk is full", naming no file. SQLite reports
/// a full disk and a database at its `max_page_count` with the same code (SQLITE_FULL), so the
/// limit stands in for a full disk here (filling a real disk is neither safe nor portable).
@Suite struct DiskFullTests {
    @Test func aFullDiskIsOneLineNamingTheLibrary() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        try store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
        }
        let articles = (0..<500).map { SampleArticles.article($0, body: [String(repeating: "Text füllt die Platte. ", count: 200)]) }
        do {
            _ = try store.importArticles(articles, source: .file("/dumps/full"))
            Issue.record("the import should have hit the page limit")
        } catch {
            #expect(error == .diskFull(path: store.path))
            #expect(error.description == "cannot write the library \(store.path): disk full")
        }
    }

    @Test func anIOErrorNamesTheLibraryAndTheReason() {
        let error = LibraryStore.openError(DatabaseError(resultCode: .SQLITE_IOERR, message: "disk I/O error"), path: "/x/lib.sqlite")
        #expect(error.description == "the library /x/lib.sqlite failed: disk I/O error")
    }
}
