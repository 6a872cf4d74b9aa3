import NewsroomCore
import Testing
@testable import NewsroomUI

/// The status line: hints name the keys the key map binds, and the bar fills the row.
@Suite struct StatusLineTests {
    @Test func hintsFollowTheKeyMap() throws {
        let h = Harness(FakeLibrary(Fixtures.all), width: 120, height: 40)
        let standard = h.screen().rowText(39)
        #expect(standard.contains("s sources") && standard.contains("u unread") && standard.contains("A all read"))
        let keyMap = try KeyMap.parse("x = showSources\ns = none\nQ = quit\nq = none\nA = none")
        let rebound = h.screen(keyMap: keyMap).rowText(39)
        #expect(rebound.contains("x sources") && !rebound.contains("s sources"))
        #expect(rebound.contains("Q quit") && !rebound.contains("q quit"))
        #expect(!rebound.contains("all read"), "a command without a key has no hint")
    }

    @Test func helpFollowsTheKeyMapToo() throws {
        var h = Harness(FakeLibrary(Fixtures.all), width: 80, height: 24)
        h.send(.toggleHelp)
        let keyMap = try KeyMap.parse("x = cycleLayout\nv = none")
        let screen = h.screen(keyMap: keyMap)
        let row = try #require((0..<24).map { screen.rowText($0) }.first { $0.contains("layout: side by side") })
        let keys = row.drop { $0 != "│" }.dropFirst().drop { $0 == " " }.prefix { $0 != " " }
        #expect(keys == "x", "\(row)")
    }

    @Test func theBarFillsTheWholeRowInEveryView() throws {
        var h = Harness(FakeLibrary(Fixtures.all, bookmarked: [1]), width: 100, height: 30)
        func check(_ what: String) {
            let screen = h.screen()
            let row = screen.height - 1
            for x in 0..<screen.width {
                let role = screen[x, row].style.role
                #expect(role == .statusBar || role == .error, "\(what): column \(x) is \(role)")
            }
        }
        check("list")
        h.send(.open)
        check("article")
        h.send(.back, .showBookmarks)
        check("bookmarks")
        h.send(.showSources)
        check("sources")
        h.send(.markAllRead)
        check("question")
        h.send(.confirm(false), .startFilter)
        check("filter line")
    }
}
