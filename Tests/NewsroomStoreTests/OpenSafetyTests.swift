import Foundation
import GRDB
import NewsroomCore
import Testing
@testable import NewsroomStore

/// A damaged, foreign or newer file is refused with an error naming it, and left exactly as
/// it was (no repair, no recreation, no migration).
@Suite struct OpenSafetyTests {
    private func expectRefused(_ path: String, matching check: (StoreError) -> Bool) throws {
        let before = try fileBytes(path)
        do {
            _ = try LibraryStore(path: path)
            Issue.record("opening \(path) should have failed")
        } catch {
            #expect(check(error), "unexpected error: \(error)")
            #expect(error.description.contains(path))
        }
        #expect(try fileBytes(path) == before)
    }

    private func makeLibrary(_ directory: TemporaryDirectory) throws -> String {
        let store = try directory.openStore()
        let ids = try SampleArticles.fill(store, count: 300)
        for id in ids.prefix(50) { try store.addBookmark(id: id) }
        return store.path
    }

    @Test func garbageIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/garbage.sqlite"
        var generator = SystemRandomNumberGenerator()
        let garbage = Data((0..<40_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try garbage.write(to: URL(fileURLWithPath: path))
        try expectRefused(path) { if case .corrupt = $0 { true } else { false } }
        let short = directory.path + "/short.sqlite"
        try Data("SQLite format".utf8).write(to: URL(fileURLWithPath: short))
        try expectRefused(short) { if case .corrupt = $0 { true } else { false } }
    }

    @Test func truncatedLibraryIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = try makeLibrary(directory)
        let bytes = try fileBytes(path)
        for length in [bytes.count / 2, bytes.count / 2 + 1000, 4096 + 17] {
            let truncated = directory.path + "/truncated-\(length).sqlite"
            try bytes.prefix(length).write(to: URL(fileURLWithPath: truncated))
            try expectRefused(truncated) { if case .corrupt = $0 { true } else { false } }
        }
    }

    @Test func damagedPagesAreRefusedBeforeAnyWrite() throws {
        // A file with a sane header whose pages are garbage: caught by quick_check when the
        // schema has to be created, never "migrated" into an empty library.
        let directory = try TemporaryDirectory()
        let path = try makeLibrary(directory)
        var bytes = try fileBytes(path)
        for index in 4096..<bytes.count where index % 7 != 0 { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        let damaged = directory.path + "/damaged.sqlite"
        try bytes.write(to: URL(fileURLWithPath: damaged))
        let before = try fileBytes(damaged)
        do {
            let store = try LibraryStore(path: damaged)
            _ = try store.headlines(filter: .all, offset: 0, limit: 20)
            _ = try store.bookmarks()
            Issue.record("a damaged library was read without an error")
        } catch let error as StoreError {
            #expect(error.description.contains(damaged) || error.description.contains("database"))
        }
        #expect(try fileBytes(damaged) == before)
    }

    @Test func foreignDatabaseIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/other.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try queue.close()
        try expectRefused(path) { $0 == .notALibrary(path: path) }
    }

    /// Another program's empty database (its application_id set, no tables yet) used to be
    /// migrated into a library: only an unmarked file without tables may become one.
    @Test func emptyDatabaseWithAnotherApplicationIDIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/other-empty.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA application_id = 1179603780") }  // "FOSD"
        try queue.close()
        try expectRefused(path) { $0 == .foreignApplication(path: path, applicationID: 1_179_603_780) }
        let line = StoreError.foreignApplication(path: path, applicationID: 1_179_603_780).description
        #expect(line.contains(path) && line.contains("application_id 0x464F5344"))
    }

    /// Reading commands open an up-to-date library read-only (SQLITE_OPEN_READONLY): they read,
    /// a write fails, and the file is not touched. (Root ignores file modes, so this checks the
    /// open mode itself; ReadOnlyLibraryTests runs the commands as an unprivileged user.)
    @Test func readOnlyAccessReadsAndNeverWrites() throws {
        let directory = try TemporaryDirectory()
        let path = try makeLibrary(directory)
        let before = try fileBytes(path)
        let store = try LibraryStore(path: path, access: .readOnly)
        #expect(store.isReadOnly)
        #expect(try store.headlineCount(filter: .all) == 300)
        #expect(try store.bookmarks().count == 50)
        #expect(throws: StoreError.self) { try store.importArticles([Article(title: "new")], source: .file("/x")) }
        #expect(try fileBytes(path) == before)
        // Nothing to read yet: an absent library is created as before.
        let absent = directory.path + "/new/newsroom.sqlite"
        let created = try LibraryStore(path: absent, access: .readOnly)
        #expect(!created.isReadOnly)
        #expect(try created.articleCount() == 0)
    }

    @Test func newerMigrationIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = try makeLibrary(directory)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2: from the future')")
        }
        try queue.close()
        try expectRefused(path) { error in
            if case .newerVersion(_, let found) = error { return found.contains("v2: from the future") }
            return false
        }
    }

    @Test func newerSchemaVersionIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = try makeLibrary(directory)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "PRAGMA user_version = \(Schema.currentVersion + 1)") }
        try queue.close()
        try expectRefused(path) { if case .newerVersion = $0 { true } else { false } }
    }

    @Test func directoryThatCannotBeCreatedIsAnError() throws {
        // A regular file where a directory should be stops root too (chmod would not).
        let directory = try TemporaryDirectory()
        let blocker = directory.path + "/plain-file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let path = blocker + "/sub/newsroom.sqlite"
        #expect(throws: StoreError.unwritableDirectory(path: blocker, reason: "it is not a directory")) {
            try LibraryStore(path: path)
        }
        #expect(throws: StoreError.self) { try LibraryStore(path: directory.path) }
    }

    @Test func emptyFileBecomesALibrary() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/empty.sqlite"
        try Data().write(to: URL(fileURLWithPath: path))
        let store = try LibraryStore(path: path)
        #expect(try store.articleCount() == 0)
    }

    @Test func locationPrefersFlagThenEnvironmentThenXDG() throws {
        #expect(try DatabaseLocation.resolve(explicit: "/a.sqlite", environment: ["NEWSROOM_DB": "/b"]) == "/a.sqlite")
        #expect(try DatabaseLocation.resolve(explicit: nil, environment: ["NEWSROOM_DB": "/b", "HOME": "/h"]) == "/b")
        #expect(
            try DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"])
                == "/x/newsroom/newsroom.sqlite")
        #expect(
            try DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
                == "/h/.local/share/newsroom/newsroom.sqlite")
        #expect(throws: StoreError.noLocation) { try DatabaseLocation.resolve(explicit: nil, environment: [:]) }
    }
}
