import ArgumentParser
import Foundation
import NewsroomApp
import NewsroomConfig
import NewsroomCore
import NewsroomStore

/// `newsroom reload [--json]`: fetches every subscription and imports new and changed items,
/// then prints the summary (new, updated, unchanged, failed with the reason per feed).
/// Exit 1 when any feed failed (the others are imported all the same).
struct ReloadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reload",
        abstract: "Fetch every subscribed feed and import new and changed items.",
        discussion: "Six feeds are fetched at once; 304 Not Modified and unchanged bodies cost no parse. A progress bar shows on a terminal. Exits 1 when a feed failed.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var urls: UrlsFileOption

    @Flag(help: "Print the summary as JSON (fields in docs/cli.md).")
    var json = false

    @Option(help: "Seconds one feed's fetch may take in all (default 30).")
    var timeout: Double = Reloader.defaultTimeout

    func validate() throws {
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds") }
    }

    func run() async throws {
        let store: LibraryStore
        let configuration: Configuration
        do {
            configuration = try common.configuration(urls: urls.path)
            store = try common.openStore(configuration: configuration)
        } catch {
            throw CommandFailure.fail(String(describing: error), code: CommandFailure.unreadable)
        }
        let bar = ProgressBar()
        let summary: ReloadSummary
        do {
            let subscriptions = try UrlsFileOption.load(UrlsFileOption.resolve(configuration, environment: ProcessInfo.processInfo.environment)).subscriptions
            summary = await Reloader.reload(subscriptions, store: store, timeout: timeout,
                                            fullArticles: configuration.fullArticle.value, progress: { bar.show($0) })
        } catch {
            bar.finish()
            throw CommandFailure.fail(String(describing: error), code: CommandFailure.unreadable)
        }
        bar.finish()
        // New items and full articles wait for the full-text index (imports leave it to one
        // pass); catching up here keeps the first search after a reload fast. A failure is
        // left to that search, which catches up itself.
        _ = try? store.updateSearchIndex()
        StandardStreams.write(json ? summary.json : summary.text)
        if !summary.failed.isEmpty { throw ExitCode.failure }
    }
}
