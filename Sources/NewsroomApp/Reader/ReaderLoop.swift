import NewsroomCore
import NewsroomStore
import NewsroomUI

/// The reader's main loop: render the state, draw it (the terminal writes only changed cells),
/// read a key, turn it into an action through the key map, and let the effect runner apply it.
/// The two effects that are not library work are handled here: `openURL` (the browser runs
/// with the terminal given back) and `quit` (the loop ends; `withTerminal` restores).
///
/// `r` starts a feed reload in the background: while it runs, the loop waits for keys only
/// `reloadPollMilliseconds` at a time and polls it between keys (progress in the status
/// line); when it ends, the list is read again with the selected article kept selected.
public struct ReaderLoop {
    /// Starts fetching the feed subscriptions into the library and returns at once; nil when
    /// there are none (the `r` key then only reads the library again).
    public typealias FeedRefresh = () throws -> BackgroundReload?

    /// How long a key wait lasts while a reload runs: how late its progress can show.
    static let reloadPollMilliseconds = 100

    let library: ReaderLibrary
    let keyMap: KeyMap
    let environment: [String: String]
    public var feedRefresh: FeedRefresh?
    /// Shown in the status line of the first frame (e.g. what the import did).
    public var startMessage: StatusMessage?
    public var trace: FrameTrace?

    public init(library: ReaderLibrary, keyMap: KeyMap, environment: [String: String]) {
        self.library = library
        self.keyMap = keyMap
        self.environment = environment
    }

    public func run(on terminal: some TerminalBackend) {
        let runner = EffectRunner(library: library)
        let size = terminal.size
        var (state, startEffects) = AppState.start(width: size.width, height: size.height)
        // Counting the unread articles scans the library: the first frame goes out without
        // the count, and the header shows it a moment later.
        let counts = startEffects.filter { if case .loadUnreadCount = $0 { true } else { false } }
        var readAhead: [Effect] = []
        for effect in startEffects where !counts.contains(effect) {
            for result in runner.run(effect) {
                handle(dispatch(result, into: &state, runner: runner, readAhead: &readAhead), state: &state, terminal: terminal)
            }
        }
        if let startMessage, state.status == nil { state.status = startMessage }
        terminal.draw(render(state, keyMap: keyMap))
        trace?.mark("first-frame")
        handle(runner.perform(counts, into: &state), state: &state, terminal: terminal)
        fetch(&readAhead, into: &state, runner: runner, terminal: terminal)
        terminal.draw(render(state, keyMap: keyMap))
        trace?.mark("unread-count")
        // The reload `r` started, while it runs.
        var running: BackgroundReload?
        while !state.isQuitting {
            // Idle, the reader sleeps in the key wait; a reload makes it look up now and then.
            let key = terminal.readKey(timeoutMilliseconds: running == nil ? nil : Self.reloadPollMilliseconds)
            if let reload = running, let update = reload.poll() {
                switch update {
                case .progress(let line):
                    state.status = StatusMessage(line)
                case .finished(let line):
                    running = nil
                    rereadLibrary(&state, runner: runner, message: StatusMessage(line), action: .libraryChanged)
                }
                terminal.draw(render(state, keyMap: keyMap))
            }
            guard let key else { continue }
            let started = trace == nil ? 0 : FrameTrace.monotonicMicroseconds()
            guard let action = keyMap.action(for: key, in: state) else { continue }
            var readAhead: [Effect] = []
            if action == .reload, !state.showHelp {
                if let reload = running {
                    state.status = StatusMessage("A reload is already running (\(reload.statusLine))")
                } else {
                    running = startReload(&state, runner: runner)
                }
            } else {
                handle(dispatch(action, into: &state, runner: runner, readAhead: &readAhead), state: &state, terminal: terminal)
                // A key clears the status line; the reload's progress comes back to it.
                if let reload = running, state.status == nil { state.status = StatusMessage(reload.statusLine) }
            }
            if state.isQuitting { break }
            terminal.draw(render(state, keyMap: keyMap))
            trace?.frame(key, since: started)
            // The pages around the screen, fetched once the frame is out (they only make the
            // next keys fast); a key typed meanwhile waits in the terminal's input queue.
            fetch(&readAhead, into: &state, runner: runner, terminal: terminal)
            terminal.draw(render(state, keyMap: keyMap))
        }
    }

    /// Runs `effects` and everything they lead to, until nothing is left.
    private func fetch(_ effects: inout [Effect], into state: inout AppState, runner: EffectRunner, terminal: some TerminalBackend) {
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            for result in runner.run(effect) {
                handle(dispatch(result, into: &state, runner: runner, readAhead: &effects), state: &state, terminal: terminal)
            }
        }
    }

    /// `EffectRunner.dispatch`, except that pages of headlines with no row on screen are left in
    /// `readAhead` for after the frame. Returns the effects for the caller (`openURL`, `quit`).
    private func dispatch(_ action: Action, into state: inout AppState, runner: EffectRunner,
                          readAhead: inout [Effect]) -> [Effect] {
        runner.dispatch(action, into: &state, deferring: { effect, state in
            guard case .loadPage(_, let offset, let limit) = effect else { return false }
            return !Self.isOnScreen(offset: offset, limit: limit, state)
        }, to: &readAhead)
    }

    private static func isOnScreen(offset: Int, limit: Int, _ state: AppState) -> Bool {
        let first = state.listScroll
        let end = first + max(1, state.layout.paneHeight)
        return offset < end && offset + limit > first
    }

    /// `r`: starts fetching the feeds and returns the running reload; without subscriptions
    /// (or when the urls file cannot be read) the list is read again at once instead.
    private func startReload(_ state: inout AppState, runner: EffectRunner) -> BackgroundReload? {
        var message = StatusMessage(ReaderFeedRefresh.noSubscriptions)
        if let feedRefresh {
            do {
                if let reload = try feedRefresh() {
                    state.status = StatusMessage(reload.statusLine)
                    return reload
                }
            } catch {
                message = StatusMessage("Reload failed: \(error)", isError: true)
            }
        }
        rereadLibrary(&state, runner: runner, message: message, action: .reload)
        return nil
    }

    /// Reads the list again (the selected article stays selected) and shows `message`.
    private func rereadLibrary(_ state: inout AppState, runner: EffectRunner, message: StatusMessage, action: Action) {
        library.invalidate()
        runner.dispatch(action, into: &state)
        // A failing library read says so itself; don't cover it.
        if state.status == nil || state.status?.isError == false { state.status = message }
    }

    private func handle(_ effects: [Effect], state: inout AppState, terminal: some TerminalBackend) {
        for effect in effects {
            switch effect {
            case .openURL(let url):
                state.status = openInBrowser(url, terminal: terminal)
            default:
                break  // `.quit` already set `state.isQuitting`; the loop ends.
            }
        }
    }

    private func openInBrowser(_ url: String, terminal: some TerminalBackend) -> StatusMessage? {
        guard let program = BrowserLauncher.program(environment: environment) else {
            return StatusMessage(BrowserLauncher.Failure.noBrowser.description, isError: true)
        }
        let failure = terminal.suspended { BrowserLauncher.open(url, program: program) }
        return failure.map { StatusMessage($0.description, isError: true) }
    }
}
