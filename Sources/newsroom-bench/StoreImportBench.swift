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
    let importTime = try StepTime.of {
        var start = 0
        while start < articles.count {
            let end = min(start + LibraryStore.importBatchSize, articles.count)
            _ = try store.importBatch(articles[start..<end].enumerated().map { offset, article in
                (article: article, source: .file("/dumps/\(start + offset).txt"))
            })
            start = end
        }
    }
    let indexTime = try StepTime.of { _ = try store.updateSearchIndex() }
    print(String(
        format: "store-import: %d articles: import %.0f articles/s wall (%.2f s), %.0f articles/s of CPU time; index catch-up %.0f articles/s of CPU time",
        count, Double(count) / importTime.wall, importTime.wall, Double(count) / importTime.cpu,
        Double(count) / indexTime.cpu))
}
