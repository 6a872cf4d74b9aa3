import ArgumentParser
import NewsroomCore
import NewsroomStore

/// `newsroom bookmarks list [--json]`: most recently saved first.
struct BookmarksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List bookmarks, most recently saved first.")

    @OptionGroup var common: CommonOptions

    @Flag(help: "Print a JSON array of bookmark objects (the same as `export --format json`).")
    var json = false

    func run() throws {
        try CommandFailure.reporting {
            let store = try common.openStore(.readOnly)
            if json {
                StandardStreams.write(try store.exportBookmarks(format: .json))
                return
            }
            var out = ""
            for row in try store.bookmarks() {
                let date = row.published.map { String($0.iso8601.prefix(10)) } ?? "          "
                var line = "\(row.shortID)  \(date)  \(row.title)"
                let place = [row.publication, row.section].compactMap { $0 }.joined(separator: " · ")
                if !place.isEmpty { line += "  (\(place))" }
                if !row.tags.isEmpty { line += "  [" + row.tags.joined(separator: ", ") + "]" }
                if row.articleID == nil { line += "  (not in the library)" }
                out += Sanitizer.display(line) + "\n"
                if let note = row.note, !note.isEmpty { out += "    " + Sanitizer.display(note) + "\n" }
            }
            StandardStreams.write(out)
        }
    }
}
