import Foundation
import Testing

/// The reader's `r` key fetches the subscriptions in the urls file (here a local feed file)
/// into the library and the new items appear in the list.
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

        let pane = try Reader.start([], in: folder, environment: ["NEWSROOM_URLS": urls])
        defer { pane.close() }
        try pane.waitFor("newsroom add")  // the empty library says how to add articles
        try pane.sendKeys("r")
        try pane.waitFor("Reloaded 1 feeds: 1 new")
        try pane.waitFor("Umspannwerk Haldenau")
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
    }
}
