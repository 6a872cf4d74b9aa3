import ArgumentParser
import Foundation
import NewsroomStore

/// `newsroom bookmarks import FILE`: our JSON export or a browser's Netscape bookmark file.
struct BookmarksImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import bookmarks from our JSON export or a Netscape bookmark file (importing twice adds nothing).")

    @OptionGroup var database: DatabaseOption

    @Argument(help: "The bookmarks file.")
    var file: String

    static let maximumFileSize = 64 * 1024 * 1024

    func run() throws {
        try CommandFailure.reporting {
            guard let handle = FileHandle(forReadingAtPath: file) else {
                throw StoreError.unreadableBookmarks(reason: "\(file) cannot be read")
            }
            defer { try? handle.close() }
            let data = try handle.read(upToCount: Self.maximumFileSize + 1) ?? Data()
            guard data.count <= Self.maximumFileSize else {
                throw StoreError.unreadableBookmarks(reason: "\(file) is larger than \(Self.maximumFileSize) bytes")
            }
            let store = try database.openStore()
            let counts = try store.importBookmarks(String(decoding: data, as: UTF8.self))
            StandardStreams.write("imported \(counts.added), already present \(counts.alreadyPresent)\n")
        }
    }
}
