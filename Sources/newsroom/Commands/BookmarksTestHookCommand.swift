import ArgumentParser
import NewsroomCore
import NewsroomStore

/// TEST HOOK, hidden from help: drives the crash and concurrency tests of the bookmark store
/// (Tests/NewsroomEndToEndTests/Store*.swift) from a separate process, which `newsroom add`
/// cannot do while it needs real page dumps. Not part of the user interface.
///
/// - `seed N`: imports N small synthetic articles;
/// - `add-each FIRST COUNT`: bookmarks the articles FIRST..<FIRST+COUNT (by import order),
///   one transaction each, printing each short id only after its commit;
/// - `integrity`: prints `PRAGMA integrity_check`.
struct BookmarksTestHookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-hook",
        abstract: "Test hook for the store's crash and concurrency tests.",
        shouldDisplay: false)

    @OptionGroup var common: CommonOptions

    @Argument(help: "seed N | add-each FIRST COUNT | integrity")
    var words: [String]

    func run() throws {
        try CommandFailure.reporting {
            let store = try common.openStore()
            let numbers = words.dropFirst().compactMap { Int($0) }
            switch (words.first, numbers.count) {
            case ("seed", 1):
                let articles = (0..<numbers[0]).map { index in
                    Article(
                        title: "Test article \(index)", teaser: "Teaser \(index)", body: ["Body of \(index)."],
                        publication: "Test Courier", section: "Tests",
                        published: Timestamp(secondsSince1970: 1_700_000_000 + Int64(index), utcOffsetSeconds: 0))
                }
                let counts = try store.importArticles(articles, source: .file("/test-hook/seed"))
                StandardStreams.write("seeded \(counts.added)\n")
            case ("add-each", 2):
                let ids = try store.allArticleIDs().dropFirst(numbers[0]).prefix(numbers[1])
                for id in ids {
                    try store.addBookmark(id: id)
                    guard let row = try store.headline(id: id) else { throw StoreError.unknownID(String(id)) }
                    StandardStreams.write(row.shortID + "\n")
                }
            case ("integrity", 0):
                StandardStreams.write(try store.integrityCheck().joined(separator: "\n") + "\n")
            default:
                throw ValidationError("usage: test-hook seed N | add-each FIRST COUNT | integrity")
            }
        }
    }
}
