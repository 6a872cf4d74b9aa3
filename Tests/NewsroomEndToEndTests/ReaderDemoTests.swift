import Foundation
import Testing

/// `make run`: scripts/demo.sh, the same invocation the Makefile runs (there with the release
/// binary), opens the bundled articles in a library of its own and shows none of the hostile
/// test inputs.
@Suite(.serialized, .enabled(if: Reader.canRun, Comment(rawValue: Reader.skipMessage)))
struct ReaderDemoTests {
    static var script: String {
        URL(fileURLWithPath: Reader.samples).deletingLastPathComponent().appendingPathComponent("scripts/demo.sh").path
    }

    @Test func theDemoShowsTheBundledArticlesAndNoHostileRow() throws {
        let folder = try StoreTestFolder()
        let demo = folder.path + "/demo"
        let pane = try TmuxSession(command: ["sh", Self.script, NewsroomBinary.path], width: 120, height: 40,
                                   environment: ["NEWSROOM_DEMO_DIR": demo, "XDG_CONFIG_HOME": folder.path + "/config",
                                                 "XDG_DATA_HOME": folder.path + "/data"],
                                   observeAfterExit: true)
        defer { pane.close() }
        let screen = try Reader.waitForList(pane)
        // 13 page dumps and the 3 news pages of Samples/pages.
        #expect(screen.contains("16 articles") || screen.contains("/16"), "\(screen)")
        let list = Reader.listColumn(screen)
        #expect(!list.contains("Hostile"), "\(list)")
        #expect(!list.contains("\u{FFFD}"))
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
        // The demo library, not the user's: nothing under XDG_DATA_HOME.
        #expect(FileManager.default.fileExists(atPath: demo + "/newsroom.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/data/newsroom/newsroom.sqlite"))
        let titles = try NewsroomBinary.run(["list", "--json", "--db", demo + "/newsroom.sqlite"])
        let rows = try JSONSerialization.jsonObject(with: Data(titles.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.count == 16)
        #expect(!rows.contains { ($0["section"] as? String) == "Hostile" })
    }
}
