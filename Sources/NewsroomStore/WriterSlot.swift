import Foundation
import GRDB

/// Holds the library's read-write pool, opened at most once, by the first caller that needs
/// it (`LibraryStore.pool`). Threads that write at the same moment wait for that one opening.
final class WriterSlot: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var opened: DatabasePool?

    init(_ pool: DatabasePool?) {
        opened = pool
    }

    var isOpen: Bool {
        lock.lock()
        defer { lock.unlock() }
        return opened != nil
    }

    /// The pool, opened with `open` if it is not open yet. A failed opening is not kept: the
    /// next write tries again (and reports again).
    func pool(_ open: () throws(StoreError) -> DatabasePool) throws(StoreError) -> DatabasePool {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return opened }
        let pool = try open()
        opened = pool
        return pool
    }
}
