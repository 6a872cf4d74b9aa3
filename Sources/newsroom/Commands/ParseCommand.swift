import ArgumentParser
import NewsroomCore

/// `newsroom parse FILE [--json] [--width N]` (placeholder until the dump parser lands).
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one file and print the article (or --json)."
    )

    @Argument(help: "A page-dump text file.")
    var file: String

    @Flag(help: "Print JSON instead of the readable article.")
    var json = false

    func run() throws {
        print(Sanitizer.display(file))
    }
}
