import Foundation
import Testing

/// Proves the tmux harness on trivial commands, so a failing reader test means the reader.
@Suite("tmux harness", .enabled(if: TmuxSession.isInstalled, "\(TmuxSession.skipMessage)"))
struct TmuxHarnessTests {
    @Test("shows a command's output and reads its exit status")
    func outputAndStatus() throws {
        let session = try TmuxSession(command: ["printf", "harness says %s", "héllo 日本"], width: 40, height: 5)
        defer { session.close() }
        #expect(try session.waitForExit() == 0)
        #expect(try session.transcript().hasPrefix("harness says héllo 日本"))
    }

    @Test("a failing command's status comes through")
    func failingStatus() throws {
        let session = try TmuxSession(command: ["sh", "-c", "exit 7"])
        defer { session.close() }
        #expect(try session.waitForExit() == 7)
    }

    @Test("the pane has the requested size, a UTF-8 locale and a clean environment")
    func sizeAndEnvironment() throws {
        let session = try TmuxSession(
            command: ["sh", "-c", "printf '%s\\n' \"size=$(stty size)\" term=$TERM lang=$LC_ALL nocolor=${NO_COLOR-unset} \"extra=$EXTRA\" end; sleep 5"],
            width: 70, height: 9, environment: ["EXTRA": "it's here"])
        defer { session.close() }
        let screen = try session.waitFor("end")
        let expected = "size=9 70\nterm=\(TmuxSession.terminalType)\nlang=C.UTF-8\nnocolor=unset\nextra=it's here\nend"
        #expect(screen.hasPrefix(expected))
    }

    @Test("finds the command's pid; a signal's death reads as 128 + n")
    func signals() throws {
        let session = try TmuxSession(command: ["sleep", "30"])
        defer { session.close() }
        #expect(kill(try session.processID(), SIGTERM) == 0)
        #expect(try session.waitForExit() == 128 + SIGTERM)
    }

    @Test("Ctrl-C reaches the program, and the status it exits with comes through")
    func controlC() throws {
        let session = try TmuxSession(command: ["sh", "-c", "trap 'exit 130' INT; echo ready; while :; do sleep 0.02; done"])
        defer { session.close() }
        try session.waitFor("ready")
        try session.sendKeys("C-c")
        #expect(try session.waitForExit() == 130)
    }

    @Test("types text and sends named keys")
    func keys() throws {
        let session = try TmuxSession(command: ["sh", "-c", "read line; echo \"got:$line\"; sleep 5"])
        defer { session.close() }
        try session.type("hello wörld")
        try session.sendKeys("Enter")
        try session.waitFor("got:hello wörld")
    }

    @Test("resizes the window and the program sees it")
    func resize() throws {
        let session = try TmuxSession(
            command: ["sh", "-c", "trap 'echo now $(stty size)' WINCH; echo ready; while :; do sleep 0.02; done"],
            width: 80, height: 24)
        defer { session.close() }
        try session.waitFor("ready")
        try session.resize(width: 50, height: 12)
        try session.waitFor("now 12 50")
    }

    @Test("waiting for text that never comes fails with the screen in the message")
    func timeoutShowsScreen() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo visible-text; sleep 5"])
        defer { session.close() }
        try session.waitFor("visible-text")
        do {
            try session.waitFor("never shown", timeout: .milliseconds(200))
            Issue.record("waitFor should have timed out")
        } catch let error as TmuxError {
            #expect(error.description.contains("never shown"))
            #expect(error.description.contains("|visible-text"))
        }
    }

    @Test("attributes come back as SGR only, which the leak check accepts")
    func attributes() throws {
        let session = try TmuxSession(command: Self.printThenWait("\u{1B}[1mBOLD\u{1B}[0m \u{1B}[38;5;196mRED\u{1B}[0m plain"))
        defer { session.close() }
        try session.waitFor("plain")
        let capture = try session.screenWithAttributes()
        #expect(capture.contains("\u{1B}[1mBOLD"))
        #expect(TerminalSafety.leaks(inCapture: capture) == [])
    }

    @Test("a title change, a clipboard write and raw OSC bytes are all caught")
    func leaksAreDetected() throws {
        let session = try TmuxSession(
            command: Self.printThenWait("\u{1B}]2;PWNED\u{07}\u{1B}]52;c;aGk=\u{07}after"), recordOutput: true)
        defer { session.close() }
        try session.waitFor("after")
        #expect(try session.title() == "PWNED")
        #expect(try session.pasteBuffers().isEmpty == false)
        let leaks = TerminalSafety.leaks(inRawOutput: try session.recordedOutput())
        #expect(leaks.count == 2)
        #expect(leaks.allSatisfy { $0.hasPrefix("OSC") })
    }

    @Test("a quiet program leaves title, clipboard and output clean")
    func cleanProgram() throws {
        let session = try TmuxSession(command: ["printf", "just text\\n\u{1B}[1mbold\u{1B}[0m"], recordOutput: true)
        defer { session.close() }
        let titleBefore = try session.title()
        _ = try session.waitForExit()
        try session.waitFor("bold")
        #expect(try session.title() == titleBefore)
        #expect(try session.pasteBuffers().isEmpty)
        #expect(TerminalSafety.leaks(inRawOutput: try session.recordedOutput()) == [])
        #expect(try session.recordedOutput().isEmpty == false)
    }

    @Test("reports terminal modes: a full-screen program that did not restore them is seen")
    func modes() throws {
        let left = try TmuxSession(command: ["sh", "-c", "printf '\\033[?1049h\\033[?25l\\033[?1000h\\033[?1h'; sleep 5"])
        defer { left.close() }
        let leftModes = try left.waitUntilModes { $0.alternateScreen }
        #expect(leftModes == TerminalModes(alternateScreen: true, cursorVisible: false, mouseReporting: true,
                                           applicationCursorKeys: true))
        let restored = try TmuxSession(
            command: ["sh", "-c", "printf '\\033[?1049h\\033[?25l'; stty -echo; printf '\\033[?1049l\\033[?25h'; stty echo; exit 3"],
            observeAfterExit: true)
        defer { restored.close() }
        #expect(try restored.waitForExit() == 3)
        #expect(try restored.modes() == .restored)
        #expect(try restored.terminalSettingsAfterExit().contains(" echo "))
    }

    @Test("after exit, tty settings a program broke are seen")
    func brokenTTY() throws {
        let session = try TmuxSession(command: ["sh", "-c", "stty -echo -icanon"], observeAfterExit: true)
        defer { session.close() }
        #expect(try session.waitForExit() == 0)
        let settings = try session.terminalSettingsAfterExit()
        #expect(settings.contains("-echo "))
        #expect(settings.contains("-icanon"))
    }
}

extension TmuxHarnessTests {
    /// A command that writes `text` byte for byte and stays alive, so its screen is captured
    /// before tmux's "Pane is dead" line scrolls it.
    static func printThenWait(_ text: String) -> [String] {
        ["sh", "-c", "printf '%s' \"$1\"; sleep 5", "sh", text]
    }
}

extension TmuxSession {
    /// Polls the terminal modes until `condition` holds (they change as the program writes).
    func waitUntilModes(timeout: Duration = .seconds(30), _ condition: (TerminalModes) -> Bool) throws -> TerminalModes {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let current = try modes()
            if condition(current) || clock.now >= deadline { return current }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }
}
