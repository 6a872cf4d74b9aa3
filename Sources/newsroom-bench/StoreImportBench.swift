import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom-bench store-import`: only the import step of `runStoreBenchmark`, for profiling
/// (`valgrind --tool=callgrind`, perf) and quick looks. Article values in memory -> committed
/// rows in a fresh library, in `newsroom add`'s batches; the full-text catch-up timed apart.
/// NEWSROOM_BENCH_STORE_COUNT sets the size (default 100,000).
func runStoreImportBenchmark() throws {
    let count = ProcessInfo.processInfo.environment["NEWSROOM_BENCH_STORE_COUNT"].flatMap { Int($0) } ?? 100_000
    let articles = StoreBenchArticles.make(count: count)
    let folder = FileManager.default.temporaryDirectory.path + "/newsroom-store-import-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try LibraryStore(path: folder + "/newsroom.sqlite")
    // The two halves `newsroom add` and `reload` run on different threads, timed apart:
    // preparing (identity, fingerprint, JSON columns) and writing the prepared rows.
    var prepared: [PreparedArticle] = []
    let prepareTime = try StepTime.of {
        prepared = articles.enumerated().map { offset, article in PreparedArticle(article, from: .file("/dumps/\(offset).txt")) }
    }
    let writeTime = try StepTime.of {
        var start = 0
        while start < prepared.count {
            let end = min(start + LibraryStore.importBatchSize, prepared.count)
            _ = try store.importPrepared(Array(prepared[start..<end]))
            start = end
        }
    }
    let indexTime = try StepTime.of { _ = try store.updateSearchIndex() }
    func rate(_ time: StepTime) -> String {
        String(format: "%.0f articles/s wall (%.2f s), %.0f per CPU second", Double(count) / time.wall, time.wall, Double(count) / time.cpu)
    }
    print("store-import: \(count) articles: prepare \(rate(prepareTime)); write \(rate(writeTime)); index catch-up \(rate(indexTime))")
}
