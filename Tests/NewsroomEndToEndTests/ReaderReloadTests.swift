import Foundation
import NewsroomStore
import Testing

/// The reader's `r` key fetches the subscriptions in the urls file into the library in the
/// background: keys keep working meanwhile, and the new items appear in the list with the
/// selected article still selected.
@Suite(.enabled(if: Reader.canRun, Comment(rawValue: Reader.skipMessage)))
struct ReaderReloadTests {
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Nordlicht Netzbrief</title>
        <item><title>Umspannwerk Haldenau geht ans Netz</title><guid>nb-1</guid>
        <description>Das neue Umspannwerk speist ab heute ein.</description></item>
        </channel></rss>
        """

    @Test func reloadKeyFetchesSubscribedFeeds() throws {
        let folder = try StoreTestFolder()
        let feedPath = folder.path + "/netzbrief.xml"
        try Self.feed.write(toFile: feedPath, atomically: true, encoding: .utf8)
        let urls = folder.path + "/urls"
        try (feedPath + " netze\n").write(toFile: urls, atomically: true, encoding: .utf8)

        let pane = try Reader.start([], in: folder, width: 160, environment: ["NEWSROOM_URLS": urls])
        defer { pane.close() }
        try pane.waitFor("newsroom add")  // the empty library says how to add articles
        try pane.sendKeys("r")
        try pane.waitFor("Reloaded 1 feeds: 1 new")
        try pane.waitFor("Umspannwerk Haldenau")
        // The reload also brings the search index up to date in the background, so the
        // first search does not wait for it.
        let store = try LibraryStore(path: folder.database)
        let deadline = Date().addingTimeInterval(10)
        while try store.pendingIndexCount() > 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try store.pendingIndexCount() == 0)
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// RSS with one item per title, the first title the newest (a day apart, from `day`).
    static func rss(_ titles: [String], newestDay day: Int) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Netzbrief</title>\n"
        for (index, title) in titles.enumerated() {
            let date = String(format: "%02d", day - index)
            out += "<item><title>\(title)</title><guid>\(title)</guid>"
            out += "<pubDate>\(date) Mar 2025 09:15:00 +0100</pubDate><description>\(title).</description></item>\n"
        }
        return out + "</channel></rss>\n"
    }

    /// The feed's answer is held back until the test has seen the keys work during the reload:
    /// if the reader blocked on the reload, the key presses below could not show before it.
    /// (The steps up to `gate.open()` must fit in the fetch's 15 s limit without data; they
    /// take well under a second unless the machine is very busy.)
    @Test func keysWorkWhileFeedsLoadAndTheSelectedArticleStaysSelected() throws {
        let folder = try StoreTestFolder()
        // The library: Altmeldung 8 (newest) ... Altmeldung 1, from a feed file.
        let oldFeed = folder.path + "/alt.xml"
        try Self.rss((1...8).reversed().map { "Altmeldung \($0)" }, newestDay: 20)
            .write(toFile: oldFeed, atomically: true, encoding: .utf8)
        let added = try NewsroomBinary.run(["add", oldFeed, "--db", folder.database])
        try #require(added.status == 0, "newsroom add failed: \(added.stderr)")

        // The subscription: three newer items, answered only once `gate` opens.
        let newFeed = Array(Self.rss(["Neumeldung 3", "Neumeldung 2", "Neumeldung 1"], newestDay: 28).utf8)
        let gate = Gate()
        let server = try LocalHTTPServer { _ in
            gate.wait(atMost: 90)
            return .init(status: 200, headers: [("Content-Type", "application/rss+xml")], body: newFeed)
        }
        defer {
            gate.open()
            server.stop()
        }
        let urls = folder.path + "/urls"
        try (server.url("/netzbrief.xml") + "\n").write(toFile: urls, atomically: true, encoding: .utf8)

        // Monochrome, so the selection is the row in reverse video.
        let pane = try Reader.start([], in: folder, width: 160, environment: ["NEWSROOM_URLS": urls, "NO_COLOR": "1"])
        defer { pane.close() }
        try Reader.waitForList(pane)
        try pane.sendKeys("j", "j")
        try Self.waitForSelection(pane, "Altmeldung 6", place: "3/8")

        try pane.sendKeys("r")
        try pane.waitFor("Reloading")
        // The feed is not answered yet, so the reload is still running: the keys must work.
        try pane.sendKeys("j")
        try Self.waitForSelection(pane, "Altmeldung 5", place: "4/8", alsoShowing: "Reloading")
        try pane.sendKeys("Down")
        try Self.waitForSelection(pane, "Altmeldung 4", place: "5/8", alsoShowing: "Reloading")
        // A second `r` does not start another reload.
        try pane.sendKeys("r")
        try pane.waitFor("already running")
        #expect(server.requests.count == 1)

        gate.open()
        try pane.waitFor("Reloaded 1 feeds: 3 new")
        // Three rows landed above it; the same article is still the selected one.
        let screen = try Self.waitForSelection(pane, "Altmeldung 4", place: "8/11")
        for title in ["Neumeldung 1", "Neumeldung 2", "Neumeldung 3"] {
            #expect(screen.contains(title), "\(title) is not in the list")
        }
        #expect(server.requests.count == 1)
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    /// `q` during a reload ends the reader at once and gives the terminal back.
    @Test func quitDuringAReloadRestoresTheTerminal() throws {
        let folder = try StoreTestFolder()
        let gate = Gate()
        let server = try LocalHTTPServer { _ in
            gate.wait(atMost: 90)
            return .init(status: 200, body: Array(Self.feed.utf8))
        }
        defer {
            gate.open()
            server.stop()
        }
        let urls = folder.path + "/urls"
        try (server.url("/netzbrief.xml") + "\n").write(toFile: urls, atomically: true, encoding: .utf8)
        let pane = try Reader.start([], in: folder, width: 160, environment: ["NEWSROOM_URLS": urls])
        defer { pane.close() }
        try pane.waitFor("newsroom add")
        try pane.sendKeys("r")
        try pane.waitFor("Reloading")
        try pane.sendKeys("q")
        // The held answer makes the fetch give up only after 15 s without data: a reader that
        // waited for the reload would take that long; one that quits at once takes a moment
        // (10 s leaves room for a loaded machine).
        #expect(try pane.waitForExit(timeout: .seconds(10)) == 0)
        #expect(try pane.modes() == .restored)
        let settings = try pane.terminalSettingsAfterExit()
        #expect(settings.contains(" echo") && settings.contains(" icanon"))
    }

    // MARK: Helpers

    /// Waits until the list's selected row (reverse video) shows `title`, the header shows
    /// `place` ("4/8": selection / total) and the screen shows `alsoShowing`, all in one
    /// capture. Returns that screen as plain text.
    @discardableResult
    static func waitForSelection(_ pane: TmuxSession, _ title: String, place: String, alsoShowing: String? = nil,
                                 timeout: Duration = .seconds(30)) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while true {
            let styled = try pane.screenWithAttributes()
            last = plain(styled)
            let header = Reader.rows(last).first ?? ""
            if selectedRows(styled).contains(where: { $0.contains(title) }), header.contains(" \(place)"),
               alsoShowing.map(last.contains) ?? true {
                return last
            }
            if clock.now >= deadline { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TmuxError(description: "timed out after \(timeout) waiting for \(title) selected at \(place)"
            + (alsoShowing.map { " with \"\($0)\" on screen" } ?? "") + "; the screen was:\n" + last)
    }

    /// The text of the list rows drawn in reverse video (left of the rule between the panes:
    /// these tests run side by side, 160 columns).
    static func selectedRows(_ styled: String) -> [String] {
        Reader.rows(styled).compactMap { row in
            guard row.contains("│"), let first = firstSGR(row), first.split(separator: ";").contains("7") else { return nil }
            let text = plain(row)
            return text.firstIndex(of: "│").map { String(text[..<$0]) }
        }
    }

    /// The parameters of the SGR sequence a row starts with ("0;1;7" for ESC [0;1;7m).
    static func firstSGR(_ row: String) -> String? {
        guard row.hasPrefix("\u{1B}["), let end = row.firstIndex(of: "m") else { return nil }
        return String(row[row.index(row.startIndex, offsetBy: 2)..<end])
    }

    /// The capture without its SGR sequences.
    static func plain(_ styled: String) -> String {
        styled.replacingOccurrences(of: "\u{1B}\\[[0-9;:]*m", with: "", options: .regularExpression)
    }
}

/// Holds the test server's answer back until the test opens it (or `atMost` seconds pass, so
/// no server thread outlives a failed test for long).
final class Gate: @unchecked Sendable {
    private let lock = NSLock()
    private var isOpen = false

    func open() {
        lock.lock()
        isOpen = true
        lock.unlock()
    }

    func wait(atMost seconds: Double) {
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int(seconds * 1000))
        while clock.now < deadline {
            lock.lock()
            let done = isOpen
            lock.unlock()
            if done { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }
}
