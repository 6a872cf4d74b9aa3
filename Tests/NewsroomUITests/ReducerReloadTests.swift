import NewsroomCore
import Testing
@testable import NewsroomUI

/// Reading the list again ("relist": a feed reload ended, or `r` found nothing to fetch) keeps
/// the selected *article* selected, on the same screen row, even when new articles landed
/// above it. The feed reload itself is the runtime's (NewsroomAppTests); here its actions come
/// in by hand.
@Suite struct ReducerReloadTests {
    /// `count` new articles, put on top of the list (the newest-first order of the fake).
    static func insertNew(_ count: Int, into library: FakeLibrary, section: String = "Neu") {
        let firstID = (library.entries.map(\.id).max() ?? 0) + 1
        let new = (0..<Int64(count)).map { offset in
            FakeLibrary.Entry(id: firstID + offset, article: Article(title: "Neu \(firstID + offset)", section: section))
        }
        library.entries.insert(contentsOf: new, at: 0)
    }

    static func selectedID(_ h: Harness) -> Int64? {
        h.state.headlines.row(at: h.state.headlineCursor.selection)?.id
    }

    static let finished = Action.feedReloadFinished(FeedReloadReport(feeds: 2, newItems: 5, updatedItems: 0))

    @Test func aRelistAsksWhereTheSelectedArticleIsBeforeLoadingPages() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.moveDown, .moveDown)
        let id = try! #require(Self.selectedID(h))
        var state = h.state
        #expect(reduce(&state, Self.finished) == [
            .forgetCachedAnswers, .locateHeadline(id: id, filter: .all), .loadUnreadCount(filter: .all),
        ])
        #expect(state.relocating == id)
        #expect(state.headlines.total == nil)
    }

    @Test(arguments: [ReducerReloadTests.finished, Action.feedReloadUnavailable(.noFeedSubscriptions)])
    func theSelectedArticleStaysSelectedWhenRowsAreInsertedAbove(_ action: Action) throws {
        let library = FakeLibrary(Fixtures.many(300))
        var h = Harness(library)
        // Deep enough that the selection is on the second page and the list is scrolled.
        for _ in 0..<70 { h.send(.moveDown) }
        let id = try #require(Self.selectedID(h))
        let screenRow = h.state.headlineCursor.selection - h.state.headlineCursor.scroll
        #expect(h.state.headlineCursor.scroll > 0)

        Self.insertNew(5, into: library)
        h.send(action)
        #expect(h.state.headlines.total == 305)
        #expect(h.state.headlineCursor.selection == 75)
        #expect(Self.selectedID(h) == id)
        #expect(h.state.headlineCursor.selection - h.state.headlineCursor.scroll == screenRow, "the highlight stays on its screen row")
        #expect(h.state.relocating == nil)
        // The rows on screen are loaded, the new ones above included when in view.
        for row in h.state.headlineCursor.scroll..<(h.state.headlineCursor.scroll + h.state.layout.listHeight) {
            #expect(h.state.headlines.row(at: row) != nil)
        }
    }

    @Test func theOpenArticleStaysOpenAndNextContinuesFromIt() throws {
        let library = FakeLibrary(Fixtures.many(40))
        var h = Harness(library)
        h.send(.moveDown, .moveDown, .moveDown, .open)
        let id = try #require(h.state.open?.id)
        #expect(Self.selectedID(h) == id)

        Self.insertNew(2, into: library)
        h.send(Self.finished)
        #expect(h.state.open?.id == id)
        #expect(h.state.focus == .article)
        #expect(h.state.headlineCursor.selection == 5)
        #expect(Self.selectedID(h) == id)
        // `n` reads the article that was after it before the reload.
        h.send(.nextArticle)
        #expect(h.state.open?.article.title == "Meldung 5")
    }

    @Test func onlyRowsTheFilterShowsMoveTheSelection() throws {
        let library = FakeLibrary(Fixtures.many(100))
        var h = Harness(library)
        h.send(.startFilter)
        for character in "section:Ressort_3" { h.send(.filterInput(.insert(character))) }
        h.send(.applyFilter)
        h.send(.moveDown, .moveDown, .moveDown)
        let id = try #require(Self.selectedID(h))

        Self.insertNew(4, into: library, section: "Ressort 3")
        Self.insertNew(6, into: library, section: "Ressort 5")
        h.send(Self.finished)
        #expect(h.state.headlineCursor.selection == 7)
        #expect(Self.selectedID(h) == id)
        #expect(h.state.headlines.row(at: 0)?.section == "Ressort 3")
    }

    @Test func aRemovedArticleLeavesTheSelectionAtItsOldIndex() throws {
        let library = FakeLibrary(Fixtures.many(30))
        var h = Harness(library)
        for _ in 0..<10 { h.send(.moveDown) }
        let id = try #require(Self.selectedID(h))
        library.entries.removeAll { $0.id == id }
        h.send(Self.finished)
        #expect(h.state.headlineCursor.selection == 10)
        #expect(Self.selectedID(h) == library.entries[10].id)
    }

    @Test func aRemovedArticleAtTheEndLeavesTheSelectionOnTheNewLastRow() throws {
        let library = FakeLibrary(Fixtures.many(30))
        var h = Harness(library)
        h.send(.bottom)
        library.entries.removeLast(5)
        h.send(Self.finished)
        #expect(h.state.headlineCursor.selection == 24)
        #expect(Self.selectedID(h) == library.entries[24].id)
    }

    @Test func anAnswerNobodyWaitsForChangesNothing() throws {
        var h = Harness(FakeLibrary(Fixtures.many(30)))
        h.send(.moveDown, .moveDown)
        let before = h.state
        var state = h.state
        #expect(reduce(&state, .headlineLocated(filter: .all, id: 7, index: 20)) == [])
        #expect(state == before)
        state.relocating = 7
        #expect(reduce(&state, .headlineLocated(filter: HeadlineFilter(text: "alt"), id: 7, index: 20)) == [])
        #expect(state.headlineCursor.selection == before.headlineCursor.selection)
    }

    @Test func theEndOfAReloadLeavesTheHelpOpenAndShowsTheSummary() {
        let library = FakeLibrary(Fixtures.many(30))
        var h = Harness(library)
        h.send(.toggleHelp)
        h.send(.feedReloadStarted(feeds: 2), .feedReloadProgress(done: 1, total: 2))
        #expect(h.state.status == StatusMessage("Reloading feeds: 1/2…"))
        Self.insertNew(1, into: library)
        h.send(.feedReloadFinished(FeedReloadReport(
            feeds: 2, newItems: 1, updatedItems: 0,
            failures: [.init(url: "https://example.org/feed", reason: "HTTP 404")])))
        #expect(h.state.showHelp)
        #expect(h.state.feedReload == nil)
        #expect(h.state.status == StatusMessage("Reloaded 2 feeds: 1 new, 0 updated, 1 failed (https://example.org/feed: HTTP 404)."))
        #expect(h.state.headlines.total == 31)
    }

    @Test func whileAReloadRunsAKeyClearsTheStatusLineBackToItsProgress() {
        var h = Harness(FakeLibrary(Fixtures.many(30)))
        h.send(.feedReloadStarted(feeds: 3))
        #expect(h.state.status == StatusMessage("Reloading 3 feeds…"))
        h.send(.toggleBookmark)
        #expect(h.state.status == StatusMessage("Bookmark saved."))
        h.send(.moveDown)
        #expect(h.state.status == StatusMessage("Reloading 3 feeds…"))
        h.send(.feedReloadProgress(done: 2, total: 3), .moveDown)
        #expect(h.state.status == StatusMessage("Reloading feeds: 2/3…"))
    }

    @Test func rWhileAReloadRunsSaysSoAndStartsNoOther() {
        var h = Harness(FakeLibrary(Fixtures.many(30)))
        var state = h.state
        #expect(reduce(&state, .reload) == [.startFeedReload])
        h.send(.feedReloadStarted(feeds: 3), .feedReloadProgress(done: 1, total: 3))
        state = h.state
        #expect(reduce(&state, .reload) == [])
        #expect(state.status == StatusMessage("A reload is already running (Reloading feeds: 1/3…)"))
    }

    @Test func aCountAfterTheEndIsIgnored() {
        var h = Harness(FakeLibrary(Fixtures.many(30)))
        h.send(.feedReloadStarted(feeds: 3), Self.finished, .feedReloadProgress(done: 3, total: 3))
        #expect(h.state.feedReload == nil)
        #expect(h.state.status?.text.hasPrefix("Reloaded 2 feeds") == true)
    }

    @Test func aNewFilterStartsAtTheTopWithoutLookingForTheOldArticle() {
        let library = FakeLibrary(Fixtures.many(100))
        var h = Harness(library)
        for _ in 0..<5 { h.send(.moveDown) }
        h.send(.startFilter)
        for character in "section:Ressort_5" { h.send(.filterInput(.insert(character))) }
        h.send(.applyFilter)
        #expect(h.state.headlineCursor.selection == 0)
        #expect(library.positionCalls == 0)
    }
}
