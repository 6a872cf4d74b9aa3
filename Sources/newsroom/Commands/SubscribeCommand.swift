import ArgumentParser
import NewsroomCore

/// `newsroom subscribe URL|FILE [--tag T]...`: adds a line to the urls file (or adds tags to an
/// existing one). Nothing is fetched: `newsroom reload` does that.
struct SubscribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subscribe",
        abstract: "Subscribe to a feed (an http(s) or file URL, or a feed file's path).",
        discussion: "Adds the feed to the urls file; `newsroom reload` fetches it.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var urls: UrlsFileOption

    @Argument(help: "The feed's URL or file path.")
    var location: String

    @Option(name: .customLong("tag"), help: "A tag for the feed (repeatable).")
    var tags: [String] = []

    func run() throws {
        try CommandFailure.reporting {
            let url = try FeedLocation.normalise(location)
            var file = try urls.load(common)
            let tags = tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if try file.add(Subscription(url: url, tags: tags)) {
                try urls.save(file, common)
                StandardStreams.write(Sanitizer.display("subscribed \(url)") + "\n")
            } else {
                StandardStreams.write(Sanitizer.display("already subscribed \(url)") + "\n")
            }
        }
    }
}
