import ArgumentParser
import NewsroomCore

/// `newsroom import-opml FILE`: adds every feed of an OPML file to the urls file (folders and
/// `category` attributes become tags). Locations that are not http(s)/file URLs or absolute
/// paths are reported and skipped: nothing from the file is ever run.
struct ImportOPMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-opml",
        abstract: "Subscribe to every feed listed in an OPML file (folders and categories become tags).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var urls: UrlsFileOption

    @Argument(help: "An OPML file.")
    var file: String

    func run() throws {
        let outlines: [OPML.Outline]
        do {
            outlines = try OPML.parse(try FileBytes.read(path: file))
        } catch let error as FileReadError {
            throw CommandFailure.fail(
                file: file, reason: error.description,
                code: error.isBadInput ? CommandFailure.badInput : CommandFailure.unreadable)
        } catch let error as InputError {
            throw CommandFailure.fail(file: file, reason: error.description, code: CommandFailure.badInput)
        }
        try CommandFailure.reporting {
            var list = try urls.load(common)
            var added = 0
            var skipped = 0
            for outline in outlines {
                do {
                    if try list.add(Subscription(url: outline.url, tags: outline.tags)) { added += 1 }
                } catch {
                    skipped += 1
                    CommandFailure.report("skipped \(error)")
                }
            }
            if added > 0 { try urls.save(list, common) }
            StandardStreams.write("subscribed \(added), skipped \(skipped)\n")
        }
    }
}
