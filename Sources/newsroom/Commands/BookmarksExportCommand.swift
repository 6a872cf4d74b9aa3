import ArgumentParser
import NewsroomStore

extension BookmarkExportFormat: ExpressibleByArgument {}

/// `newsroom bookmarks export --format json|markdown|html` (to stdout).
struct BookmarksExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every bookmark to stdout: json (re-importable), markdown, or html (the Netscape bookmark file browsers import).")

    @OptionGroup var common: CommonOptions

    @Option(help: "json, markdown or html.")
    var format: BookmarkExportFormat = .json

    func run() throws {
        try CommandFailure.reporting {
            let store = try common.openStore(.readOnly)
            StandardStreams.write(try store.exportBookmarks(format: format))
        }
    }
}
