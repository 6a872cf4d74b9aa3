#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import NewsroomUI

/// The ncurses backend: draws `ScreenBuffer`s (only the cells that changed), reads keys, and
/// restores the terminal. One instance owns the terminal from `init` to `shutdown()`; use
/// `withTerminal { }` so the terminal is restored on every way out.
///
/// Not thread-safe, like ncurses: create and use it on one thread (the main loop).
public final class Terminal {
    public let theme: Theme
    /// Link cells become OSC 8 hyperlinks (`HyperlinkOverlay`).
    public let hyperlinks: Bool
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: ScreenBuffer?
    private var isShutDown = false
    /// The pieces of the frame being drawn; kept so each frame reuses the arrays.
    private var frameText = FrameText()
    /// The corner glyph's characters: a cchar_t takes a NUL-terminated wide string of at most
    /// five scalars.
    private var wideCharacters: [wchar_t] = Array(repeating: 0, count: GlyphPlan.maximumScalars + 1)

    static let restoringSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Takes over the terminal: UTF-8 locale, raw-ish input (cbreak, no echo, keypad), hidden
    /// cursor, mouse wheel and clicks, colours unless `NO_COLOR` is set or the terminal has none.
    /// `looks`: the user's looks for some roles (the configuration's colours), used in colour
    /// mode only.
    public init(hyperlinks: HyperlinkMode = .auto, looks: [StyleRole: Look] = [:]) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        try Terminal.selectUTF8Locale()
        // Before newterm: the handler restores the settings the shell had.
        nr_crash_install()
        guard let screen = nr_newterm(), let window = nr_stdscr() else {
            nr_crash_uninstall()
            throw .cannotInitialize(term: Terminal.environment("TERM") ?? "")
        }
        self.screen = screen
        self.window = window
        var environment: [String: String] = [:]
        for name in ["TERM", "TMUX", "VTE_VERSION", "KITTY_WINDOW_ID", "WT_SESSION", "TERM_PROGRAM"] {
            environment[name] = Terminal.environment(name)
        }
        self.hyperlinks = hyperlinks.isEnabled(environment: environment)
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        leaveok(window, true)  // the cursor is hidden: don't spend bytes moving it back
        set_escdelay(25)
        curs_set(0)
        mousemask(KeyDecoding.mouseMask, nil)
        mouseinterval(0)  // report presses at once instead of waiting to pair them into clicks

        // COLORS is only known after start_color(); under NO_COLOR start_color() is never
        // called, so not a single colour sequence reaches the terminal.
        let noColor = Terminal.environment("NO_COLOR")
        let hasColors = has_colors()
        if noColor == nil, hasColors { start_color() }
        let mode = ColorMode.decide(noColorVariable: noColor, terminalHasColors: hasColors,
                                    colorCount: Int(nr_colors()))
        theme = Theme.standard(mode, colorCount: Int(nr_colors())).overriding(looks)
        if mode == .color { Terminal.installColors(theme) }

