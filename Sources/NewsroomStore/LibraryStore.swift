import Foundation
import GRDB
import NewsroomCore

/// The reader's library: one SQLite file (WAL) holding articles, read state and bookmarks.
///
/// Opening never damages a file: a file that is not a healthy Newsroom library is refused
/// with an error naming it, before anything is written. Every write is one transaction
/// committed before the method returns, so a killed process loses nothing it reported.
public final class LibraryStore: ArticleLibrary, Sendable {
    /// The database file.
    public let path: String
    /// Where reads go. An existing, up-to-date library opened `readWrite` is read through the one
    /// read-only connection that checked it (the reader's first frame needs no other); otherwise
    /// this is the pool.
    let readers: any DatabaseReader
    /// The read-write pool, opened on the first write when the library was found up to date:
    /// opening it cost 6 M instructions before the reader's first frame, and a session that only
    /// reads never needs it (docs/startup-notes.md).
    private let writerSlot: WriterSlot
    /// Checkpoints the log beside imports (see WALCheckpointer).
    let checkpointer: WALCheckpointer
    /// Seconds since 1970 for `saved_at` / `read_at` / `imported_at`; tests pin it.
    let now: @Sendable () -> Int64

    /// How a command means to use the library.
    public enum Access: Sendable {
        /// Opens for reading and writing, creating (or migrating) the library as needed.
        case readWrite
        /// For commands that only read (`list`, `search`, `bookmarks export`, ...): an existing,
        /// up-to-date library is opened read-only (SQLITE_OPEN_READONLY), so it works on a file
        /// with mode 0444 or in a read-only directory, and nothing is written to it. An absent
        /// library, or one that needs a migration, is opened as `readWrite`.
        case readOnly
    }

    /// True when the library was opened read-only (`Access.readOnly`): writes fail, and a search
    /// does not index pending articles first.
    public let isReadOnly: Bool

    /// True once the read-write pool is open (tests: a session that only reads never opens it).
    var hasOpenedWriter: Bool { writerSlot.isOpen }

    /// Opens (creating when absent) the library at `path`.
    public init(path: String, access: Access = .readWrite, now: @escaping @Sendable () -> Int64 = LibraryStore.systemNow) throws(StoreError) {
        self.path = path
        self.now = now
        checkpointer = WALCheckpointer(path: path)
        let migrator = Schema.migrator
        // Opening a DatabasePool writes (it switches the file to WAL, and GRDB creates and
        // drops a table to make sure a WAL file exists), so an existing file gets a read-only
        // look first: only a healthy library of a known version is ever opened for writing.
        var upToDate = false
        // (A file that fails the check is left to the read-write path, which reports it.)
        if access == .readOnly, (try? DatabaseFileCheck.inspect(path)) == .database {
            upToDate = try Self.checkExisting(path: path, migrator: migrator)
        }
        isReadOnly = upToDate
        if upToDate {
            let pool = try Self.readOnly(path) { location in
                let pool = try DatabasePool(path: location, configuration: Self.configuration(readonly: true))
                // The first read opens the file: fail here, naming it, rather than in the command.
                try pool.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
                return pool
            }
            readers = pool
            writerSlot = WriterSlot(pool)
            return
        }
        try DirectoryMaker.makeDirectories(Self.directory(of: path))
        let state = try DatabaseFileCheck.inspect(path)
        if state == .database {
            // The read-only look is made on the connection that then serves the reads; the
            // pool waits for the first write.
            if let reader = try Self.checkedReader(path: path, migrator: migrator) {
                readers = reader
                writerSlot = WriterSlot(nil)
                return
            }
            try Self.checkExisting(path: path, migrator: migrator)
        }
        let pool = try Self.openWriter(path: path)
        do {
            // The migrator (which takes the write lock) runs only when a migration is pending.
            let upToDate = try pool.read { db in try migrator.hasCompletedMigrations(db) }
            if !upToDate { try migrator.migrate(pool) }
        } catch {
            throw Self.openError(error, path: path)
        }
        readers = pool
        writerSlot = WriterSlot(pool)
    }

    /// The read-write pool, opened now if this is the first write. The file is checked again
    /// first, on the read connection: a newer newsroom may have migrated it since it was opened,
    /// and nothing may be written to a library of a newer version.
    var pool: DatabasePool {
        get throws(StoreError) {
            try writerSlot.pool { () throws(StoreError) -> DatabasePool in
                let migrator = Schema.migrator
                try reading { db in try Self.checkCompatible(db, path: path, migrator: migrator) }
                return try Self.openWriter(path: path)
            }
        }
    }

    /// The read-write pool on `path`, with every commit synced.
    private static func openWriter(path: String) throws(StoreError) -> DatabasePool {
        do {
            let pool = try DatabasePool(path: path, configuration: Self.configuration())
            // GRDB sets synchronous = NORMAL for WAL, which can lose the last commits on a power
            // cut. A bookmark must survive that too once its write returned: FULL syncs the log
            // at every commit.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            return pool
        } catch {
            throw Self.openError(error, path: path)
        }
    }

