import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom-bench position`: `LibraryStore.headlinePosition` at 100,000 articles, what the
/// reader asks after a reload to keep the selected article selected. It counts index entries
/// down to the article, so its cost grows with the article's position, never with reading rows:
/// near the top (the usual case after a reload) and at the very end (the worst case).
func runHeadlinePositionBenchmark() throws {
    let count = ProcessInfo.processInfo.environment["NEWSROOM_BENCH_STORE_COUNT"].flatMap { Int($0) } ?? 100_000
    let folder = FileManager.default.temporaryDirectory.path + "/newsroom-position-bench-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try LibraryStore(path: folder + "/newsroom.sqlite")
    let articles = StoreBenchArticles.make(count: count)
    var start = 0
    while start < count {
        let end = min(start + LibraryStore.importBatchSize, count)
        _ = try store.importBatch((start..<end).map { (article: articles[$0], source: .file("/dumps/\($0).txt")) })
        start = end
    }
    _ = try store.updateSearchIndex()
    // Some reading history for the unread filter: every 20th article read (5,000 at 100,000).
    let everything = try store.headlines(filter: .all, offset: 0, limit: count)
    for row in everything where row.id % 20 == 0 { try store.setRead(id: row.id, true) }

    let filters: [(name: String, filter: HeadlineFilter)] = [
        ("all", .all),
        ("publication", HeadlineFilter(publication: StoreBenchArticles.publications[1])),
        ("unread", HeadlineFilter(unreadOnly: true)),
        ("text \"energie\"", HeadlineFilter(text: "energie")),
    ]
    for (name, filter) in filters {
        var total = 0
        // The count the reader reads again after a reload anyway, for comparison.
        let countTimes = try (0..<9).map { _ in try time { total = try store.headlineCount(filter: filter) } }
        print(String(format: "position: %@ filter, the count for comparison: %.2f ms", name, median(countTimes) * 1000))
        for offset in [20, total / 2, total - 1] where offset >= 0 && offset < total {
            guard let id = try store.headlines(filter: filter, offset: offset, limit: 1).first?.id else { continue }
            var found: Int?
            let times = try (0..<9).map { _ in try time { found = try store.headlinePosition(id: id, filter: filter) } }
            guard found == offset else {
                print("position: \(name) at \(offset): got \(found.map(String.init) ?? "nil")")
                continue
            }
            print(String(format: "position: %@ filter, article %d of %d: %.2f ms (median of 9)",
                         name, offset, total, median(times) * 1000))
        }
    }
}

private func time(_ body: () throws -> Void) throws -> Double {
    let clock = ContinuousClock()
    let started = clock.now
    try body()
    let elapsed = clock.now - started
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

private func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}
