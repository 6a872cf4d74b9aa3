import Foundation
import Testing

/// The configuration file as the reader shows it: the date column, colours fitted to the
/// terminal, NO_COLOR over the file, a reload at start.
@Suite(.serialized, .enabled(if: Reader.canRun, Comment(rawValue: Reader.skipMessage)))
struct ReaderConfigurationTests {
    /// Writes the file where `Reader.start` points XDG_CONFIG_HOME.
    func configure(_ text: String, in folder: StoreTestFolder) throws {
        try FileManager.default.createDirectory(atPath: folder.path + "/config/newsroom", withIntermediateDirectories: true)
        try text.write(toFile: folder.path + "/config/newsroom/config", atomically: true, encoding: .utf8)
    }

    @Test func theDateColumnFollowsDateFormat() throws {
        let folder = try StoreTestFolder()
        try configure("date-format = \"%Y-%m-%d\"\n", in: folder)
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        let screen = try Reader.waitForList(pane)
        let list = Reader.listColumn(screen)
        #expect(list.range(of: #"20\d\d-\d\d-\d\d "#, options: .regularExpression) != nil, "\(list)")
        #expect(list.range(of: #"\d\d\.\d\d\.\d\d "#, options: .regularExpression) == nil)
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func a256ColourIndexReachesTheTerminal() throws {
        let folder = try StoreTestFolder()
        try configure("[colors]\nkicker = \"bold 208\"\n", in: folder)
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        let screen = try pane.screenWithAttributes()
        #expect(screen.contains("38;5;208"), "the kicker column in colour 208")
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func aTrueColourBecomesTheNearestOfEightOnAnEightColourTerminal() throws {
        let folder = try StoreTestFolder()
        try configure("[colors]\nkicker = \"#ff1010\"\n", in: folder)
        let pane = try Reader.start([Reader.samples], in: folder, environment: ["TERM": "xterm"])
        defer { pane.close() }
        try Reader.waitForList(pane)
        let screen = try pane.screenWithAttributes()
        #expect(screen.contains("\u{1B}[31m"), "red, the nearest of the eight")
        #expect(!screen.contains("38;5;") && !screen.contains("38;2;"))
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func noColorStillWinsOverTheFile() throws {
        let folder = try StoreTestFolder()
        try configure("[colors]\nkicker = \"208\"\nnormal = \"green on black\"\n", in: folder)
        for noColor in [false, true] {
            let pane = try Reader.start([Reader.samples], in: folder, environment: noColor ? ["NO_COLOR": "1"] : [:])
            defer { pane.close() }
            try Reader.waitForList(pane)
            let screen = try pane.screenWithAttributes()
            #expect(screen.contains("38;5;208") == !noColor, "the file's colour shows only without NO_COLOR")
            if noColor { #expect(!screen.contains("[32m") && !screen.contains(";32m") && !screen.contains("[40m")) }
            try pane.sendKeys("q")
            #expect(try pane.waitForExit() == 0)
        }
    }

    @Test func reloadAtStartFetchesTheFeedsAsTheReaderOpens() throws {
        let folder = try StoreTestFolder()
        let feed = folder.path + "/feed.xml"
        try """
            <rss version="2.0"><channel><title>Morning</title>
            <item><title>Fetched at start</title><guid>one</guid><description>Teaser.</description></item>
            </channel></rss>
            """.write(toFile: feed, atomically: true, encoding: .utf8)
        try "file://\(feed)\n".write(toFile: folder.path + "/urls", atomically: true, encoding: .utf8)
        try configure("reload-at-start = true\nurls = \"\(folder.path)/urls\"\n", in: folder)
        let pane = try Reader.start([], in: folder)
        defer { pane.close() }
        try pane.waitFor("Fetched at start")
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }
}
