import ArgumentParser
import NewsroomCore
import NewsroomStore

/// `newsroom search QUERY [--json]`: full-text search over titles, teasers, bodies and editor
/// names (diacritics folded, every word must match as a whole word).
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, teasers, bodies and editor names (ubersicht finds Übersicht).")

    @OptionGroup var common: CommonOptions

    @Argument(help: "Words to look for; all must match.")
    var query: [String]

    @Flag(help: "Print a JSON array of article objects.")
    var json = false

    @Option(help: "Show at most this many results.")
    var limit = 100

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        try CommandFailure.reporting {
            // Read-write when we may: a search first indexes what imports and reloads left
            // pending, so it finds everything. A library we cannot write is searched as it is.
            let store: LibraryStore
            do {
                store = try common.openStore()
            } catch {
                store = try common.openStore(.readOnly)
            }
            let rows = try store.search(query.joined(separator: " "), limit: limit)
            StandardStreams.write(json ? HeadlineOutput.json(rows) : HeadlineOutput.text(rows))
        }
    }
}
