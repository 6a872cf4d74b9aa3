import ArgumentParser
import NewsroomCore

/// `newsroom parse FILE [--json] [--width N]`: one page dump, printed readable or as JSON.
/// Exit 1 when the file cannot be read, 2 when it is not an article (empty, binary, no
/// title, a directory, too large).
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one page-dump file and print the article (or --json)."
    )

    @Argument(help: "A page-dump text file.")
    var file: String

    @Flag(help: "Print the article as JSON (every key present, control characters escaped).")
    var json = false

    @Option(help: "Columns for the readable output (default: the terminal's width, or 80).")
    var width: Int?

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1") }
    }

    func run() throws {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path: file)
        } catch {
            throw CommandFailure.fail(
                file: file, reason: error.description,
                code: error.isBadInput ? CommandFailure.badInput : CommandFailure.unreadable)
        }
        let article: Article
        do {
            article = try DumpParser.parse(bytes)
        } catch {
            throw CommandFailure.fail(file: file, reason: error.description, code: CommandFailure.badInput)
        }
        if json {
            print(ArticleJSON.encode(article))
        } else {
            print(ArticleTextRenderer.render(article, width: width ?? TerminalWidth.ofStandardOutput()), terminator: "")
        }
    }
}
