import GRDB

extension LibraryStore {
    /// `PRAGMA integrity_check`: `["ok"]` for a healthy file, else SQLite's findings.
    public func integrityCheck() throws(StoreError) -> [String] {
        try reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Row ids of every article, oldest import first (for tools and tests that walk them all).
    public func allArticleIDs() throws(StoreError) -> [Int64] {
        try reading { db in try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id") }
    }
}
