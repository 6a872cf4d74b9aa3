import NewsroomCore

/// The headline list as a window over the library: the total count and a few pages of rows
/// around the selection. Nothing here is O(library size): pages are fetched by offset through
/// `Effect.loadPage` and pages far from the selection are dropped again.
public struct HeadlineWindow: Equatable, Sendable {
    /// Rows per page fetched from the library. A jump (End, a click far away) loads the pages
    /// the screen spans before the frame: usually two, so a page is kept small (64 rows cost
    /// about half a millisecond to read) while still holding a whole screen.
    public static let pageSize = 64
    /// Pages kept on either side of the pages in view before they are evicted.
    static let keepDistance = 2

    /// Number of rows matching the filter; nil until the first page arrived.
    public var total: Int?
    /// Loaded pages by page index (row offset / pageSize).
    public private(set) var pages: [Int: [HeadlineRow]] = [:]
    /// Page indices requested and not answered yet.
    public var pending: Set<Int> = []

    public init() {}

    public var count: Int { total ?? 0 }

    public func row(at index: Int) -> HeadlineRow? {
        guard index >= 0 else { return nil }
        guard let page = pages[index / Self.pageSize] else { return nil }
        let slot = index % Self.pageSize
        return slot < page.count ? page[slot] : nil
    }

    /// Stores a page that starts at `offset` (a page boundary).
    mutating func store(offset: Int, rows: [HeadlineRow], total: Int) {
        let page = offset / Self.pageSize
        pending.remove(page)
        self.total = total
        pages[page] = rows
    }

    /// Page requests needed so that rows `first..<first+count` are loaded (or on their way),
    /// plus one page of read-ahead on each side, then the pages of the list's first and last
    /// screens; evicts pages far away from all of them. Home and End are the jumps people
    /// make most: with both ends kept, they draw from memory instead of reading two pages
    /// before the frame (a third of End's time at 100,000 rows, `scripts/bench-reader.sh`).
    mutating func requests(forRows first: Int, count visible: Int) -> [Int] {
        guard let total, total > 0 else { return [] }
        let lastRow = min(total - 1, first + max(visible, 1) - 1)
        let lastPageOfList = (total - 1) / Self.pageSize
        let firstPage = max(0, (max(0, first) / Self.pageSize) - 1)
        let lastPage = min(lastPageOfList, lastRow / Self.pageSize + 1)
        guard firstPage <= lastPage else { return [] }
        // A screen spans at most this many pages, wherever it starts.
        let screenPages = max(visible, 1) / Self.pageSize + 2
        let head = 0...min(lastPageOfList, screenPages - 1)
        let tail = max(0, lastPageOfList - screenPages + 1)...lastPageOfList
        pages = pages.filter { key, _ in
            (key >= firstPage - Self.keepDistance && key <= lastPage + Self.keepDistance)
                || head.contains(key) || tail.contains(key)
        }
        var wanted: [Int] = []
        for page in Array(firstPage...lastPage) + Array(head) + Array(tail)
        where pages[page] == nil && !pending.contains(page) {
            pending.insert(page)
            wanted.append(page)
        }
        return wanted
    }

    /// Applies `change` to the cached row with `id` (read or bookmark flags), if it is loaded.
    mutating func updateRow(id: Int64, _ change: (inout HeadlineRow) -> Void) {
        for (key, rows) in pages {
            guard let slot = rows.firstIndex(where: { $0.id == id }) else { continue }
            var updated = rows
            change(&updated[slot])
            pages[key] = updated
        }
    }

    /// Forgets every row and the total (a new filter or a reload).
    mutating func reset() {
        total = nil
        pages = [:]
        pending = []
    }
}
