import NewsroomCore
import NewsroomUI

/// The reader's loop: it moves events in and frames out, and nothing else. Keys (through the
/// key map), what background work posts, and the answers of effects all go into `reduce` as
/// actions; the effects it asks for are run here or by the `EffectRunner`; after each change
/// the state is rendered and drawn. The state changes nowhere else.
///
/// Effects that `waitsForFrame` (pages off screen, the unread count) run once the frame is
/// out: they only make the next keys fast. While a feed reload runs, the key wait is cut to
/// `pollMilliseconds`, so its progress shows while the keys keep working.
public struct ReaderRuntime<Backend: TerminalBackend> {
    /// How long a key wait lasts while a feed reload runs: how late its progress can show.
    public static var pollMilliseconds: Int { 100 }

    public let backend: Backend
    public let runner: EffectRunner
    public var keyMap: KeyMap
    /// Layout and wrapping the reader starts with (the configuration file's).
    public var settings = ReaderSettings()
    /// Starts a feed reload as the reader opens (`reload-at-start` in the configuration), as
    /// if `r` were the first key.
    public var reloadAtStart = false
    /// Starts feed reloads for `r`; nil: nothing to fetch, `r` only reads the list again.
    public var feedReload: (any FeedReloading)?
    /// Runs the browser on a link and waits for it to end; returns why it failed. nil: no
    /// browser is configured.
    public var openBrowser: ((String) -> String?)?
    /// Fetches full articles for `f`; nil: `f` says this reader cannot.
    public var fullArticles: (any FullArticleFetching)?
    public var trace: FrameTrace?

    public init(backend: Backend, library: any ArticleLibrary, keyMap: KeyMap = .standard) {
        self.backend = backend
        self.runner = EffectRunner(library: library)
        self.keyMap = keyMap
    }

    /// Runs the reader until it quits; returns the last state (for tests). `startMessage`
    /// shows in the first frame's status line.
    @discardableResult
    public func run(startMessage: StatusMessage? = nil) -> AppState {
        let (width, height) = backend.size
        let (start, effects) = AppState.start(width: width, height: height, settings: settings)
        var session = Session(runtime: self, state: start)
        for effect in effects { session.perform(effect) }
        if let startMessage { session.apply(.startMessage(startMessage)) }
        if reloadAtStart { session.apply(.reload) }
        session.draw()
        trace?.mark("first-frame")
        session.runWorkAfterFrame()
        session.draw()
        trace?.mark("unread-count")
        while !session.state.isQuitting {
            // Idle, the reader sleeps in the key wait; background work makes it look up now and then.
            let waiting = session.state.feedReload != nil || session.state.fullArticleLoading != nil
            let key = backend.readKey(timeoutMilliseconds: waiting ? Self.pollMilliseconds : nil)
            let started = trace == nil ? 0 : FrameTrace.monotonicMicroseconds()
            var changed = session.applyPosted()
            let action = key.flatMap { keyMap.action(for: $0, in: session.state) }
            if let action { session.apply(action) }
            changed = changed || action != nil
            guard changed, !session.state.isQuitting else { continue }
            session.draw()
            if let key, action != nil { trace?.frame(key, since: started) }
            if session.runWorkAfterFrame() { session.draw() }
        }
        return session.state
    }

    /// One run of the reader: its state, the work waiting for the frame, and the inbox that
    /// background work posts to.
    private struct Session {
        let runtime: ReaderRuntime
        var state: AppState
        var afterFrame: [Effect] = []
        let inbox = ActionInbox()

        /// Reduces `action` and everything its effects answer, until nothing is left.
        mutating func apply(_ action: Action) {
            var queue = [action]
            while !queue.isEmpty {
                for effect in reduce(&state, queue.removeFirst()) {
                    if effect.waitsForFrame { afterFrame.append(effect) } else { queue += run(effect) }
                }
            }
        }

        mutating func perform(_ effect: Effect) {
            guard !effect.waitsForFrame else { return afterFrame.append(effect) }
            for action in run(effect) { apply(action) }
        }

        /// What background work posted since the last look; false when nothing.
        mutating func applyPosted() -> Bool {
            let posted = inbox.takeAll()
            for action in posted { apply(action) }
            return !posted.isEmpty
        }

        /// Runs the work that waited for the frame (and what it leads to); false when none.
        @discardableResult
        mutating func runWorkAfterFrame() -> Bool {
            guard !afterFrame.isEmpty else { return false }
            while !afterFrame.isEmpty {
                for action in run(afterFrame.removeFirst()) { apply(action) }
            }
            return true
        }

        func draw() {
            runtime.backend.draw(render(state, keyMap: runtime.keyMap))
        }

        private func run(_ effect: Effect) -> [Action] {
            switch effect {
            case .openURL(let url):
                guard let openBrowser = runtime.openBrowser else {
                    return [.browserClosed(error: BrowserLauncher.Failure.noBrowser.description)]
                }
                return [.browserClosed(error: runtime.backend.suspended { openBrowser(url) })]
            case .startFeedReload:
                guard let feedReload = runtime.feedReload else {
                    return [.feedReloadUnavailable(.noFeedSubscriptions)]
                }
                let inbox = self.inbox
                return [feedReload.start(posting: { inbox.post($0) })]
            case .fetchFullArticle(let id, let url):
                guard let fullArticles = runtime.fullArticles else {
                    return [.fullArticleFailed(id: id, message: "this reader was started without web access")]
                }
                let inbox = self.inbox
                fullArticles.start(id: id, url: url, posting: { inbox.post($0) })
                return []
            case .quit:
                return []  // `reduce` set `isQuitting`; the loop ends.
            default:
                return runtime.runner.run(effect)
            }
        }
    }
}

extension BrowserLauncher {
    /// The reader's way to open a link with `command` (program and arguments); nil when no
    /// browser is set.
    public static func opener(command: [String]?) -> ((String) -> String?)? {
        guard let command, !command.isEmpty else { return nil }
        return { url in open(url, command: command)?.description }
    }
}
