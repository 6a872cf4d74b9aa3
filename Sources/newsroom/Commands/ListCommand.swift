import ArgumentParser
import NewsroomCore
import NewsroomStore

/// `newsroom list [--json] [--limit N]`: the library's headlines, newest first, with short ids.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles, newest first, with their short ids.")

    @OptionGroup var common: CommonOptions

    @Flag(help: "Print a JSON array of article objects.")
    var json = false

    @Option(help: "Show at most this many articles (default: all).")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        try CommandFailure.reporting {
            let store = try common.openStore(.readOnly)
            let count = try limit ?? store.headlineCount(filter: .all)
            let rows = try store.headlines(filter: .all, offset: 0, limit: count)
            StandardStreams.write(json ? HeadlineOutput.json(rows) : HeadlineOutput.text(rows))
        }
    }
}
