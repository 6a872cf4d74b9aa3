import Foundation
import NewsroomCore
import Testing

/// Issue 14 against the real binary in tmux: the sources view (publications, feeds, tags),
/// marking everything read (asked y/n, kept after a restart), and the layout key.
@Suite(.serialized, .enabled(if: Reader.canRun, Comment(rawValue: Reader.skipMessage)))
struct ReaderSourcesAndLayoutTests {
    /// A feed file subscribed with the tag "energy", fetched into the library, and the samples.
    static func libraryWithATaggedFeed(_ folder: StoreTestFolder) throws {
        let feed = folder.path + "/feed.xml"
        try Data(FeedFixtures.rss("windpark", count: 3)).write(to: URL(fileURLWithPath: feed))
        let config = folder.path + "/config/newsroom"
        try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
        try "file://\(feed) energy \"long reads\"\n".write(toFile: config + "/urls", atomically: true, encoding: .utf8)
        let reload = try NewsroomBinary.run(["reload", "--db", folder.database, "--urls", config + "/urls"])
        try #require(reload.status == 0, "\(reload.stderr)")
        let added = try NewsroomBinary.run(["add", "--db", folder.database, Reader.samples])
        try #require(added.status == 0, "\(added.stderr)")
    }

    @Test func sourcesViewListsPublicationsFeedsAndTagsAndEnterFiltersTheList() throws {
        let folder = try StoreTestFolder()
        try Self.libraryWithATaggedFeed(folder)
        let pane = try Reader.start([], in: folder)
        defer { pane.close() }
        try Reader.waitForList(pane)
        try pane.sendKeys("s")
        let sources = try pane.waitUntil("the sources view") { screen in
            screen.contains("Newsroom · sources") && screen.contains(" tag ") && screen.contains(" feed ")
        }
        let rows = Reader.rows(sources)
        #expect(rows.contains { $0.contains(" pub ") })
        let tag = try #require(rows.first { $0.contains(" tag ") && $0.contains("energy") })
        #expect(tag.contains("      3       3  energy"), "3 unread of 3: \(tag)")
        #expect(rows.contains { $0.contains(" tag ") && $0.contains("long reads") })
        // Down to the tag, Enter: its feed's three items, and the header names the filter.
        let index = try #require(rows.firstIndex(of: tag))
        for _ in 0..<(index - 2) { try pane.sendKeys("Down") }
        try pane.sendKeys("Enter")
        // The unread count comes after the first frame of the filtered list: wait for it.
        let list = try pane.waitUntil("the tag's list with its unread count") { screen in
            screen.contains("filter: tag:energy") && screen.contains("3 unread · 1/3")
        }
        #expect(Reader.listColumn(list).contains("windpark item 0 v1"))
        // Esc goes back to the sources, Esc again to the headlines.
        try pane.sendKeys("Escape")
        try pane.waitFor("Newsroom · sources")
        try pane.sendKeys("Escape")
        try pane.waitFor("filter: tag:energy")
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }

    @Test func markAllReadAsksAndTheReadStateSurvivesARestart() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([Reader.samples], in: folder)
        defer { pane.close() }
        let first = try Reader.waitForList(pane)
        let total = try #require(Reader.rows(first)[0].split(separator: " ").compactMap { Int($0) }.first)
        try pane.sendKeys("A")
        try pane.waitFor("Mark \(total) unread articles in all sources read? (y/n)")
        try pane.sendKeys("n")
        try pane.waitFor("Nothing marked.")
        try pane.sendKeys("A")
        try pane.waitFor("(y/n)")
        try pane.sendKeys("y")
        try pane.waitFor("Marked \(total) articles read.")
        try pane.waitFor(" 0 unread · ")
        // N marks the selected one unread again.
        try pane.sendKeys("N")
        try pane.waitFor(" 1 unread · ")
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)

        let again = try Reader.start([], in: folder)
        defer { again.close() }
        try again.waitFor(" 1 unread · 1/\(total)")
        // The unread-only list holds just that one.
        try again.sendKeys("u")
        try again.waitFor("filter: is:unread")
        try again.waitFor("1 unread · 1/1")
        try again.sendKeys("q")
        #expect(try again.waitForExit() == 0)
    }

    @Test func theLayoutKeyCyclesStackedOnePaneAndSideBySide() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([Reader.samples], in: folder, width: 120, height: 40)
        defer { pane.close() }
        try Reader.waitForList(pane)
        let titles = try Reader.headlines(in: folder).compactMap { $0["title"] as? String }
        let title = String(try #require(titles.first).prefix(40))
        try pane.sendKeys("Enter")
        // 120 columns: stacked, the list above a rule, the article below it, the headline whole.
        let stacked = try pane.waitUntil("the stacked layout") { screen in
            let rows = Reader.rows(screen)
            guard let rule = rows.indices.dropFirst(2).first(where: { Reader.isRule(rows[$0]) }) else { return false }
            return rows[..<rule].contains { $0.contains(title) } && rows[rule...].contains { $0.contains(title) }
        }
        #expect(!Reader.listColumn(stacked).contains("│"), "no vertical rule beside the list")
        try pane.sendKeys("v")
        let single = try pane.waitFor("Layout: one pane")
        #expect(!Reader.rows(single).dropFirst(2).contains { Reader.isRule($0) })
        try pane.sendKeys("v")
        let side = try pane.waitFor("Layout: side by side")
        let row = try #require(Reader.rows(side).first { $0.contains(String(title.prefix(20))) && $0.contains("│") })
        #expect(row.contains("│"))
        try pane.sendKeys("v")
        try pane.waitFor("Layout: stacked")
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }
}
