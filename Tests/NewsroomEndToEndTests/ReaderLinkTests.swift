import Foundation
import Testing

/// Links in the real terminal: `]` selects the first link (its URL in the status line), and
/// with `--hyperlinks on` the link text is sent as an OSC 8 hyperlink while the screen shows
/// only the text; with `off` no OSC 8 byte is sent.
@Suite(.serialized, .enabled(if: Reader.canRun, Comment(rawValue: Reader.skipMessage)))
struct ReaderLinkTests {
    static let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>City</title><item><title>Council votes</title>
        <link>https://city.example/a</link><description><![CDATA[<p>The <a href="https://city.example/plan">council's plan</a>
        passed. <a href="javascript:alert(1)">Click</a>.</p>]]></description></item></channel></rss>
        """

    func read(hyperlinks: String) throws -> (screen: String, output: String) {
        let folder = try StoreTestFolder()
        let file = folder.path + "/links.xml"
        try Data(Self.feed.utf8).write(to: URL(fileURLWithPath: file))
        let pane = try Reader.start(["--hyperlinks", hyperlinks, file], in: folder, recordOutput: true)
        defer { pane.close() }
        try Reader.waitForList(pane)
        try pane.sendKeys("Enter")
        try pane.waitFor("council's plan[1]")
        try pane.sendKeys("]")
        let screen = try pane.waitFor("[1] https://city.example/plan")
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
        return (screen, String(decoding: try pane.recordedOutput(), as: UTF8.self))
    }

    @Test func hyperlinksOnSendsOSC8AroundTheLinkTextOnly() throws {
        let (screen, output) = try read(hyperlinks: "on")
        #expect(!screen.contains("8;;"))
        #expect(output.contains("\u{1B}]8;;https://city.example/plan\u{1B}\\"))
        #expect(!output.contains("javascript"))
    }

    @Test func hyperlinksOffSendsNone() throws {
        let (_, output) = try read(hyperlinks: "off")
        #expect(!output.contains("\u{1B}]8;"))
    }
}
