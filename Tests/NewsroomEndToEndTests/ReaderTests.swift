import Foundation
import NewsroomCore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The reader as a user meets it: the real binary in a tmux pane on the Samples, driven with
/// keys, its screen read back. Every wait polls (10 s) instead of sleeping, for loaded CI machines.
@Suite(.serialized, .enabled(if: Reader.canRun, Comment(rawValue: Reader.skipMessage)))
struct ReaderTests {
    @Test func readsBookmarksAndQuitsRestoringTheTerminal() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        let rows = try Reader.headlines(in: folder)
        let titles = rows.compactMap { $0["title"] as? String }
        try #require(titles.count >= 2)
        try pane.waitFor(Reader.prefix(titles[0]))

        // The first headline with an editor, reached with Down from the top (at least once).
        let editors = try Reader.editors(inFolder: Reader.samples)
        let target = try #require(titles.indices.dropFirst().first { editors[titles[$0]] != nil })
        for _ in 0..<target { try pane.sendKeys("Down") }
        try pane.sendKeys("Enter")
        let title = titles[target]
        let editor = try #require(editors[title])
        try pane.waitFor(editor)

        // `b` bookmarks the open article: the status says so and its list row shows the star.
        try pane.sendKeys("b")
        try pane.waitFor("Bookmark saved")
        let screen = try pane.waitUntil("a ★ on the row of \(title)") { screen in
            Reader.rows(screen).contains { $0.contains(Reader.prefix(title, 12)) && $0.contains("★") }
        }
        #expect(!screen.contains("\u{1B}"))

        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
        #expect(try pane.modes() == .restored)
        let settings = try pane.terminalSettingsAfterExit()
        #expect(settings.contains(" echo") && settings.contains(" icanon"))
        #expect(!(try pane.screen().contains("Newsroom ·")), "the reader's screen is gone")