    /// A read-only connection on an existing file that passed `checkCompatible` and needs no
    /// migration, to read through; nil when a migration is pending or the connection cannot be
    /// opened (the read-write path then migrates, or reports what is wrong, as before).
    /// No `immutable` fallback here: this process may write to the file later and must see it.
    private static func checkedReader(path: String, migrator: DatabaseMigrator) throws(StoreError) -> DatabaseQueue? {
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration(readonly: true)) else { return nil }
        let upToDate: Bool
        do {
            upToDate = try queue.read { db in
                try checkCompatible(db, path: path, migrator: migrator)
                return try db.tableExists("grdb_migrations") && migrator.hasCompletedMigrations(db)
            }
        } catch let error as StoreError {
            try? queue.close()
            throw error
        } catch {
            // Not readable through this connection: the read-write path reports it.
            try? queue.close()
            return nil
        }
        guard upToDate else {
            try? queue.close()
            return nil
        }
        return queue
    }

    /// Opens the library where `DatabaseLocation` says it is.
    public convenience init(explicitPath: String?, environment: [String: String], access: Access = .readWrite) throws(StoreError) {
        try self.init(path: DatabaseLocation.resolve(explicit: explicitPath, environment: environment), access: access)
    }

    public static let systemNow: @Sendable () -> Int64 = {
        Int64(Date().timeIntervalSince1970)
    }

    static func configuration(readonly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        // Another newsroom process may be writing: wait for it rather than fail.
        configuration.busyMode = .timeout(15)
        configuration.label = "newsroom"
        configuration.prepareDatabase { db in
            // 16 KB pages for a new library (SQLite ignores this for an existing file). An
            // article's row is about 2.5 KB: a 4 KB page held one row and wasted the rest,
            // and every insert started a new page. At 16 KB six rows share a page, the file is
            // 40% smaller and an import writes half as many bytes.
            try db.execute(sql: "PRAGMA page_size = 16384")
            // 64 MB of page cache: imports insert into several indexes in hash order (identity)
            // and title order, whose pages would otherwise be re-read from the OS for every row.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return configuration
    }

    /// Read-only look at an existing file before any write: is it ours, is it from a newer
    /// version, and (when a migration is about to write to it) is every page readable.
    /// Returns true when every migration has been applied (the file can be read as it is).
    @discardableResult
    private static func checkExisting(path: String, migrator: DatabaseMigrator) throws(StoreError) -> Bool {
        try readOnly(path) { location in
            let queue = try DatabaseQueue(path: location, configuration: configuration(readonly: true))
            defer { try? queue.close() }
            return try queue.read { db in
                try checkCompatible(db, path: path, migrator: migrator)
                return try db.tableExists("grdb_migrations") && migrator.hasCompletedMigrations(db)
            }
        }
    }

    /// Runs `open` with the path for a read-only connection. A WAL library in a directory the
    /// user cannot write, closed cleanly (no -wal, no -shm left), cannot be read by a plain
    /// read-only connection: SQLite wants to create the -shm file. With no log there is
    /// nothing but the main file to read, so the second try opens it `immutable` (SQLite then
    /// neither locks nor looks for the log).
    static func readOnly<T>(_ path: String, _ open: (String) throws -> T) throws(StoreError) -> T {
        do {
            return try open(path)
        } catch let error as StoreError {
            throw error
        } catch {
            guard !DatabaseFileCheck.hasLog(path), let immutable = try? open(immutableURI(path)) else {
                throw openError(error, path: path)
            }
            return immutable
        }
    }

    /// `file:/a%20b/x.sqlite?immutable=1` (SQLite reads `file:` names as URIs: USE_URI).
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var uri = "file:"
        for byte in absolute.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"),
                 UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                uri += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return uri + "?immutable=1"
    }

    private static func checkCompatible(_ db: Database, path: String, migrator: DatabaseMigrator) throws(StoreError) {
        do {
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            // Another program's mark is refused even on a file without tables: its owner
            // created it, and migrating it would make it ours.
            if applicationID != 0 && applicationID != Schema.applicationID {
                throw StoreError.foreignApplication(path: path, applicationID: applicationID)
            }
            if applicationID != Schema.applicationID && tableCount > 0 {
                throw StoreError.notALibrary(path: path)
            }
            if userVersion > Schema.currentVersion {
                throw StoreError.newerVersion(path: path, found: "schema version \(userVersion), this newsroom knows \(Schema.currentVersion)")
            }
            guard try db.tableExists("grdb_migrations") else { return }
            let known = Set(migrator.migrations)
            let unknown = try migrator.appliedIdentifiers(db).subtracting(known).sorted()
            if !unknown.isEmpty {
                throw StoreError.newerVersion(path: path, found: "unknown migration \(unknown.joined(separator: ", "))")
            }
            if try !migrator.hasCompletedMigrations(db) {
                let result = try String.fetchAll(db, sql: "PRAGMA quick_check")
                if result != ["ok"] {
                    throw StoreError.corrupt(path: path, reason: result.first ?? "quick_check failed")
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw openError(error, path: path)
        }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// SQLite's errors while opening, in a user's words, always naming the file.
    static func openError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .cannotOpen(path: path, reason: "\(error)") }
        let message = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .corrupt(path: path, reason: message)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return .cannotOpen(path: path, reason: message)
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_IOERR, .SQLITE_NOLFS, .SQLITE_PROTOCOL:
            // "disk I/O error" alone named neither the file nor what was wrong with it.
            return .fileFailure(path: path, reason: message)
        default:
            return .database(message)
        }
    }

    /// Runs a read, turning SQLite failures into `StoreError`.
    func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try readers.read(body)
        } catch {
            throw Self.openError(error, path: path)
        }
    }

    /// Runs one write transaction (IMMEDIATE, committed before returning).
    func writing<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw Self.openError(error, path: path)
        }
    }
}
