import ArgumentParser
import Foundation
import NewsroomApp
import NewsroomConfig
import NewsroomCore
import NewsroomStore
import NewsroomTerminal
import NewsroomUI

/// `newsroom [PATH...]` (the default command, also `newsroom read`): the full-screen reader.
/// Paths are imported into the library first, so bookmarks and read state stick; without
/// paths it shows the library. Everything that can fail before the screen opens (the library,
/// the key map, the terminal, paths that do not exist) is one line on stderr and a non-zero
/// exit, with the terminal untouched.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader: browse headlines, read articles, bookmark them.",
        discussion: """
            Files and folders given are imported into the library first. Keys: press ? in the \
            reader. Key map: $XDG_CONFIG_HOME/newsroom/keys (else ~/.config/newsroom/keys), \
            one `key = command` per line. Layout, colours, date format, browser and more: the \
            configuration file (`newsroom config` shows it). A folder named like a subcommand \
            (say `add`) is read with `newsroom read add`.
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var urls: UrlsFileOption

    @Option(help: "Links on screen as terminal hyperlinks (OSC 8): auto (terminals known to support them, not inside tmux), on, off (default: `hyperlinks` in the configuration file, else auto).")
    var hyperlinks: HyperlinkMode?

    @Argument(help: "Page-dump files or folders to import and read (default: the library as it is).")
    var paths: [String] = []

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let keyMap: KeyMap
        do {
            keyMap = try KeyMapFile.load(environment: environment)
        } catch {
            throw CommandFailure.fail(error.description, code: CommandFailure.badInput)
        }
        try CommandFailure.reporting {
            let configuration = try common.configuration(urls: urls.path, hyperlinks: hyperlinks)
            let store = try common.openStore(configuration: configuration)
            // Before the import: with no terminal to show them, nothing should change.
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw TerminalError.notATerminal
            }
            let startMessage = try importPaths(into: store)
            let urlsFile = UrlsFileOption.resolve(configuration, environment: environment)
            // The urls file's tags for the sources view and `tag:` filters.
            let library = ReaderLibrary(store: store, subscriptions: { try UrlsFileOption.load(urlsFile).subscriptions })
            let trace = FrameTrace(environment: environment)
            library.trace = trace
            let feedReload = BackgroundFeedReload(
                store: store, timeout: Reloader.defaultTimeout, fullArticles: configuration.fullArticle.value,
                subscriptions: { try UrlsFileOption.load(urlsFile).subscriptions })
            try withTerminal(hyperlinks: configuration.hyperlinks.value, looks: configuration.looks) { terminal in
                var reader = ReaderRuntime(backend: terminal, library: library, keyMap: keyMap)
                reader.settings = configuration.readerSettings
                reader.reloadAtStart = configuration.reloadAtStart.value
                reader.feedReload = feedReload
                reader.fullArticles = WebFullArticles(loader: FullArticleLoader(
                    pages: WebPages(timeout: Reloader.defaultTimeout), store: store))
                reader.openBrowser = BrowserLauncher.opener(command: configuration.browser.value)
                reader.trace = trace
                reader.run(startMessage: startMessage)
            }
        }
    }

    /// Imports the paths; skipped files are listed on stderr now (they show again when the
    /// reader's screen is gone) and counted in the first status line. Nothing importable at
    /// all (say, a mistyped folder) ends here, before the screen opens.
    private func importPaths(into store: LibraryStore) throws -> StatusMessage? {
        guard !paths.isEmpty else { return nil }
        let summary = try ArticleImport.run(paths, into: store) { CommandFailure.report($0) }
        if let reason = summary.nothingToRead { throw CommandMessage(reason) }
        return summary.readerStartMessage
    }
}

extension HyperlinkMode: ExpressibleByArgument {}

extension ReadCommand: ConfiguredCommand {
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { (urls.path, hyperlinks) }
}