        let listed = try NewsroomBinary.run(["bookmarks", "list", "--json", "--db", folder.database])
        #expect(listed.status == 0)
        let shortID = try #require(rows[target]["id"] as? String)
        #expect(try bookmarkIDs(listed.stdout) == [shortID])
    }

    @Test func noArgumentsOnAnEmptyLibrarySaysHowToAdd() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([], in: folder, width: 80, height: 24)
        defer { pane.close() }
        try pane.waitFor("Your library is empty.")
        try pane.waitFor("newsroom add PATH")
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func libraryIsReopenedWithoutPaths() throws {
        let folder = try StoreTestFolder()
        let added = try NewsroomBinary.run(["add", "--db", folder.database, Reader.samples])
        try #require(!added.stdout.isEmpty)
        let first = try #require(try Reader.headlines(in: folder).first?["title"] as? String)
        let pane = try Reader.start([], in: folder, width: 80, height: 24)
        defer { pane.close() }
        try pane.waitFor(Reader.prefix(first))
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func bookmarksViewAndFilter() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        let titles = try Reader.headlines(in: folder).compactMap { $0["title"] as? String }
        try #require(titles.count >= 3)
        try pane.waitFor(Reader.prefix(titles[0]))

        // Bookmark the second headline from the list, then look at the bookmarks view.
        try pane.sendKeys("Down", "b")
        try pane.waitFor("Bookmark saved")
        try pane.sendKeys("B")
        let bookmarks = try pane.waitUntil("the bookmarks view") { screen in
            let list = Reader.listColumn(screen)
            return list.contains(Reader.prefix(titles[1])) && !list.contains(Reader.prefix(titles[0]))
        }
        #expect(bookmarks.contains("★"))
        try pane.sendKeys("Enter")
        try pane.waitUntil("the bookmarked article open") { screen in
            Reader.rows(screen).filter { $0.contains(Reader.prefix(titles[1], 12)) }.count >= 2
        }
        try pane.sendKeys("Escape", "B")
        try pane.waitUntil("the headlines again") { Reader.listColumn($0).contains(Reader.prefix(titles[0])) }

        // `/` filters by a word of the third title: it stays, the first goes.
        let word = try #require(titles[2].split(separator: " ").map(String.init)
            .filter { $0.count >= 6 && !titles[0].contains($0) }.first)
        try pane.sendKeys("/")
        try pane.waitFor("Filter:")
        try pane.type(word)
        try pane.sendKeys("Enter")
        try pane.waitUntil("only headlines with \(word)") { screen in
            let list = Reader.listColumn(screen)
            return list.contains(Reader.prefix(titles[2])) && !list.contains(Reader.prefix(titles[0]))
        }
        try pane.sendKeys("Escape")
        try pane.waitUntil("all headlines again") { Reader.listColumn($0).contains(Reader.prefix(titles[0])) }
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func survivesResizingDownToOneByOne() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        try pane.sendKeys("Enter")
        try pane.waitFor("%")
        for (width, height) in [(80, 24), (40, 12), (20, 5), (19, 4), (1, 1), (2, 2), (200, 60), (120, 40)] {
            try pane.resize(width: width, height: height)
            // A frame for the new size: "too small" below 20x5 (nothing readable fits in 2x2),
            // the status line above it.
            try pane.waitUntil("a frame at \(width)x\(height)") { screen in
                let rows = Reader.rows(screen)
                guard (try? pane.format("#{pane_width}x#{pane_height}")) == "\(width)x\(height)" else { return false }
                if width <= 2 { return true }
                if width < 20 || height < 5 { return rows.first?.hasPrefix("Terminal") == true }
                return rows.count >= height && rows[height - 1].contains("%")
            }
        }
        #expect(try pane.format("#{pane_dead}") == "0", "the reader is still running")
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
        #expect(try pane.modes() == .restored)
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        try pane.sendKeys("Enter")
        try pane.waitFor("%")
        #expect(kill(try pane.processID(), SIGTERM) == 0)
        #expect(try pane.waitForExit() == 128 + SIGTERM)
        #expect(try pane.modes() == .restored)
        let settings = try pane.terminalSettingsAfterExit()
        #expect(settings.contains(" echo") && settings.contains(" icanon"))
    }

    /// SIGINT sent to the reader alone: Ctrl-C typed in the pane would also reach the harness's
    /// wrapper shell, which then dies before it can record the reader's exit status.
    @Test func sigintRestoresTheTerminal() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        #expect(kill(try pane.processID(), SIGINT) == 0)
        #expect(try pane.waitForExit() == 128 + SIGINT)
        #expect(try pane.modes() == .restored)
    }

    /// A crash (a Swift trap is SIGILL or SIGTRAP, a bad access SIGSEGV, abort() SIGABRT) gives
    /// the terminal back before the process dies of the signal, at once: Swift's interactive
    /// backtracer would hold the terminal for 30 s.
    @Test(arguments: [SIGILL, SIGSEGV, SIGABRT, SIGTRAP])
    func crashRestoresTheTerminal(signal: Int32) throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        try pane.sendKeys("Enter")
        try pane.waitFor("%")
        let start = ContinuousClock.now
        #expect(kill(try pane.processID(), signal) == 0)
        #expect(try pane.waitForExit(timeout: .seconds(10)) == 128 + signal)
        #expect(ContinuousClock.now - start < .seconds(5), "no backtracer holding the terminal")
        #expect(try pane.modes() == .restored)
        let settings = try pane.terminalSettingsAfterExit()
        #expect(settings.contains(" echo") && settings.contains(" icanon"))
        #expect(try pane.transcript().contains("the terminal was restored"))
    }

    @Test func helpOverlayListsTheKeys() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        try pane.sendKeys("?")
        let help = try pane.waitFor("bookmark on / off")
        #expect(help.contains("quit"))
        try pane.sendKeys("Down")  // any key closes it
        try pane.waitUntil("the help closed") { !$0.contains("bookmark on / off") }
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func keyMapFileRebindsKeys() throws {
        let folder = try StoreTestFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/config/newsroom", withIntermediateDirectories: true)
        try "x = quit  # leave with x\nq = none\n".write(toFile: folder.path + "/config/newsroom/keys", atomically: true, encoding: .utf8)
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        try pane.sendKeys("q", "?")
        try pane.waitFor("bookmark on / off")  // q did nothing; ? still works
        try pane.sendKeys("Escape", "x")
        #expect(try pane.waitForExit() == 0)
    }

    static func poll<T>(timeout: Duration = .seconds(30), _ attempt: () -> T?) -> T? {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let value = attempt() { return value }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return attempt()
    }
}
