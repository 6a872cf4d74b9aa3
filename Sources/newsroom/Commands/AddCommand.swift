import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom add PATH...`: imports page-dump files, and every file under folders, into the
/// library. A file that cannot be read or parsed is reported and skipped; the others go in.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Import page-dump files and folders (recursively) into the library.",
        discussion: "Prints one line per file that failed and a summary of added, updated, unchanged and failed files. Exits 1 when a file failed.")

    @OptionGroup var database: DatabaseOption

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    /// Larger files are not page dumps (the biggest real ones are tens of kilobytes).
    static let maximumFileSize = 8 * 1024 * 1024
    /// Articles per transaction: one commit per batch keeps big folders fast and memory flat.
    static let batchSize = 2_000

    func run() throws {
        try CommandFailure.reporting {
            let store = try database.openStore()
            var counts = ImportCounts()
            var failed = 0
            var batch: [(article: Article, source: ArticleSource)] = []
            func flush() throws {
                for outcome in try store.importBatch(batch) { counts.count(outcome) }
                batch.removeAll(keepingCapacity: true)
            }
            for file in FileWalker.files(in: paths) {
                switch file {
                case .failure(let path, let reason):
                    failed += 1
                    CommandFailure.report("\(path): \(reason)")
                case .file(let path):
                    do {
                        let article = try Self.parse(path)
                        batch.append((article: article, source: .file(path)))
                        if batch.count >= Self.batchSize { try flush() }
                    } catch {
                        failed += 1
                        CommandFailure.report("\(path): \(error)")
                    }
                }
            }
            try flush()
            StandardStreams.write(
                "added \(counts.added), updated \(counts.updated), unchanged \(counts.unchanged), failed \(failed)\n")
            // Imports leave the full-text index to this one pass over everything they wrote
            // (searches would catch up anyway; doing it here keeps the first search fast).
            let started = DispatchTime.now().uptimeNanoseconds
            let indexed = try store.updateSearchIndex()
            if indexed > 0 {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                StandardStreams.write("indexed \(indexed) article\(indexed == 1 ? "" : "s") in \(String(format: "%.2f", seconds)) s\n")
            }
            if failed > 0 { throw ExitCode.failure }
        }
    }

    /// One `open`/`fstat`/`read` per file straight into the parser's byte array.
    static func parse(_ path: String) throws -> Article {
        try DumpParser.parse(FileBytes.read(path: path, limit: maximumFileSize))
    }
}

/// Expands the paths given to `add`: files as they are, folders recursively (hidden entries
/// skipped, symbolic links to folders not followed, so a link loop cannot hang the walk).
enum FileWalker {
    enum Entry: Equatable {
        case file(String)
        case failure(path: String, reason: String)
    }

    static func files(in paths: [String]) -> [Entry] {
        var entries: [Entry] = []
        for path in paths {
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            walk(absolute, explicit: true, into: &entries)
        }
        return entries
    }

    private static func walk(_ path: String, explicit: Bool, into entries: inout [Entry]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            entries.append(.failure(path: path, reason: "no such file or folder"))
            return
        }
        guard isDirectory.boolValue else {
            entries.append(.file(path))
            return
        }
        if !explicit, (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil { return }
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            for name in names where !name.hasPrefix(".") {
                walk(path.hasSuffix("/") ? path + name : path + "/" + name, explicit: false, into: &entries)
            }
        } catch {
            entries.append(.failure(path: path, reason: "the folder cannot be read"))
        }
    }
}
