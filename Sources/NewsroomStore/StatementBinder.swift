#if canImport(GRDBSQLite)
import GRDBSQLite
#else
import SQLite3
#endif
import GRDB

/// Binds values straight into one of GRDB's prepared statements and steps it, for the import
/// loop. An import binds 25 values an article: GRDB's `StatementArguments` (an array of boxed
/// values, each string turned into a C string again) cost more than SQLite's own insert, and
/// the JSON columns can be bound as the bytes they were written into, never becoming Strings.
///
/// Use: `start()`, one `bind` per parameter in order, then `run()` (or `nextRow()` for a query).
/// Every parameter is bound each time (nil as NULL), so `start()` need not clear the last
/// values: `sqlite3_clear_bindings` cost 6% of the writer's instructions.
struct StatementBinder {
    private let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }
    private var next: Int32 = 1

    init(_ statement: Statement) {
        self.statement = statement
    }

    /// Resets the statement for a new set of values.
    mutating func start() {
        sqlite3_reset(handle)
        next = 1
    }

    mutating func bind(_ value: String?) {
        defer { next += 1 }
        guard var value else { return bindNull() }
        value.withUTF8 { bytes in bindText(bytes) }
    }

    /// UTF-8 text (a JSON column) bound as it is.
    mutating func bind(utf8 bytes: [UInt8]) {
        defer { next += 1 }
        bytes.withUnsafeBufferPointer { bindText($0) }
    }

    /// UTF-8 text bound as it is, or NULL.
    mutating func bind(utf8 bytes: [UInt8]?) {
        guard let bytes else {
            defer { next += 1 }
            return bindNull()
        }
        bind(utf8: bytes)
    }

    mutating func bind(_ value: Int64?) {
        defer { next += 1 }
        guard let value else { return bindNull() }
        sqlite3_bind_int64(handle, next, value)
    }

    private func bindNull() {
        sqlite3_bind_null(handle, next)
    }

    mutating func bind(_ value: Int32?) {
        bind(value.map(Int64.init))
    }

    mutating func bind(_ value: Int) {
        bind(Int64(value))
    }

    private func bindText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else {
            // A zero-length buffer may have no address, and SQLite reads a null pointer as NULL.
            sqlite3_bind_text(handle, next, "", 0, transient)
            return
        }
        UnsafeRawPointer(start).withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
            _ = sqlite3_bind_text(handle, next, text, Int32(bytes.count), transient)
        }
    }

    /// Runs a statement that returns no rows.
    func run() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw error(code) }
    }

    /// The next row of a query, read by `read`; nil when the rows are done.
    func nextRow<T>(_ read: (Row) -> T) throws -> T? {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return read(Row(handle: handle))
        case SQLITE_DONE: return nil
        default: throw error(code)
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let connection = sqlite3_db_handle(handle)
        let message = connection.map { String(cString: sqlite3_errmsg($0)) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// Columns of the current row by position.
    struct Row {
        fileprivate let handle: OpaquePointer

        func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

        func text(_ column: Int32) -> String {
            guard let bytes = sqlite3_column_text(handle, column) else { return "" }
            let count = Int(sqlite3_column_bytes(handle, column))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }
    }
}

/// SQLite copies the value before `sqlite3_bind_text` returns (SQLITE_TRANSIENT, a macro
/// Swift does not import).
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