        _ = nr_signal_take()
        for signal in Terminal.restoringSignals { _ = nr_signal_install(signal) }
    }

    deinit { shutdown() }

    /// Current terminal size in cells.
    public var size: (width: Int, height: Int) {
        (Int(nr_getmaxx(window)), Int(nr_getmaxy(window)))
    }

    /// Restores the terminal (cursor, modes, screen contents before the reader). Idempotent:
    /// `endwin` runs exactly once however often this is called.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        for signal in Terminal.restoringSignals { _ = nr_signal_restore_default(signal) }
        mousemask(0, nil)
        curs_set(1)
        endwin()
        delscreen(screen)
        nr_crash_uninstall()
    }

    // MARK: Drawing

    /// Draws `buffer`, writing only the cells that differ from the previous frame (everything
    /// after a resize or a size change), then refreshes the terminal once.
    public func draw(_ buffer: ScreenBuffer) {
        guard !isShutDown else { return }
        exitIfSignalled()
        if previous == nil || previous?.width != buffer.width || previous?.height != buffer.height {
            previous = nil
            werase(window)
            clearok(window, true)  // repaint the whole physical screen: it may hold garbage
        }
        let (columns, rows) = size
        let runs = ScreenDiff.changedRuns(from: previous, to: buffer)
        // Nothing changed (a page read ahead after the frame, off screen): no doupdate, which
        // would still send a cursor move, a late burst of output that the key's redraw seemed
        // to end with (bench-reader: End at 100,000 measured the read-ahead query too).
        if runs.isEmpty, previous != nil {
            previous = buffer
            return
        }
        let theme = self.theme
        frameText.fill(buffer: buffer, runs: runs, windowColumns: columns, windowRows: rows,
                       width: { Int(wcwidth(wchar_t(bitPattern: $0.value))) },
                       blanksLookAlike: { theme.blanksLookAlike($0, $1) })
        addPieces(frameText)
        if hyperlinks, let previous {
            // A row that had links and changed is sent whole, so no old link stays on cells
            // whose text did not change (ncurses would skip those).
            for y in Set(previous.linkRuns.map(\.y)).intersection(runs.map(\.y)) {
                wredrawln(window, Int32(y), 1)
            }
        }
        wnoutrefresh(window)
        doupdate()
        if hyperlinks, buffer.width == columns {
            // Rows ncurses rewrote lost their links: write them again (doupdate has flushed).
            writeAll(HyperlinkOverlay.bytes(for: buffer, rows: Set(runs.map(\.y)).sorted(), theme: theme))
        }
        previous = buffer
    }

    private func writeAll(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written <= 0 { return }  // the terminal is gone: the next read notices
            offset += written
        }
    }

    /// Forgets the last frame so the next `draw` repaints everything (e.g. after Ctrl-L).
    public func invalidate() {
        previous = nil
    }

    /// One attribute change and one string call per piece (see `FrameText`).
    private func addPieces(_ text: FrameText) {
        text.characters.withUnsafeBufferPointer { characters in
            guard let base = characters.baseAddress else { return }
            for piece in text.pieces {
                let attributes = cursesAttributes(theme.attributes(for: piece.style))
                let pair = theme.colorPair(for: piece.style.role)
                let start = base + piece.characters.lowerBound
                if piece.isCornerGlyph {
                    putCornerGlyph(UnsafeBufferPointer(start: start, count: piece.characters.count),
                                   attributes: attributes, pair: pair, x: piece.x, y: piece.y)
                    continue
                }
                _ = wattr_set(window, attributes, pair, nil)
                // At the bottom-right cell the cursor cannot advance: ncurses draws the character
                // and returns ERR.
                _ = mvwaddnwstr(window, Int32(piece.y), Int32(piece.x), start, Int32(piece.characters.count))
            }
        }
        _ = wattr_set(window, nr_a_normal(), 0, nil)
    }

    /// The bottom-right glyph with its combining marks, as one complex character: ncurses stores
    /// all of it before it finds that the cursor cannot advance.
    private func putCornerGlyph(_ scalars: UnsafeBufferPointer<wchar_t>, attributes: attr_t, pair: Int16, x: Int, y: Int) {
        let count = min(scalars.count, GlyphPlan.maximumScalars)
        for index in 0..<count { wideCharacters[index] = scalars[index] }
        wideCharacters[count] = 0
        var character = cchar_t()
        wideCharacters.withUnsafeBufferPointer { wide in
            _ = setcchar(&character, wide.baseAddress, attributes, pair, nil)
        }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    private func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
        var result = nr_a_normal()
        if attributes.contains(.bold) { result |= nr_a_bold() }
        if attributes.contains(.dim) { result |= nr_a_dim() }
        if attributes.contains(.underline) { result |= nr_a_underline() }
        if attributes.contains(.reverse) { result |= nr_a_reverse() }
        return result
    }

    // MARK: Input

    /// Waits up to `timeoutMilliseconds` (nil: until something arrives) for a key, mouse or
    /// resize event. Returns nil on timeout and for input that means nothing to the reader
    /// (unknown function keys, mouse buttons other than the wheel and left click).
    ///
    /// The wait is cut into slices of at most `waitSlice` ms so that a signal arriving just
    /// before the blocking read (too early to interrupt it) is still honoured within a slice.
    /// When the terminal is gone without a SIGHUP (reads fail at once, again and again), the
    /// terminal is restored and the process exits with 129, as for a hangup, instead of spinning.
    public func readKey(timeoutMilliseconds: Int? = nil) -> Key? {
        guard !isShutDown else { return nil }
        var remaining = timeoutMilliseconds.map { max(0, $0) }
        var value: wint_t = 0
        var status: Int32 = ERR
        var instantFailures = 0
        let clock = ContinuousClock()
        while true {
            exitIfSignalled()
            let wait = min(remaining ?? Terminal.waitSlice, Terminal.waitSlice)
            wtimeout(window, Int32(wait))
            let started = clock.now
            status = wget_wch(window, &value)
            exitIfSignalled()
            if status != ERR { break }
            if wait > 0, clock.now - started < .milliseconds(1) {
                instantFailures += 1
                if instantFailures >= Terminal.instantFailureLimit { exitTerminalGone() }
            } else {
                instantFailures = 0
            }
            guard let left = remaining else { continue }
            remaining = left - wait
            if left - wait <= 0 { return nil }
        }
        switch KeyDecoding.decode(status: status, value: UInt32(value)) {
        case .key(let key):
            return key
        case .resize:
            previous = nil
            let (width, height) = size
            return .resize(width: width, height: height)
        case .mouse:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return KeyDecoding.decodeMouse(buttonState: event.bstate, x: event.x, y: event.y)
        case .ignored:
            return nil
        }
    }

    static let waitSlice = 250
    static let instantFailureLimit = 100

    private func exitTerminalGone() -> Never {
        shutdown()
        exit(128 + SIGHUP)
    }

    /// SIGINT, SIGTERM and SIGHUP only record themselves (see the shim); here, on the main
    /// thread and outside the handler, the terminal is restored and the process exits with
    /// 128 + the signal number, as a shell reports a process killed by that signal. The wait
    /// in `readKey` returns early when a signal arrives (EINTR, no SA_RESTART), or at the latest
    /// after one wait slice. A program busy elsewhere exits at its next `draw` or `readKey`.
    private func exitIfSignalled() {
        let signal = nr_signal_take()
        guard signal != 0 else { return }
        shutdown()
        exit(128 + signal)
    }

    // MARK: Setup helpers

    private static func selectUTF8Locale() throws(TerminalError) {
        setlocale(LC_ALL, "")
        if nr_locale_is_utf8() != 0 { return }
        // The user's locale is not UTF-8 (often plain "C"): text must still be UTF-8.
        setlocale(LC_CTYPE, "C.UTF-8")
        if nr_locale_is_utf8() != 0 { return }
        throw .noUTF8Locale
    }

    private static func installColors(_ theme: Theme) {
        // With default colours, "default" means the user's own foreground and background.
        let hasDefaults = use_default_colors() == OK
        for role in StyleRole.allCases {
            let look = theme.look(for: role)
            var foreground = theme.number(for: look.foreground)
            var background = theme.number(for: look.background)
            if !hasDefaults {
                if foreground < 0 { foreground = theme.number(for: .white) }
                if background < 0 { background = theme.number(for: .black) }
            }
            // The extended call takes colour numbers past 32767 (direct colour, 2^24).
            init_extended_pair(Int32(theme.colorPair(for: role)), foreground, background)
        }
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

/// Runs `body` with the terminal taken over, and restores the terminal however `body` ends:
/// normally, by throwing, or (through the signal handling in `Terminal`) on SIGINT/SIGTERM/SIGHUP.
public func withTerminal<T>(hyperlinks: HyperlinkMode = .auto, looks: [StyleRole: Look] = [:],
                            _ body: (Terminal) throws -> T) throws -> T {
    let terminal = try Terminal(hyperlinks: hyperlinks, looks: looks)
    defer { terminal.shutdown() }
    return try body(terminal)
}
