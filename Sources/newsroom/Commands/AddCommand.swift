import ArgumentParser
import NewsroomApp
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom add PATH...`: imports page-dump and feed files, and the article files under
/// folders, into the library. A file that cannot be read or parsed is reported and skipped; the others go in.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Import page-dump and feed files and folders (recursively) into the library.",
        discussion: "Prints one line per file that failed and a summary of added, updated, unchanged and failed files. Exits 1 when a file failed.")

    @OptionGroup var database: DatabaseOption

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    func run() throws {
        try CommandFailure.reporting {
            let store = try database.openStore()
            let summary = try ArticleImport.run(paths, into: store) { CommandFailure.report($0) }
            StandardStreams.write(summary.line + "\n")
            // Imports leave the full-text index to this one pass over everything they wrote
            // (searches would catch up anyway; doing it here keeps the first search fast).
            let started = DispatchTime.now().uptimeNanoseconds
            let indexed = try store.updateSearchIndex()
            if indexed > 0 {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                StandardStreams.write("indexed \(indexed) article\(indexed == 1 ? "" : "s") in \(String(format: "%.2f", seconds)) s\n")
            }
            if !summary.failures.isEmpty { throw ExitCode.failure }
        }
    }
}
