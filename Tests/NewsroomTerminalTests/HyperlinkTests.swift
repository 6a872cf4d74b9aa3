import Testing
@testable import NewsroomTerminal
import NewsroomUI

@Suite("OSC 8 hyperlinks")
struct HyperlinkTests {
    let theme = Theme.standard(.monochrome)

    @Test("a run of link cells is rewritten inside one OSC 8 link, cursor and rendition saved around it")
    func oneRun() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        buffer.put("see ", x: 0, y: 1)
        buffer.put("plan", x: 4, y: 1, style: Style(.link), link: "https://a.example/p")
        let text = String(decoding: HyperlinkOverlay.bytes(for: buffer, rows: [0, 1], theme: theme), as: UTF8.self)
        #expect(text == "\u{1B}7\u{1B}[2;5H\u{1B}]8;;https://a.example/p\u{1B}\\\u{1B}[0;4mplan\u{1B}]8;;\u{1B}\\\u{1B}8")
    }

    @Test("rows not asked for, and cells without links, give nothing")
    func nothingElse() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        buffer.put("plan", x: 0, y: 0, link: "https://a.example/p")
        buffer.put("text", x: 0, y: 1)
        #expect(HyperlinkOverlay.bytes(for: buffer, rows: [1], theme: theme).isEmpty)
    }

    @Test("a link that is not a web link never becomes a hyperlink")
    func unsafeLinks() {
        var buffer = ScreenBuffer(width: 40, height: 1)
        buffer.put("a", x: 0, y: 0, link: "javascript:alert(1)")
        buffer.put("b", x: 2, y: 0, link: "https://x.example/\u{1B}]8;;evil\u{07}")
        buffer.put("c", x: 4, y: 0, link: "file:///etc/passwd")
        #expect(HyperlinkOverlay.bytes(for: buffer, rows: [0], theme: theme).isEmpty)
    }

    @Test("bytes outside printable ASCII in a URL are percent-encoded")
    func encoding() {
        #expect(String(decoding: HyperlinkOverlay.encoded("https://x.example/ü"), as: UTF8.self) == "https://x.example/%C3%BC")
    }

    @Test("auto: on in terminals known to support OSC 8, off in tmux and unknown ones")
    func autoMode() {
        #expect(HyperlinkMode.auto.isEnabled(environment: ["TERM": "xterm-256color", "VTE_VERSION": "7200"]))
        #expect(HyperlinkMode.auto.isEnabled(environment: ["TERM": "xterm-kitty"]))
        #expect(!HyperlinkMode.auto.isEnabled(environment: ["TERM": "tmux-256color", "TMUX": "/tmp/x", "VTE_VERSION": "7200"]))
        #expect(!HyperlinkMode.auto.isEnabled(environment: ["TERM": "xterm"]))
        #expect(HyperlinkMode.on.isEnabled(environment: ["TERM": "screen"]))
        #expect(!HyperlinkMode.off.isEnabled(environment: ["TERM": "xterm-kitty"]))
    }
}

@Suite("links in the frame diff")
struct LinkDiffTests {
    @Test("the same text under another URL redraws its row; rows with the same links diff cell by cell")
    func linkChanges() {
        var old = ScreenBuffer(width: 10, height: 2)
        old.put("ab", x: 0, y: 0, link: "https://a.example/")
        old.put("cd", x: 0, y: 1, link: "https://c.example/")
        var other = old
        other.put("ab", x: 0, y: 0, link: "https://b.example/")
        other.put("x", x: 5, y: 1)
        #expect(ScreenDiff.changedRuns(from: old, to: other) == [CellRun(y: 0, x: 0, count: 10), CellRun(y: 1, x: 5, count: 1)])
        #expect(other.link(x: 1, y: 0) == "https://b.example/" && other.link(x: 2, y: 0) == nil)
    }

    @Test("text drawn over a link removes it")
    func overwritten() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("link", x: 0, y: 0, link: "https://a.example/")
        buffer.fill(Rect(x: 2, y: 0, width: 3, height: 1))
        #expect(buffer.linkRuns.isEmpty)
        buffer.put("link", x: 0, y: 0, link: "https://a.example/")
        buffer.put("zz", x: 0, y: 0)
        #expect(buffer.link(x: 0, y: 0) == nil)
    }
}
