import ArgumentParser
import Foundation
import NewsroomApp
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
            one `key = command` per line. A folder named like a subcommand (say `add`) is read \
            with `newsroom read add`.
            """)

    @OptionGroup var database: DatabaseOption

    @Option(help: "Links on screen as terminal hyperlinks (OSC 8): auto (terminals known to support them, not inside tmux), on, off.")
    var hyperlinks: HyperlinkMode = .auto

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
            let store = try database.openStore()
            // Before the import: with no terminal to show them, nothing should change.
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw TerminalError.notATerminal
            }
            let startMessage = try importPaths(into: store)
            let urlsFile = UrlsFileOption.resolve(explicit: nil, environment: environment)
            // The urls file's tags for the sources view and `tag:` filters.
            let library = ReaderLibrary(store: store, subscriptions: { try UrlsFileOption.load(urlsFile).subscriptions })
            let trace = FrameTrace(environment: environment)
            library.trace = trace
            let feedReload = BackgroundFeedReload(
                store: store, timeout: Reloader.defaultTimeout,
                subscriptions: { try UrlsFileOption.load(urlsFile).subscriptions })
            try withTerminal(hyperlinks: hyperlinks) { terminal in
                var reader = ReaderRuntime(backend: terminal, library: library, keyMap: keyMap)
                reader.feedReload = feedReload
                reader.fullArticles = WebFullArticles(loader: FullArticleLoader(
                    pages: WebPages(timeout: Reloader.defaultTimeout), store: store))
                reader.openBrowser = BrowserLauncher.opener(environment: environment)
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
