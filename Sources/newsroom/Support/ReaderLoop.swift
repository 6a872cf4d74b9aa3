import NewsroomCore
import NewsroomStore
import NewsroomTerminal
import NewsroomUI

/// The reader's main loop: render the state, draw it (the terminal writes only changed cells),
/// read a key, turn it into an action through the key map, and let the effect runner apply it.
/// The two effects that are not library work are handled here: `openURL` (the browser runs
/// with the terminal given back) and `quit` (the loop ends; `withTerminal` restores).
struct ReaderLoop {
    /// Fetches feed subscriptions into the library and returns the status line to show,
    /// reporting progress lines on the way; nil: the `r` key only reads the library again.
    typealias FeedRefresh = (_ showProgress: (String) -> Void) throws -> String

    let library: ReaderLibrary
    let keyMap: KeyMap
    let environment: [String: String]
    var feedRefresh: FeedRefresh?
    /// Shown in the status line of the first frame (e.g. what the import did).
    var startMessage: StatusMessage?
    var trace: FrameTrace?

    func run(on terminal: Terminal) {
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
        while !state.isQuitting {
            guard let key = terminal.readKey() else { continue }
            let started = trace == nil ? 0 : FrameTrace.monotonicMicroseconds()
            guard let action = keyMap.action(for: key, in: state) else { continue }
            var readAhead: [Effect] = []
            if action == .reload, !state.showHelp {
                reload(&state, runner: runner, terminal: terminal)
            } else {
                handle(dispatch(action, into: &state, runner: runner, readAhead: &readAhead), state: &state, terminal: terminal)
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
    private func fetch(_ effects: inout [Effect], into state: inout AppState, runner: EffectRunner, terminal: Terminal) {
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
        var queue = [action]
        var leftOver: [Effect] = []
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in reduce(&state, next) {
                switch effect {
                case .openURL, .quit:
                    leftOver.append(effect)
                case .loadPage(_, let offset, let limit) where !Self.isOnScreen(offset: offset, limit: limit, state):
                    readAhead.append(effect)
                default:
                    queue += runner.run(effect)
                }
            }
        }
        return leftOver
    }

    private static func isOnScreen(offset: Int, limit: Int, _ state: AppState) -> Bool {
        let first = state.listScroll
        let end = first + max(1, state.layout.paneHeight)
        return offset < end && offset + limit > first
    }

    /// `r`: new articles from the feeds (when there are any), then the list read again.
    private func reload(_ state: inout AppState, runner: EffectRunner, terminal: Terminal) {
        var message: StatusMessage
        if let feedRefresh {
            do {
                message = StatusMessage(try feedRefresh { progress in
                    state.status = StatusMessage(progress)
                    terminal.draw(render(state, keyMap: keyMap))
                })
            } catch {
                message = StatusMessage("Reload failed: \(error)", isError: true)
            }
        } else {
            message = StatusMessage("No feed subscriptions; the library was read again.")
        }
        library.invalidate()
        runner.dispatch(.reload, into: &state)
        // A failing library read says so itself; don't cover it.
        if state.status == nil || state.status?.isError == false { state.status = message }
    }

    private func handle(_ effects: [Effect], state: inout AppState, terminal: Terminal) {
        for effect in effects {
            switch effect {
            case .openURL(let url):
                state.status = openInBrowser(url, terminal: terminal)
            default:
                break  // `.quit` already set `state.isQuitting`; the loop ends.
            }
        }
    }

    private func openInBrowser(_ url: String, terminal: Terminal) -> StatusMessage? {
        guard let program = BrowserLauncher.program(environment: environment) else {
            return StatusMessage(BrowserLauncher.Failure.noBrowser.description, isError: true)
        }
        let failure = terminal.suspended { BrowserLauncher.open(url, program: program) }
        return failure.map { StatusMessage($0.description, isError: true) }
    }
}
