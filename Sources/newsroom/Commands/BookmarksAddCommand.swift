import ArgumentParser
import NewsroomStore

/// `newsroom bookmarks add ID [--note TEXT] [--tag TAG]...`
struct BookmarksAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Bookmark an article by its short id (as `newsroom list` shows it).")

    @OptionGroup var common: CommonOptions

    @Argument(help: "The article's short id (or a longer prefix of its id).")
    var id: String

    @Option(help: "A note to keep with the bookmark.")
    var note: String?

    @Option(name: .customLong("tag"), help: "A tag (repeat for several).")
    var tags: [String] = []

    func run() throws {
        try CommandFailure.reporting {
            let store = try common.openStore()
            let resolved = try store.resolve(shortID: id)
            guard let articleID = resolved.articleID else {
                StandardStreams.write("\(resolved.shortID) is already bookmarked (its article is no longer in the library)\n")
                return
            }
            let added = try store.addBookmark(id: articleID, note: note, tags: tags)
            StandardStreams.write(added ? "bookmarked \(resolved.shortID)\n" : "\(resolved.shortID) was already bookmarked; note and tags updated\n")
        }
    }
}
