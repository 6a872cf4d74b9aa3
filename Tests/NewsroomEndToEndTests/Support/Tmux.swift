import Foundation

/// A failure of the tmux harness, with the pane's screen when there is one, so a failing
/// end-to-end test shows what the user would have seen.
struct TmuxError: Error, CustomStringConvertible {
    let description: String
}

/// Runs one command in a detached tmux session of a fixed size, on a socket of its own
/// (`tmux -L <unique>`), so tests run in parallel without sharing a server. Drives it with
/// keys, reads the screen, waits for text, reads the exit status, resizes it. `close()` (and
/// deinit) always kills the server.
///
/// The command runs with a clean environment (`env -i`): PATH, HOME, TERM, LANG/LC_ALL=C.UTF-8
/// plus `environment`; in particular no NO_COLOR, COLUMNS or LINES from the test process.
final class TmuxSession {
    /// Where the tmux binary is, or nil when it is not installed (`make deps` installs it).
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(directory)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var isInstalled: Bool { executable != nil }
    static let skipMessage = "tmux is not installed; `make deps` installs it"

    /// The terminal type the pane announces: tmux's own when its terminfo entry exists.
    static let terminalType: String = {
        let entries = ["/usr/share/terminfo/t/tmux-256color", "/lib/terminfo/t/tmux-256color",
                       "/etc/terminfo/t/tmux-256color"]
        return entries.contains { FileManager.default.fileExists(atPath: $0) } ? "tmux-256color" : "xterm-256color"
    }()

    let socket: String
    let session = "harness"
    private let tmux: String
    private let scratch: URL
    private var isClosed = false
    private let observeAfterExit: Bool

    /// The file the program's raw output is copied to when `recordOutput` was set.
    var outputFile: URL { scratch.appendingPathComponent("output.bin") }

