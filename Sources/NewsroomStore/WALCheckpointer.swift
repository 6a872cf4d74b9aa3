import Foundation
import GRDB

/// Copies committed pages from the write-ahead log into the database file on a thread of its
/// own while an import goes on. SQLite's own checkpoint runs inside the commit that crosses
/// the log's size limit, and waits there for the disk (fsync): during a big import that held
/// the writer up about a quarter of the time. Imports switch it off (`wal_autocheckpoint = 0`)
/// and ask for a passive checkpoint after each commit instead: it takes no lock the writer
/// needs, and an interrupted one is simply redone later.
final class WALCheckpointer: @unchecked Sendable {
    // @unchecked: `connection` and `running`/`again` are only touched under `lock` or on `queue`.
    private let path: String
    private let queue = DispatchQueue(label: "newsroom.checkpoint", qos: .utility)
    private let lock = NSLock()
    private var connection: DatabaseQueue?
    private var running = false
    private var again = false

    init(path: String) {
        self.path = path
    }

    /// Starts a passive checkpoint unless one is running (then one more runs after it).
    func request() {
        lock.lock()
        defer { lock.unlock() }
        if running {
            again = true
            return
        }
        running = true
        queue.async { [self] in run() }
    }

    private func run() {
        while true {
            // A failed checkpoint (busy, or the file gone) loses nothing: the log keeps the
            // pages, and the next commit or checkpoint copies them.
            try? checkpoint()
            lock.lock()
            if again {
                again = false
                lock.unlock()
                continue
            }
            running = false
            lock.unlock()
            return
        }
    }

    private func checkpoint() throws {
        if connection == nil {
            var configuration = Configuration()
            configuration.label = "newsroom.checkpoint"
            connection = try DatabaseQueue(path: path, configuration: configuration)
        }
        _ = try connection?.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }
}
