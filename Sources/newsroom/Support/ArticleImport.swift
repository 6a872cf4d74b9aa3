import Foundation
import NewsroomCore
import NewsroomStore

/// The one import loop, shared by `newsroom add` and the reader (`newsroom PATH...`): page-dump
/// and feed files, and the article files under folders, go into the library in batches. A file that cannot be
/// read or parsed is reported and skipped; the others go in.
enum ArticleImport {
    /// Larger files are neither page dumps (the biggest real ones are tens of kilobytes) nor
    /// feeds anyone publishes (a few megabytes at most).
    static let maximumFileSize = 64 * 1024 * 1024
    /// Articles per transaction: one commit per batch keeps big folders fast and memory flat.
    static let batchSize = LibraryStore.importBatchSize

    struct Summary: Equatable {
        var counts = ImportCounts()
        /// One `PATH: REASON` line per file that was skipped, in walk order.
        var failures: [String] = []

        var line: String {
            "added \(counts.added), updated \(counts.updated), unchanged \(counts.unchanged), failed \(failures.count)"
        }
    }

    /// Imports `paths` into `store`. `onFailure` sees each skipped file as it happens (the
    /// `add` command prints it at once). Throws only for store errors, which end the import.
    static func run(_ paths: [String], into store: LibraryStore,
                    onFailure: (String) -> Void = { _ in }) throws(StoreError) -> Summary {
        var summary = Summary()
        var batch: [(article: Article, source: ArticleSource)] = []
        func flush() throws(StoreError) {
            for outcome in try store.importBatch(batch) { summary.counts.count(outcome) }
            batch.removeAll(keepingCapacity: true)
        }
        func fail(_ line: String) {
            summary.failures.append(line)
            onFailure(line)
        }
        for file in FileWalker.files(in: paths) {
            switch file {
            case .failure(let path, let reason):
                fail("\(path): \(reason)")
            case .file(let path):
                do {
                    switch try parse(path) {
                    case .dump(let article):
                        batch.append((article: article, source: .file(path)))
                    case .feed(let feed):
                        // A saved feed file is its own feed: its items keep their identity
                        // (path + guid) when the file is added again.
                        batch += feed.articles.map { (article: $0, source: .feed(path)) }
                    }
                    if batch.count >= batchSize { try flush() }
                } catch {
                    fail("\(path): \(error)")
                }
            }
        }
        try flush()
        return summary
    }

    static func parse(_ path: String) throws -> ParsedInput {
        try InputParser.parse(bytes: FileBytes.read(path: path, limit: maximumFileSize))
    }
}