    /// Starts `command` (argv; the first element is the program) in a `width` x `height` pane.
    /// With `recordOutput`, every byte the program writes to the terminal is copied to
    /// `outputFile` (tmux `pipe-pane -O`), from its very first byte: the program is held back
    /// until the copy is running.
    /// With `observeAfterExit`, the pane stays alive after the command ends, so the terminal it
    /// left behind can be inspected: `modes()` (tmux resets some of them on a dead pane) and
    /// `terminalSettingsAfterExit()` (`stty -a`).
    init(command: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:],
         workingDirectory: String? = nil, recordOutput: Bool = false, observeAfterExit: Bool = false) throws {
        guard let tmux = TmuxSession.executable else { throw TmuxError(description: TmuxSession.skipMessage) }
        guard !command.isEmpty else { throw TmuxError(description: "tmux harness: empty command") }
        self.tmux = tmux
        socket = "newsroom-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)

        // Options must be in force before the command can exit, hence a config file rather
        // than set-option after new-session: remain-on-exit keeps the dead pane's last screen;
        // no status line, so the pane is exactly width x height; set-clipboard on,
        // so an OSC 52 leak shows up as a paste buffer.
        let config = scratch.appendingPathComponent("tmux.conf")
        try """
        set -g remain-on-exit on
        set -g status off
        set -g default-shell /bin/sh
        set -g default-terminal \(TmuxSession.terminalType)
        set -g set-clipboard on
        set -s escape-time 0

        """.write(to: config, atomically: true, encoding: .utf8)

        var variables = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/tmp",
            "TERM": TmuxSession.terminalType,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        ]
        variables.merge(environment) { _, new in new }
        let go = scratch.appendingPathComponent("go")
        var script = "while [ ! -e \(Self.quote(go.path)) ]; do sleep 0.01; done; "
        if let workingDirectory { script += "cd \(Self.quote(workingDirectory)) && " }
        // The command runs under a small shell that records its pid (the inner `sh` execs
        // into it) and its exit status in files: tmux's own #{pane_dead_status} stayed empty
        // now and then when many servers ran in parallel.
        let invocation = ["env", "-i"] + variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + command
        let pidFile = Self.quote(scratch.appendingPathComponent("pid").path)
        let statusFile = Self.quote(scratch.appendingPathComponent("status").path)
        // Ctrl-C reaches the whole foreground group, this shell included: a no-op trap keeps
        // it alive to record the status (exec resets the trap, so the command gets SIGINT).
        script += "trap : INT; sh -c \(Self.quote("echo $$ > \(pidFile); exec \"$@\"")) sh "
        script += invocation.map(Self.quote).joined(separator: " ")
        script += "; status=$?; "
        if observeAfterExit {
            script += "stty -a > \(Self.quote(scratch.appendingPathComponent("stty").path)) 2>&1; "
        }
        script += "echo $status > \(statusFile).tmp; mv \(statusFile).tmp \(statusFile)"
        if observeAfterExit { script += "; exec sleep 3600" }
        self.observeAfterExit = observeAfterExit

        try run(["-f", config.path, "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", script])
        if recordOutput {
            guard FileManager.default.createFile(atPath: outputFile.path, contents: nil) else {
                throw TmuxError(description: "tmux harness: cannot create \(outputFile.path)")
            }
            try run(["pipe-pane", "-O", "-t", session, "cat >> \(Self.quote(outputFile.path))"])
        }
        guard FileManager.default.createFile(atPath: go.path, contents: nil) else {
            throw TmuxError(description: "tmux harness: cannot start the command (\(go.path))")
        }
    }

    deinit { close() }

    /// Kills the server and removes the scratch files. Safe to call more than once.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: scratch)
        // tmux leaves its socket file behind; it lives in $TMUX_TMPDIR (or /tmp)/tmux-UID/.
        let socketDirectory = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(socketDirectory)/tmux-\(getuid())/\(socket)")
    }

    // MARK: Input

    /// Sends tmux key names ("Down", "Enter", "PageDown", "Escape", "q", "C-c", ...).
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    /// Types `text` literally, character by character.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", session, "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: Output

    /// The screen as text, one line per row (tmux trims trailing blanks).
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", session])
    }

    /// Everything the pane showed, scrolled-off lines included (a dead pane's closing message
    /// scrolls the screen by a line).
    func transcript() throws -> String {
        try run(["capture-pane", "-p", "-S", "-", "-t", session])
    }

    /// The screen with attributes as SGR sequences (`capture-pane -e`).
    func screenWithAttributes() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", session])
    }

    /// Polls the screen until `text` appears. On timeout, fails with the screen it last saw.
    /// The default waits are long (30 s) because CI shares two cores with the build: a poll
    /// returns as soon as the text is there, so only a failing test waits that long.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(30)) throws -> String {
        try waitUntil("\"\(text)\" on screen", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = .seconds(30), _ condition: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while true {
            last = try screen()
            if condition(last) { return last }
            if clock.now >= deadline { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw TmuxError(description: "timed out after \(timeout) waiting for \(what); the screen was:\n\(Self.frame(last))")
    }

    /// Waits for the command to end and returns its exit status, as a shell reports it
    /// (128 + n for a command killed by signal n).
    func waitForExit(timeout: Duration = .seconds(30)) throws -> Int32 {
        let file = scratch.appendingPathComponent("status")
        guard let text = poll(timeout: timeout, { try? String(contentsOf: file, encoding: .utf8) }),
              let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError(description: "timed out after \(timeout) waiting for the command to exit; the screen was:\n\(Self.frame((try? screen()) ?? ""))")
        }
        return status
    }

    /// `stty -a` as the command left the terminal (needs `observeAfterExit: true` and an ended
    /// command): a restored terminal has `echo` and `icanon` on again.
    func terminalSettingsAfterExit() throws -> String {
        try String(contentsOf: scratch.appendingPathComponent("stty"), encoding: .utf8)
    }

    /// The process id of the command (for sending it a signal).
    func processID(timeout: Duration = .seconds(30)) throws -> Int32 {
        let file = scratch.appendingPathComponent("pid")
        guard let text = poll(timeout: timeout, { try? String(contentsOf: file, encoding: .utf8) }),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError(description: "the command did not start within \(timeout)")
        }
        return pid
    }

    private func poll<T>(timeout: Duration, _ attempt: () -> T?) -> T? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            if let value = attempt() { return value }
            if clock.now >= deadline { return nil }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// The pane's title: programs change it with OSC 0/2, so a hostile sample must leave it alone.
    func title() throws -> String {
        try format("#{pane_title}")
    }

    /// tmux paste buffers: an OSC 52 clipboard write by the program creates one.
    func pasteBuffers() throws -> [String] {
        try run(["list-buffers", "-F", "#{buffer_name}"]).split(separator: "\n").map(String.init)
    }

    /// Terminal modes the program left behind: a restored terminal is on the normal screen,
    /// shows the cursor and reports no mouse events.
    func modes() throws -> TerminalModes {
        let fields = try format("#{alternate_on}|#{cursor_flag}|#{mouse_any_flag}|#{keypad_cursor_flag}").split(separator: "|")
        guard fields.count == 4 else { throw TmuxError(description: "unexpected mode report \(fields)") }
        return TerminalModes(alternateScreen: fields[0] == "1", cursorVisible: fields[1] == "1",
                             mouseReporting: fields[2] == "1", applicationCursorKeys: fields[3] == "1")
    }

    /// The program's raw output so far (needs `recordOutput: true`).
    func recordedOutput() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: outputFile))
    }

    func format(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .newlines)
    }

    // MARK: Plumbing

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let outputPath = scratch.appendingPathComponent("tmux-stdout").path
        let errorPath = scratch.appendingPathComponent("tmux-stderr").path
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // tests started inside tmux must not talk to that server
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"  // tmux itself must be in UTF-8 to keep wide text
        let status = try Self.spawnAndWait(tmux, ["tmux", "-u", "-L", socket] + arguments,
                                           environment: environment, output: outputPath, errors: errorPath)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let message = ((try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw TmuxError(description: "tmux \(arguments.first ?? "") failed (status \(status)): \(message)")
        }
        return output
    }

    /// posix_spawn + waitpid on that one pid, output to files, clean signal state. Not
    /// Foundation's Process: with tests starting processes in parallel it hung here (tmux
    /// clients left unreaped), and a pipe inherited by the forking tmux server would never
    /// reach end-of-file.
    private static func spawnAndWait(_ path: String, _ arguments: [String], environment: [String: String],
                                     output: String, errors: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runner's threads block and ignore signals; tmux (whose server forks from
        // this client) needs SIGCHLD to learn its command's exit status and SIGTERM to die.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw TmuxError(description: "cannot start tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw TmuxError(description: "waitpid failed: errno \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS by hand: the macros are not imported.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Single-quotes one word for /bin/sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func frame(_ screen: String) -> String {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { "|\($0)" }.joined(separator: "\n")
    }
}

struct TerminalModes: Equatable, CustomStringConvertible {
    var alternateScreen: Bool
    var cursorVisible: Bool
    var mouseReporting: Bool
    var applicationCursorKeys: Bool

    /// What a terminal looks like after a full-screen program gave it back.
    static let restored = TerminalModes(alternateScreen: false, cursorVisible: true, mouseReporting: false,
                                        applicationCursorKeys: false)

    var description: String {
        "alternate screen \(alternateScreen), cursor visible \(cursorVisible), mouse \(mouseReporting), application cursor keys \(applicationCursorKeys)"
    }
}
