import Foundation
import NewsroomApp
import NewsroomCore
import NewsroomStore
import NewsroomUI
import Synchronization
import Testing

/// The reader as a user drives it, without a terminal: scripted keys on a recording backend,
/// a real library in a temporary folder, feeds from memory.
@Suite struct ReaderRuntimeTests {
    typealias Step = RecordingBackend.Step

    /// What one run of the reader left: its frames and events, and its last state.
    struct Run: Sendable {
        var frames: [[String]]
        var log: [String]
        var problems: [String]
        var state: AppState

        var screen: String { frames.last?.joined(separator: "\n") ?? "" }

        /// The first frame that shows every one of `texts`.
        func frame(showing texts: String...) -> [String]? {
            frames.first { frame in
                let text = frame.joined(separator: "\n")
                return texts.allSatisfy { text.contains($0) }
            }
        }
    }

    static let feedA = "https://a.example/feed"
    static let feedB = "https://b.example/feed"

    static func read(
        _ library: TestLibrary, fetcher: FakeFeedFetcher? = nil, feeds: [String] = [feedA, feedB],
        browser: (@Sendable (String) -> String?)? = nil, startMessage: StatusMessage? = nil,
        fullArticles: (any FullArticleFetching)? = nil, reloadAtStart: Bool = false,
        _ steps: @escaping @Sendable () -> [Step]
    ) async -> Run {
        await onOwnThread {
            let backend = RecordingBackend(steps())
            var reader = ReaderRuntime(backend: backend, library: ReaderLibrary(store: library.store))
            if let fetcher {
                let subscriptions = feeds.map { Subscription(url: $0) }
                reader.feedReload = BackgroundFeedReload(store: library.store, fetcher: fetcher, subscriptions: { subscriptions })
            }
            reader.openBrowser = browser
            reader.fullArticles = fullArticles
            reader.reloadAtStart = reloadAtStart
            let state = reader.run(startMessage: startMessage)
            return Run(frames: backend.frames, log: backend.log, problems: backend.problems, state: state)
        }
    }

