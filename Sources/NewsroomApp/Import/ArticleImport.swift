import Foundation
import NewsroomCore
import NewsroomStore

/// The one import loop, shared by `newsroom add` and the reader (`newsroom PATH...`): page-dump
/// and feed files, and the article files under folders, go into the library in batches. A file that cannot be
/// read or parsed is reported and skipped; the others go in.
public enum ArticleImport {
    /// Larger files are neither page dumps (the biggest real ones are tens of kilobytes) nor
    /// feeds anyone publishes (a few megabytes at most).
    static let maximumFileSize = 64 * 1024 * 1024
    /// Articles per transaction: one commit per batch keeps big folders fast and memory flat.
    static let batchSize = LibraryStore.importBatchSize

    public struct Summary: Equatable, Sendable {
        public var counts = ImportCounts()
        /// One `PATH: REASON` line per file that was skipped, in walk order.
        public var failures: [String] = []

        public init(counts: ImportCounts = ImportCounts(), failures: [String] = []) {
            self.counts = counts
            self.failures = failures
        }

        public var line: String {
            "added \(counts.added), updated \(counts.updated), unchanged \(counts.unchanged), failed \(failures.count)"
        }
    }

    /// Imports `paths` into `store`. `onFailure` sees each skipped file as it happens (the
    /// `add` command prints it at once). Throws only for store errors, which end the import.
    ///
    /// Two threads: a reader thread walks, reads, parses and prepares the files (identity,
    /// fingerprint, JSON columns) while this one writes, so a two-core machine spends the
    /// writer's time and the reader's side by side. The reader hands over small chunks, and
    /// the writer puts whatever chunks are waiting into one transaction (up to `batchSize`):
    /// neither side waits long for the other, and memory stays at a few batches.
    public static func run(_ paths: [String], into store: LibraryStore,
                    onFailure: (String) -> Void = { _ in }) throws(StoreError) -> Summary {
        let handOff = HandOff<Prepared>(capacity: batchSize / chunkSize)
        let reader = Thread { prepare(paths, into: handOff) }
        reader.stackSize = 8 << 20  // the parsers recurse (XML depth is capped at 256)
        reader.start()
        var summary = Summary()
        func note(_ item: Prepared, into batch: inout [PreparedArticle]) {
            switch item {
            case .articles(let chunk):
                batch += chunk
            case .failure(let line):
                summary.failures.append(line)
                onFailure(line)
            }
        }
        do {
            while let first = handOff.take() {
                var batch: [PreparedArticle] = []
                note(first, into: &batch)
                while batch.count < batchSize, let next = handOff.takeReady() { note(next, into: &batch) }
                guard !batch.isEmpty else { continue }
                for outcome in try store.importPrepared(batch) { summary.counts.count(outcome) }
            }
        } catch {
            handOff.cancel()
            throw error
        }
        return summary
    }

    /// Articles the reader thread hands over at a time.
    static let chunkSize = 1_000

    /// What the reader thread hands over: a batch to write, or a file it skipped (handed over
    /// at once, so `add` reports it when it happens rather than with the next batch).
    private enum Prepared: Sendable {
        case articles([PreparedArticle])
        case failure(String)
    }

    private static func prepare(_ paths: [String], into handOff: HandOff<Prepared>) {
        defer { handOff.finish() }
        var batch: [PreparedArticle] = []
        batch.reserveCapacity(chunkSize)
        for file in FileWalker.files(in: paths) {
            switch file {
            case .failure(let path, let reason):
                guard handOff.put(.failure("\(path): \(reason)")) else { return }
            case .file(let path):
                do {
                    switch try parse(path) {
                    case .dump(let article):
                        batch.append(PreparedArticle(article, from: .file(path)))
                    case .feed(let feed):
                        // A saved feed file is its own feed: its items keep their identity
                        // (path + guid) when the file is added again.
                        batch += feed.articles.map { PreparedArticle($0, from: .feed(path)) }
                    }
                } catch {
                    guard handOff.put(.failure("\(path): \(error)")) else { return }
                }
                if batch.count >= chunkSize {
                    guard handOff.put(.articles(batch)) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
        }
        if !batch.isEmpty { _ = handOff.put(.articles(batch)) }
    }

    static func parse(_ path: String) throws -> ParsedInput {
        let bytes = try FileBytes.read(path: path, limit: maximumFileSize)
        let lower = path.lowercased()
        // A saved news page: its article (the HTML extractor); anything else by its first bytes.
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || HTMLArticleExtractor.looksLikeHTML(bytes) {
            return .dump(try HTMLArticleExtractor.extract(bytes: bytes))
        }
        return try InputParser.parse(bytes: bytes)
    }
}
