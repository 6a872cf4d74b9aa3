import NewsroomCore
import Testing
@testable import NewsroomUI

/// Reducer tests for the headline list: moving, paging, opening, the window over the library.
@Suite struct ReducerListTests {
    @Test func startAsksForTheFirstPageAndTheUnreadCount() {
        let (state, effects) = AppState.start(width: 80, height: 24)
        #expect(effects == [
            .loadPage(filter: .all, offset: 0, limit: HeadlineWindow.pageSize),
            .loadUnreadCount(filter: .all),
        ])
        #expect(state.headlines.total == nil)
    }

    @Test func pageLoadedFillsTheWindowAndIgnoresAnswersForAnOldFilter() {
        var state = AppState(width: 80, height: 24)
        let rows = [HeadlineRow(id: 1, shortID: "a", title: "Eins")]
        _ = reduce(&state, .pageLoaded(filter: HeadlineFilter(text: "alt"), offset: 0, rows: rows, total: 1))
        #expect(state.headlines.total == nil)
        _ = reduce(&state, .pageLoaded(filter: .all, offset: 0, rows: rows, total: 1))
        #expect(state.headlines.total == 1)
        #expect(state.headlines.row(at: 0)?.title == "Eins")
    }

    @Test func moveDownAndUpMoveTheSelectionWithinBounds() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.moveDown, .moveDown)
        #expect(h.state.headlineCursor.selection == 2)
        h.send(.moveUp)
        #expect(h.state.headlineCursor.selection == 1)
        h.send(.moveUp, .moveUp, .moveUp)
        #expect(h.state.headlineCursor.selection == 0)
        for _ in 0..<20 { h.send(.moveDown) }
        #expect(h.state.headlineCursor.selection == Fixtures.all.count - 1)
    }

    @Test func pageDownAndUpMoveByOnePaneAndKeepTheSelectionVisible() {
        var h = Harness(FakeLibrary(Fixtures.many(1000)), width: 80, height: 24)
        let pane = h.state.layout.listHeight
        h.send(.pageDown)
        #expect(h.state.headlineCursor.selection == pane)
        #expect(h.state.headlineCursor.scroll <= h.state.headlineCursor.selection && h.state.headlineCursor.selection < h.state.headlineCursor.scroll + pane)
        h.send(.pageDown, .pageUp)
        #expect(h.state.headlineCursor.selection == pane)
        #expect(h.state.headlineCursor.scroll <= h.state.headlineCursor.selection && h.state.headlineCursor.selection < h.state.headlineCursor.scroll + pane)
    }

    @Test func bottomAndTopJumpAndFetchOnlyThePagesInView() {
        let library = FakeLibrary(Fixtures.many(100_000))
        var h = Harness(library)
        h.send(.bottom)
        #expect(h.state.headlineCursor.selection == 99_999)
        #expect(h.state.headlines.row(at: 99_999)?.title == "Meldung 100000")
        // Pages are fetched by offset: never more than a few pages in memory.
        #expect(h.state.headlines.pages.count <= 6)
        #expect(library.headlineCalls.allSatisfy { $0.limit == HeadlineWindow.pageSize })
        h.send(.top)
        #expect(h.state.headlineCursor.selection == 0 && h.state.headlineCursor.scroll == 0)
        #expect(h.state.headlines.row(at: 0)?.title == "Meldung 1")
        #expect(h.state.headlines.pages.count <= 6)
    }

    @Test func aMoveIntoAPageNotLoadedAsksForItOnce() {
        var state = AppState(width: 80, height: 24)
        _ = reduce(&state, .pageLoaded(filter: .all, offset: 0, rows: [], total: 10_000))
        state.headlines.pending = []  // as if the read-ahead of the list's end had not been asked
        let effects = reduce(&state, .bottom)
        let last = (10_000 - 1) / HeadlineWindow.pageSize * HeadlineWindow.pageSize
        #expect(effects.contains(.loadPage(filter: .all, offset: last, limit: HeadlineWindow.pageSize)))
        // Asked once: the page is pending now.
        #expect(reduce(&state, .moveUp).isEmpty)
    }

    @Test func pagesWithNoRowOnScreenAreReadAheadAndWaitForTheFrame() {
        var state = AppState(width: 80, height: 24)
        _ = reduce(&state, .pageLoaded(filter: .all, offset: 0, rows: [], total: 10_000))
        state.headlines.pending = []  // a jump to pages not loaded (as a click far away makes)
        let effects = reduce(&state, .bottom)
        let size = HeadlineWindow.pageSize
        let last = (10_000 - 1) / size * size
        // End shows the last rows: the last page (and the one before, if the screen reaches
        // into it) is needed now; the page before those only makes PgUp fast.
        let onScreen = effects.filter { !$0.waitsForFrame }
        let readAhead = effects.filter(\.waitsForFrame)
        #expect(onScreen.contains(.loadPage(filter: .all, offset: last, limit: size, readAhead: false)))
        #expect(readAhead.contains(.loadPage(filter: .all, offset: last - 2 * size, limit: size, readAhead: true)))
        #expect(!onScreen.isEmpty && !readAhead.isEmpty)
        #expect(Effect.loadUnreadCount(filter: .all).waitsForFrame)
        #expect(!Effect.loadArticle(id: 1).waitsForFrame)
    }

    @Test func theListsEndsAreReadAheadSoEndAndHomeNeedNoPageBeforeTheirFrame() {
        let size = HeadlineWindow.pageSize
        var state = AppState(width: 80, height: 24)
        let effects = reduce(&state, .pageLoaded(filter: .all, offset: 0, rows: [], total: 10_000))
        let last = (10_000 - 1) / size * size
        // The screen (22 rows) can span two pages: the last two are read after the frame.
        #expect(effects.contains(.loadPage(filter: .all, offset: last, limit: size, readAhead: true)))
        #expect(effects.contains(.loadPage(filter: .all, offset: last - size, limit: size, readAhead: true)))
        let allWait = effects.allSatisfy { $0.waitsForFrame }
        #expect(allWait)

        let library = FakeLibrary(Fixtures.many(100_000))
        var h = Harness(library)
        let end = reduce(&h.state, .bottom)
        let endWaits = end.allSatisfy { $0.waitsForFrame }
        #expect(endWaits)
        #expect(h.state.headlines.row(at: 99_999)?.title == "Meldung 100000")
        #expect(h.state.headlines.row(at: 99_999 - h.state.layout.listHeight + 1) != nil)
        let home = reduce(&h.state, .top)
        let homeWaits = home.allSatisfy { $0.waitsForFrame }
        #expect(homeWaits)
        #expect(h.state.headlines.row(at: 0)?.title == "Meldung 1")
    }

    @Test func openLoadsTheArticleMarksItReadAndFocusesThePane() {
        let library = FakeLibrary(Fixtures.all)
        var h = Harness(library)
        let unreadBefore = h.state.unreadCount
        let effects = reduce(&h.state, .open)
        #expect(effects == [.loadArticle(id: 1)])
        h.send(.open)
        #expect(h.state.open?.article == Fixtures.heatNetwork)
        #expect(h.state.focus == .article)
        #expect(library.readIDs == [1])
        #expect(h.state.headlines.row(at: 0)?.isRead == true)
        #expect(h.state.unreadCount == unreadBefore.map { $0 - 1 })
    }

    @Test func openOnARowNotLoadedYetOpensItWhenItsPageArrives() {
        var state = AppState(width: 80, height: 24)
        _ = reduce(&state, .pageLoaded(filter: .all, offset: 0, rows: [], total: 1000))
        _ = reduce(&state, .bottom)
        #expect(reduce(&state, .open).isEmpty)
        #expect(state.openWhenLoaded == 999)
        let offset = 999 / HeadlineWindow.pageSize * HeadlineWindow.pageSize
        let rows = (offset..<1000).map { HeadlineRow(id: Int64($0 + 1), shortID: "x", title: "T\($0)") }
        let effects = reduce(&state, .pageLoaded(filter: .all, offset: offset, rows: rows, total: 1000))
        #expect(effects.contains(.loadArticle(id: 1000)))
    }

    @Test func backInTheListClearsAnActiveFilter() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.startFilter, .filterInput(.insert("s")), .filterInput(.insert("p")), .applyFilter)
        #expect(h.state.headlines.total == 1)
        h.send(.back)
        #expect(h.state.filter.active == .all)
        #expect(h.state.headlines.total == Fixtures.all.count)
    }

    @Test func switchPaneTogglesFocusOnlyWhenAnArticleIsOpen() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.switchPane)
        #expect(h.state.focus == .list)
        h.send(.open)
        #expect(h.state.focus == .article)
        h.send(.switchPane)
        #expect(h.state.focus == .list)
        h.send(.switchPane)
        #expect(h.state.focus == .article)
    }

    @Test func nextAndPreviousArticleOpenTheNeighbours() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.open, .nextArticle)
        #expect(h.state.open?.article == Fixtures.storage)
        #expect(h.state.headlineCursor.selection == 1)
        h.send(.nextArticle)
        #expect(h.state.open?.article == Fixtures.gridFees)
        h.send(.previousArticle, .previousArticle)
        #expect(h.state.open?.article == Fixtures.heatNetwork)
        h.send(.previousArticle)
        #expect(h.state.open?.article == Fixtures.heatNetwork)
        #expect(h.state.status?.text == "This is the first article.")
    }

    @Test func toggleBookmarkSavesTheSelectedRowAndShowsIt() {
        let library = FakeLibrary(Fixtures.all)
        var h = Harness(library)
        h.send(.moveDown)
        #expect(reduce(&h.state, .toggleBookmark) == [.toggleBookmark(id: 2)])
        h.send(.toggleBookmark)
        #expect(library.entries[1].isBookmarked)
        #expect(h.state.headlines.row(at: 1)?.isBookmarked == true)
        #expect(h.state.status?.text == "Bookmark saved.")
        h.send(.toggleBookmark)
        #expect(!library.entries[1].isBookmarked)
        #expect(h.state.status?.text == "Bookmark removed.")
    }

    @Test func toggleBookmarkInTheArticlePaneTargetsTheOpenArticle() {
        let library = FakeLibrary(Fixtures.all)
        var h = Harness(library)
        h.send(.moveDown, .open)
        h.send(.toggleBookmark)
        #expect(library.entries[1].isBookmarked)
        #expect(h.state.open?.row.isBookmarked == true)
    }

    @Test func reloadForgetsTheCacheAndFetchesAgain() {
        let library = FakeLibrary(Fixtures.all)
        var h = Harness(library)
        library.entries.removeLast()
        h.send(.feedReloadUnavailable(.noFeedSubscriptions))
        #expect(h.state.headlines.total == Fixtures.all.count - 1)
    }

    @Test func quitEndsWithAQuitEffect() {
        var state = AppState(width: 80, height: 24)
        #expect(reduce(&state, .quit) == [.quit])
        #expect(state.isQuitting)
    }

    @Test func loadFailedShowsTheMessageAndForgetsPendingWork() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.library.failing = true
        h.send(.open)
        #expect(h.state.status == StatusMessage("Library error: disk on fire", isError: true))
        #expect(h.state.pendingOpen == nil)
        #expect(h.state.open == nil)
    }

    @Test func unreadCountLoadedIsKeptOnlyForTheActiveFilter() {
        var state = AppState(width: 80, height: 24)
        _ = reduce(&state, .unreadCountLoaded(filter: HeadlineFilter(text: "x"), count: 3))
        #expect(state.unreadCount == nil)
        _ = reduce(&state, .unreadCountLoaded(filter: .all, count: 3))
        #expect(state.unreadCount == 3)
    }

    @Test func scrollWheelMovesTheListSelectionByThree() {
        var h = Harness(FakeLibrary(Fixtures.many(50)))
        h.send(.scrollWheel(down: true))
        #expect(h.state.headlineCursor.selection == 3)
        h.send(.scrollWheel(down: false), .scrollWheel(down: false))
        #expect(h.state.headlineCursor.selection == 0)
    }

    @Test func clickSelectsARowAndASecondClickOpensIt() {
        var h = Harness(FakeLibrary(Fixtures.all))
        let list = try! #require(h.state.layout.list)
        h.send(.click(x: 5, y: list.y + 2))
        #expect(h.state.headlineCursor.selection == 2)
        #expect(h.state.open == nil)
        h.send(.click(x: 5, y: list.y + 2))
        #expect(h.state.open?.article == Fixtures.gridFees)
        // Below the last row: nothing.
        var other = Harness(FakeLibrary(Fixtures.all))
        other.send(.click(x: 5, y: list.y + 20))
        #expect(other.state.headlineCursor.selection == 0)
    }
}