    @Test func theFirstFrameHasTheListAndTheStartMessageAndTheNextOneTheUnreadCount() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha", "Beta", "Gamma"])
        let run = await Self.read(library, startMessage: StatusMessage("Imported: 3 new.")) { [.key(.character("q"))] }
        #expect(run.problems.isEmpty)
        let first = run.frames[0].joined(separator: "\n")
        #expect(first.contains("Alpha") && first.contains("Gamma"))
        #expect(first.contains("Imported: 3 new."))
        #expect(!first.contains("unread"), "the count waits for the first frame")
        #expect(run.frames[1].joined(separator: "\n").contains("3 unread · 1/3"))
        #expect(run.state.isQuitting)
    }

    @Test func keysWorkWhileAFeedReloadRunsAndTheSelectionIsKeptWhenItEnds() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha", "Beta", "Gamma"])
        let fetcher = FakeFeedFetcher(
            [Self.feedA: rssFeed(["Neu A1", "Neu A2"]), Self.feedB: rssFeed(["Neu B1"])], holding: [Self.feedB])
        let run = await Self.read(library, fetcher: fetcher) {
            [
                .waitFor("1/3"), .key(.character("j")), .key(.character("r")),
                // Feed A is in, B is held: the reload runs.
                .waitFor("Reloading feeds: 1/2…"),
                .key(.character("j")), .waitFor("3/3"),
                .run { fetcher.releaseAll() },
                .waitFor("Reloaded 2 feeds: 3 new, 0 updated."), .key(.character("q")),
            ]
        }
        #expect(run.problems.isEmpty)
        // The key moved the selection while the reload ran, and the progress came back.
        #expect(run.frame(showing: "3/3", "Reloading feeds: 1/2…") != nil)
        // Three new items above: Gamma is still the one selected.
        #expect(run.state.headlines.total == 6)
        #expect(run.state.headlineCursor.selection == 5)
        #expect(run.state.headlines.row(at: 5)?.title == "Gamma")
        #expect(run.state.feedReload == nil)
        #expect(Set(fetcher.fetched) == [Self.feedA, Self.feedB])
    }

    @Test func reloadAtStartFetchesTheFeedsWithoutAKey() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let fetcher = FakeFeedFetcher([Self.feedA: rssFeed(["Neu A1"]), Self.feedB: rssFeed(["Neu B1"])])
        let run = await Self.read(library, fetcher: fetcher, reloadAtStart: true) {
            [.waitFor("Reloaded 2 feeds: 2 new, 0 updated."), .key(.character("q"))]
        }
        #expect(run.problems.isEmpty)
        #expect(Set(fetcher.fetched) == [Self.feedA, Self.feedB])
        #expect(run.state.headlines.total == 3)
    }

    @Test func withoutReloadAtStartNothingIsFetchedUntilR() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let fetcher = FakeFeedFetcher([Self.feedA: rssFeed(["Neu A1"]), Self.feedB: rssFeed(["Neu B1"])])
        let run = await Self.read(library, fetcher: fetcher) { [.waitFor("1/1"), .key(.character("q"))] }
        #expect(run.problems.isEmpty)
        #expect(fetcher.fetched.isEmpty)
    }

    @Test func qQuitsWhileAFeedReloadRuns() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let fetcher = FakeFeedFetcher([Self.feedA: rssFeed(["Neu"]), Self.feedB: rssFeed(["Neu"])], holding: [Self.feedA, Self.feedB])
        let run = await Self.read(library, fetcher: fetcher) {
            [.key(.character("r")), .waitFor("Reloading 2 feeds…"), .key(.character("q"))]
        }
        fetcher.releaseAll()
        #expect(run.problems.isEmpty)
        #expect(run.state.isQuitting)
        #expect(run.state.feedReload?.total == 2, "it was still running")
    }

    @Test func rWhileAReloadRunsStartsNoSecondOne() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let fetcher = FakeFeedFetcher([Self.feedA: rssFeed(["Neu"])], holding: [Self.feedA])
        let run = await Self.read(library, fetcher: fetcher, feeds: [Self.feedA]) {
            [
                .key(.character("r")), .waitFor("Reloading feeds: 0/1…"), .key(.character("r")),
                .waitFor("A reload is already running (Reloading feeds: 0/1…)"),
                .run { fetcher.releaseAll() }, .waitFor("Reloaded 1 feeds: 1 new"), .key(.character("q")),
            ]
        }
        #expect(run.problems.isEmpty)
        #expect(fetcher.fetched == [Self.feedA])
    }

    @Test func aFailedFeedShowsItsError() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let fetcher = FakeFeedFetcher([Self.feedA: .failed("HTTP 404"), Self.feedB: rssFeed(["Neu B1"])])
        let run = await Self.read(library, fetcher: fetcher) {
            [.key(.character("r")), .waitFor("1 failed (https://a.example/feed: HTTP 404)"), .key(.character("q"))]
        }
        #expect(run.problems.isEmpty)
        #expect(run.screen.contains("Reloaded 2 feeds: 1 new, 0 updated, 1 failed"))
        #expect(run.state.headlines.total == 2)
    }

    @Test func rWithoutSubscriptionsReadsTheListAgainKeepingTheSelection() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha", "Beta", "Gamma"])
        let run = await Self.read(library, fetcher: FakeFeedFetcher([:]), feeds: []) {
            [
                .waitFor("3 unread · 1/3"),
                // Another `newsroom add` meanwhile: a newer article lands above the selection.
                .run { try? library.add(["Delta"], hoursBefore: -5) },
                .key(.character("r")), .waitFor("No feed subscriptions"), .waitFor("4 unread · 2/4"),
                .key(.character("q")),
            ]
        }
        #expect(run.problems.isEmpty)
        #expect(run.state.headlines.row(at: 1)?.title == "Alpha")
    }

    @Test func theBrowsersExitReturnsTheScreen() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha", "Beta"])
        let opened = Mutex<[String]>([])
        let run = await Self.read(library, browser: { url in
            opened.withLock { $0.append(url) }
            return nil
        }) {
            [.waitFor("1/2"), .key(.enter), .key(.character("o")), .key(.character("q"))]
        }
        #expect(run.problems.isEmpty)
        #expect(opened.withLock { $0 } == ["https://rundschau.example/0"])
        let suspend = try #require(run.log.firstIndex(of: "suspend"))
        #expect(Array(run.log[suspend...].prefix(3)) == ["suspend", "resume", "frame"])
        #expect(!run.screen.contains("Opening"), "the status line is free again")
        #expect(run.screen.contains("Alpha"))
    }

    @Test func aBrowserThatFailsSaysWhy() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let run = await Self.read(library, browser: { _ in "w3m ended with status 1." }) {
            [.waitFor("1/1"), .key(.enter), .key(.character("o")), .key(.character("q"))]
        }
        #expect(run.problems.isEmpty)
        #expect(run.screen.contains("w3m ended with status 1."))
    }

    @Test func withoutABrowserTheScreenStaysAndSaysHowToSetOne() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let run = await Self.read(library) {
            [.waitFor("1/1"), .key(.enter), .key(.character("o")), .key(.character("q"))]
        }
        #expect(run.problems.isEmpty)
        #expect(!run.log.contains("suspend"))
        #expect(run.screen.contains("Set $BROWSER to open links"))
    }

    @Test func aResizeDrawsAtTheNewSize() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let run = await Self.read(library) {
            [.waitFor("1/1"), .key(.resize(width: 60, height: 12)), .key(.character("q"))]
        }
        #expect(run.problems.isEmpty)
        #expect(run.frames.last?.count == 12)
        #expect(run.frames.last?.first?.count == 60)
    }
}
