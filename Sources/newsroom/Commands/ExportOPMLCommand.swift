import ArgumentParser
import NewsroomCore

/// `newsroom export-opml`: the urls file as OPML 2.0 on stdout (tags as `category`, titles
/// from the last reload when known).
struct ExportOPMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-opml",
        abstract: "Print the subscriptions as an OPML 2.0 document.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var urls: UrlsFileOption

    func run() throws {
        try CommandFailure.reporting {
            let subscriptions = try urls.load(common).subscriptions
            let states = try common.openStore(.readOnly).feedStates()
            let titles = states.compactMapValues(\.title)
            StandardStreams.write(OPML.render(subscriptions, titles: titles))
        }
    }
}
