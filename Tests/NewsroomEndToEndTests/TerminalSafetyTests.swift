import Testing

/// The leak checks on hand-made input: they must accept what tmux and ncurses legitimately
/// produce and flag everything a hostile sample could smuggle through.
@Suite("terminal leak checks")
struct TerminalSafetyTests {
    @Test("tmux's SGR output is accepted", arguments: Sample.list([
        "plain text\nsecond line", "\u{1B}[1mbold\u{1B}[0m", "\u{1B}[38;5;196mred\u{1B}[39m",
        "\u{1B}[38;2;1;2;3mrgb\u{1B}[0m", "\u{1B}[4:3mcurly\u{1B}[0m", "\u{1B}[mreset", "␛[2J placeholders are text",
    ]))
    func acceptedCapture(capture: Sample) {
        #expect(TerminalSafety.leaks(inCapture: capture.text) == [])
    }

    @Test("anything else in a capture is a leak", arguments: Sample.list([
        "\u{1B}[2J", "\u{1B}]0;title\u{07}", "\u{1B}c", "tab\there", "bell\u{07}", "\u{9B}31m",
        "\u{202E}reversed", "\u{2066}isolate", "\u{1B}[1", "\u{7F}",
    ]))
    func flaggedCapture(capture: Sample) {
        #expect(TerminalSafety.leaks(inCapture: capture.text).isEmpty == false)
    }

    @Test("what ncurses writes is accepted", arguments: Sample.list([
        "\u{1B}[?1049h\u{1B}[22;0;0t\u{1B}[1;24r\u{1B}(B\u{1B}[m\u{1B}[4l\u{1B}[?7h\u{1B}[?1h\u{1B}=",
        "\u{1B}[H\u{1B}[2J\u{1B}[?25l\u{1B}[1m\u{1B}[36m\u{1B}[49mKICKER\u{1B}[39;49m\u{1B}[m",
        "\u{1B}[3;5H日本語 ä\r\n\u{08}\t\u{1B}7\u{1B}8\u{1B}M\u{1B}>\u{1B}[?1000h\u{1B}[?1006h",
    ]))
    func acceptedRaw(output: Sample) {
        #expect(TerminalSafety.leaks(inRawOutput: Array(output.text.utf8)) == [])
    }

    @Test("OSC, DCS, APC, PM, SOS, reset, BEL, C1 and bidi controls in raw output are leaks", arguments: Sample.list([
        "\u{1B}]0;PWNED\u{07}", "\u{1B}]52;c;aGk=\u{1B}\\", "\u{1B}]8;;http://x\u{1B}\\", "\u{1B}Pq#0\u{1B}\\",
        "\u{1B}_apc\u{1B}\\", "\u{1B}^pm\u{1B}\\", "\u{1B}Xsos\u{1B}\\", "\u{1B}c", "\u{07}", "\u{9B}2J",
        "a\u{202E}b", "\u{1B}",
    ]))
    func flaggedRaw(output: Sample) {
        #expect(TerminalSafety.leaks(inRawOutput: Array(output.text.utf8)).isEmpty == false)
    }

    @Test("one leaked control string is one finding, whatever its terminator")
    func oneFindingPerSequence() {
        let output = Array("a\u{1B}]0;PWNED\u{07}b\u{1B}]52;c;aGk=\u{1B}\\c".utf8)
        #expect(TerminalSafety.leaks(inRawOutput: output).count == 2)
    }

    @Test("raw 8-bit controls and overlong encodings are not valid UTF-8 and are flagged")
    func invalidBytes() {
        #expect(TerminalSafety.leaks(inRawOutput: [0x41, 0x9B, 0x32, 0x4A]).isEmpty == false)
        #expect(TerminalSafety.leaks(inRawOutput: [0xC0, 0x9B]).isEmpty == false)
        #expect(TerminalSafety.leaks(inRawOutput: [0xE6, 0x97]).isEmpty == false)  // cut short
    }
}

/// A test argument holding control characters: printed escaped, so running the tests never
/// sends these sequences to the developer's own terminal.
struct Sample: CustomTestStringConvertible, Sendable {
    let text: String

    static func list(_ texts: [String]) -> [Sample] { texts.map(Sample.init) }

    var testDescription: String {
        text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
    }
}
