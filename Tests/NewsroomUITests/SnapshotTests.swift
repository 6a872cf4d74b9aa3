import NewsroomCore
import Testing
@testable import NewsroomUI

/// Whole-screen snapshots against golden files (see Support/Golden.swift to re-record).
@Suite struct SnapshotTests {
    /// The fixtures with the third one bookmarked and the second one read.
    func reader(width: Int, height: Int) -> Harness {
        Harness(FakeLibrary(Fixtures.all, bookmarked: [3], read: [2]), width: width, height: height)
    }

    @Test func list80x24() throws {
        var h = reader(width: 80, height: 24)
        h.send(.moveDown)
        try Golden.check(h.screen(), named: "list-80x24")
    }

    @Test func article80x24() throws {
        var h = reader(width: 80, height: 24)
        h.send(.open)
        try Golden.check(h.screen(), named: "article-80x24")
        h.send(.bottom)
        try Golden.check(h.screen(), named: "article-end-80x24")
    }

    @Test func split120x40() throws {
        var h = reader(width: 120, height: 40)
        h.send(.open)
        try Golden.check(h.screen(), named: "split-120x40")
        h.send(.bottom, .moveDown)
        try Golden.check(h.screen(), named: "split-link-120x40")
    }

    @Test func narrow40x12() throws {
        var h = reader(width: 40, height: 12)
        h.send(.bottom)
        try Golden.check(h.screen(), named: "list-40x12")
        h.send(.top, .open, .pageDown)
        try Golden.check(h.screen(), named: "article-40x12")
    }

    @Test func helpBookmarksFilterAndEmpty() throws {
        var h = reader(width: 80, height: 24)
        h.send(.toggleHelp)
        try Golden.check(h.screen(), named: "help-80x24")
        h.send(.back, .showBookmarks)
        try Golden.check(h.screen(), named: "bookmarks-80x24")
        h.send(.back, .startFilter)
        for character in "netz" { h.send(.filterInput(.insert(character))) }
        try Golden.check(h.screen(), named: "filter-typing-80x24")
        h.send(.applyFilter)
        try Golden.check(h.screen(), named: "filter-80x24")
        let empty = Harness(FakeLibrary([]), width: 80, height: 24)
        try Golden.check(empty.screen(), named: "empty-80x24")
    }

    /// Each layout with an article open at the three sizes of issue 14 (side by side does not
    /// fit 80 columns: it falls back to stacked there). The list is the 60-column headline first.
    @Test(arguments: [(ReaderSettings.LayoutChoice.sideBySide, "side"), (.stacked, "stacked"), (.single, "single")])
    func layouts(choice: ReaderSettings.LayoutChoice, name: String) throws {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            var h = Harness(FakeLibrary(Fixtures.layouts, bookmarked: [4], read: [3]), width: width, height: height,
                            settings: ReaderSettings(layout: choice))
            h.send(.open)
            try Golden.check(h.screen(), named: "layout-\(name)-\(width)x\(height)")
        }
    }

    @Test func sourcesView() throws {
        let library = ReducerSourcesTests.library()
        var h = Harness(library, width: 80, height: 24)
        h.send(.showSources, .moveDown)
        try Golden.check(h.screen(), named: "sources-80x24")
    }

    @Test func tooSmall() throws {
        let h = reader(width: 19, height: 5)
        try Golden.check(h.screen(), named: "too-small-19x5")
    }
}
