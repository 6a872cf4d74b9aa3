import ArgumentParser
import NewsroomCore
import NewsroomUI

/// `newsroom parse FILE [--json] [--width N]`: one page dump or feed file, printed readable
/// or as JSON (a feed: docs/feed-json.md). Exit 1 when the file cannot be read, 2 when it is
/// not an article or a feed (empty, binary, no title, a refused DOCTYPE, a directory, too large).
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one page-dump or feed file and print its articles (or --json)."
    )

    @Argument(help: "A page-dump text file, a feed file (RSS, RDF, Atom, JSON Feed) or a saved news page (.html).")
    var file: String

    @Flag(help: "Print the article as JSON (every key present, control characters escaped).")
    var json = false

    @Option(help: "The address an HTML page was saved from (resolves its relative links).")
    var url: String?

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
        let parsed: ParsedInput
        do {
            if isHTMLFile(file) || HTMLArticleExtractor.looksLikeHTML(bytes) {
                parsed = .dump(try HTMLArticleExtractor.extract(bytes: bytes, url: url))
            } else {
                parsed = try InputParser.parse(bytes: bytes)
            }
        } catch {
            throw CommandFailure.fail(file: file, reason: error.description, code: CommandFailure.badInput)
        }
        let columns = width ?? TerminalWidth.ofStandardOutput()
        switch parsed {
        case .dump(let article):
            if json {
                StandardStreams.write(ArticleJSON.encode(article) + "\n")
            } else {
                StandardStreams.write(ArticleLines(article: article, width: columns).plainText)
            }
        case .feed(let feed):
            if json {
                StandardStreams.write(FeedJSON.render(feed))
            } else {
                // Articles one after another, a blank line between them, laid out as in the
                // reader's pane (the layout sanitizes).
                let texts = feed.articles.map { ArticleLines(article: $0, width: columns).plainText }
                StandardStreams.write(texts.joined(separator: "\n"))
            }
        }
    }

    private func isHTMLFile(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm")
    }
}
