import GRDB
import NewsroomCore

extension LibraryStore {
    /// `headlines(filter:offset:limit:)` for a caller that knows `total` (the reader does):
    /// a page in the older half is read from the oldest end, so `OFFSET` never skips more
    /// than half the list and End costs what Home costs. Same rows, same order.
    public func headlines(filter: HeadlineFilter, offset: Int, limit: Int, total: Int) throws -> [HeadlineRow] {
        guard limit > 0, offset > total / 2, offset < total, let clause = HeadlineClause(filter) else {
            return try headlines(filter: filter, offset: offset, limit: limit)
        }
        let end = min(total, offset + limit)
        return try reading { db in
            // (published ASC, id ASC) is exactly the reverse of the list's order, NULLs included.
            try Self.headlinePage(
                db, clause: clause, newestFirst: false, indexedByDate: false, limit: end - offset, offset: total - end)
        }
    }
}
