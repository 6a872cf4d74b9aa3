import NewsroomCore
import Testing
@testable import NewsroomUI

/// Reading the list again (`r`, or a background feed reload ending) keeps the selected
/// *article* selected, on the same screen row, even when new articles landed above it.
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
        h.state.headlines.row(at: h.state.selection)?.id
    }

    @Test func aReloadAsksWhereTheSelectedArticleIsBeforeLoadingPages() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.moveDown, .moveDown)
        let id = try! #require(Self.selectedID(h))
        var state = h.state
        #expect(reduce(&state, .reload) == [.locateHeadline(id: id, filter: .all), .loadUnreadCount(filter: .all)])
        #expect(state.relocating == id)
        #expect(state.headlines.total == nil)
    }

    @Test(arguments: [Action.reload, Action.libraryChanged])
    func theSelectedArticleStaysSelectedWhenRowsAreInsertedAbove(_ action: Action) throws {
        let library = FakeLibrary(Fixtures.many(300))
        var h = Harness(library)
        // Deep enough that the selection is on the second page and the list is scrolled.
        for _ in 0..<70 { h.send(.moveDown) }
        let id = try #require(Self.selectedID(h))
        let screenRow = h.state.selection - h.state.listScroll
        #expect(h.state.listScroll > 0)

        Self.insertNew(5, into: library)
        h.send(action)
        #expect(h.state.headlines.total == 305)
        #expect(h.state.selection == 75)
        #expect(Self.selectedID(h) == id)
        #expect(h.state.selection - h.state.listScroll == screenRow, "the highlight stays on its screen row")
        #expect(h.state.relocating == nil)
        // The rows on screen are loaded, the new ones above included when in view.
        for row in h.state.listScroll..<(h.state.listScroll + h.state.layout.paneHeight) {
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
        h.send(.libraryChanged)
        #expect(h.state.open?.id == id)
        #expect(h.state.focus == .article)
        #expect(h.state.selection == 5)
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
        h.send(.libraryChanged)
        #expect(h.state.selection == 7)
        #expect(Self.selectedID(h) == id)
        #expect(h.state.headlines.row(at: 0)?.section == "Ressort 3")
    }

    @Test func aRemovedArticleLeavesTheSelectionAtItsOldIndex() throws {
        let library = FakeLibrary(Fixtures.many(30))
        var h = Harness(library)
        for _ in 0..<10 { h.send(.moveDown) }
        let id = try #require(Self.selectedID(h))
        library.entries.removeAll { $0.id == id }
        h.send(.libraryChanged)
        #expect(h.state.selection == 10)
        #expect(Self.selectedID(h) == library.entries[10].id)
    }

    @Test func aRemovedArticleAtTheEndLeavesTheSelectionOnTheNewLastRow() throws {
        let library = FakeLibrary(Fixtures.many(30))
        var h = Harness(library)
        h.send(.bottom)
        library.entries.removeLast(5)
        h.send(.libraryChanged)
        #expect(h.state.selection == 24)
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
        #expect(state.selection == before.selection)
    }

    @Test func aLibraryChangeLeavesTheHelpAndTheStatusLineAlone() {
        let library = FakeLibrary(Fixtures.many(30))
        var h = Harness(library)
        h.send(.toggleHelp)
        h.state.status = StatusMessage("Reloading feeds: 1/2…")
        Self.insertNew(1, into: library)
        h.send(.libraryChanged)
        #expect(h.state.showHelp)
        #expect(h.state.status == StatusMessage("Reloading feeds: 1/2…"))
        #expect(h.state.headlines.total == 31)
    }

    @Test func aNewFilterStartsAtTheTopWithoutLookingForTheOldArticle() {
        let library = FakeLibrary(Fixtures.many(100))
        var h = Harness(library)
        for _ in 0..<5 { h.send(.moveDown) }
        h.send(.startFilter)
        for character in "section:Ressort_5" { h.send(.filterInput(.insert(character))) }
        h.send(.applyFilter)
        #expect(h.state.selection == 0)
        #expect(library.positionCalls == 0)
    }
}
