import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// `newsroom bookmarks import FILE`: our JSON export or a browser's Netscape bookmark file.
struct BookmarksImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import bookmarks from our JSON export or a Netscape bookmark file (importing twice adds nothing).")

    @OptionGroup var common: CommonOptions

    @Argument(help: "The bookmarks file.")
    var file: String

    static let maximumFileSize = 64 * 1024 * 1024

    /// "cannot be read (No such file or directory)", "is not a regular file", ...
    private static func phrase(_ error: FileReadError) -> String {
        switch error {
        case .unreadable(let reason): return "cannot be read (\(reason))"
        case .tooLarge: return "is larger than \(maximumFileSize) bytes"
        default: return error.description
        }
    }

    func run() throws {
        try CommandFailure.reporting {
            // FileBytes: a FIFO or device is refused rather than blocking the open forever.
            let bytes: [UInt8]
            do throws(FileReadError) {
                bytes = try FileBytes.read(path: file, limit: Self.maximumFileSize)
            } catch {
                throw StoreError.unreadableBookmarks(reason: "\(file) \(Self.phrase(error))")
            }
            let store = try common.openStore()
            let counts = try store.importBookmarks(String(decoding: bytes, as: UTF8.self))
            StandardStreams.write("imported \(counts.added), already present \(counts.alreadyPresent), refused \(counts.refused)\n")
        }
    }
}
