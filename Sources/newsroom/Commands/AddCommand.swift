import ArgumentParser
import NewsroomApp
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom add PATH|URL...`: imports page-dump, feed and HTML files, the article files under
/// folders, and article pages from the web into the library. A file or page that cannot be
/// read or parsed is reported and skipped; the others go in.
struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Import page-dump, feed and HTML files, folders (recursively) and web article pages into the library.",
        discussion: """
            An http(s) URL is fetched (10 MB at most, five redirects, http(s) only) and its article extracted \
            and stored with its link; added again, it updates that article. Prints one line per file or page \
            that failed and a summary. Exits 1 when one failed.
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "Seconds one web page's fetch may take in all (default 30).")
    var timeout: Double = Reloader.defaultTimeout

    @Argument(help: "Files, folders or http(s) URLs of article pages.")
    var paths: [String]

    func validate() throws {
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds") }
    }

    func run() async throws {
        let webAddresses = paths.filter(Self.isWebAddress)
        let files = paths.filter { !Self.isWebAddress($0) }
        var failed = false
        try await CommandFailure.reporting {
            let store = try common.openStore()
            if !files.isEmpty {
                let summary = try ArticleImport.run(files, into: store) { CommandFailure.report($0) }
                StandardStreams.write(summary.line + "\n")
                failed = !summary.failures.isEmpty
            }
            if !webAddresses.isEmpty {
                failed = try await addPages(webAddresses, into: store) || failed
            }
            try indexNewArticles(store)
        }
        if failed { throw ExitCode.failure }
    }

    /// `http://` or `https://` in any case: the rest of the arguments are paths.
    static func isWebAddress(_ argument: String) -> Bool {
        let lowered = argument.prefix(8).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    /// Fetches and extracts each page; returns whether one failed.
    private func addPages(_ addresses: [String], into store: LibraryStore) async throws -> Bool {
        let loader = FullArticleLoader(pages: WebPages(timeout: timeout), store: store)
        var counts = ImportCounts()
        var failures = 0
        for address in addresses {
            switch await loader.extract(address) {
            case .failure(let failure):
                CommandFailure.report("\(address): \(failure.line)")
                failures += 1
            case .success(let article):
                let added = try store.importArticles([article], source: .page(article.link ?? address))
                counts.added += added.added
                counts.updated += added.updated
                counts.unchanged += added.unchanged
            }
        }
        StandardStreams.write("pages: \(counts.added) added, \(counts.updated) updated, \(counts.unchanged) unchanged, \(failures) failed\n")
        return failures > 0
    }

    /// Imports leave the full-text index to this one pass over everything they wrote
    /// (searches would catch up anyway; doing it here keeps the first search fast).
    private func indexNewArticles(_ store: LibraryStore) throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let indexed = try store.updateSearchIndex()
        if indexed > 0 {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            StandardStreams.write("indexed \(indexed) article\(indexed == 1 ? "" : "s") in \(String(format: "%.2f", seconds)) s\n")
        }
    }
}
