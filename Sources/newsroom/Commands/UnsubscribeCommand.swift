import ArgumentParser
import NewsroomCore

/// `newsroom unsubscribe URL`: removes the feed's lines from the urls file and forgets its fetch
/// state. Its articles stay in the library (read state and bookmarks with them).
struct UnsubscribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsubscribe",
        abstract: "Remove a feed from the urls file (its articles stay in the library).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var urls: UrlsFileOption

    @Argument(help: "The feed's URL or file path, as `newsroom feeds` lists it.")
    var location: String

    func run() throws {
        try CommandFailure.reporting {
            var file = try urls.load(common)
            // As written in the file first, then as `subscribe` would have normalised it.
            var url = location
            if !file.subscriptions.contains(where: { $0.url == url }), let normalised = try? FeedLocation.normalise(location) {
                url = normalised
            }
            guard file.remove(url: url) else {
                throw CommandMessage("\(location) is not subscribed")
            }
            try urls.save(file, common)
            try common.openStore().removeFeedState(url: url)
            StandardStreams.write(Sanitizer.display("unsubscribed \(url)") + "\n")
        }
    }
}
