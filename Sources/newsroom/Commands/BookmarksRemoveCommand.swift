import ArgumentParser
import NewsroomStore

/// `newsroom bookmarks remove ID`
struct BookmarksRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a bookmark by its short id (works after its article is gone).")

    @OptionGroup var common: CommonOptions

    @Argument(help: "The bookmark's short id.")
    var id: String

    func run() throws {
        try CommandFailure.reporting {
            let store = try common.openStore()
            let resolved = try store.resolve(shortID: id)
            guard try store.removeBookmark(resolved) else {
                throw CommandMessage("\(resolved.shortID) is not bookmarked")
            }
            StandardStreams.write("removed bookmark \(resolved.shortID)\n")
        }
    }
}
