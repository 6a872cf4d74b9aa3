import NewsroomCore
import Testing
@testable import NewsroomUI

/// Reducer tests for the article pane, the filter line, bookmarks view, help and resize.
@Suite struct ReducerArticleTests {
    func opened(width: Int = 80, height: Int = 24, layout: ReaderSettings.LayoutChoice = .automatic) -> Harness {
        var h = Harness(FakeLibrary(Fixtures.all, bookmarked: [3]), width: width, height: height,
                        settings: ReaderSettings(layout: layout))
        h.send(.open)
        return h
    }

    @Test func articleKeysScrollThePaneIndependentlyOfTheList() throws {
        var h = opened(height: 12)
        let reading = try #require(h.state.open)
        let maxScroll = reading.lines.lines.count - h.state.layout.articleHeight
        #expect(maxScroll > 2)
        h.send(.moveDown, .moveDown)
        #expect(h.state.open?.scroll == 2)
        #expect(h.state.headlineCursor.selection == 0)
        h.send(.moveUp)
        #expect(h.state.open?.scroll == 1)
        let step = h.state.layout.articleHeight - 1
        h.send(.pageDown)
        #expect(h.state.open?.scroll == min(maxScroll, 1 + step))
        h.send(.pageUp)
        #expect(h.state.open?.scroll == max(0, min(maxScroll, 1 + step) - step))
        h.send(.bottom)
        #expect(h.state.open?.scroll == maxScroll)
        h.send(.top)
        #expect(h.state.open?.scroll == 0)
    }

    @Test func downAtTheEndSelectsTitlesAndOpenOpensThoseInTheLibrary() throws {
        var h = opened(height: 12)
        h.send(.bottom, .moveDown)
        let reading = try #require(h.state.open)
        #expect(reading.titleCursor == 0)
        #expect(reading.lines.titleEntries.map(\.title) == ["Speicher melden Rekordstand", "Ein Titel, den es nicht gibt", "Netzentgelte sinken im Frühjahr"])
        h.send(.open)
        #expect(h.state.open?.article == Fixtures.storage)
        #expect(h.library.readIDs.last == 2)
    }

    @Test func aTitleNotInTheLibrarySaysSo() {
        var h = opened(height: 12)
        h.send(.bottom, .moveDown, .moveDown)
        #expect(h.state.open?.titleCursor == 1)
        h.send(.open)
        #expect(h.state.status == StatusMessage("“Ein Titel, den es nicht gibt” is not in the library.", isError: true))
        #expect(h.state.open?.article == Fixtures.heatNetwork)
        h.send(.moveUp, .moveUp)
        #expect(h.state.open?.titleCursor == nil)
    }

    @Test func backReturnsToTheListAndTheNarrowLayoutShowsIt() {
        var h = opened()
        #expect(h.state.layout.article != nil && h.state.layout.list == nil)
        h.send(.back)
        #expect(h.state.focus == .list)
        #expect(h.state.layout.list != nil && h.state.layout.article == nil)
    }

    @Test func openLinkOnlyLaunchesWebLinks() {
        var h = opened()
        h.send(.openLink)
        #expect(h.leftOver == [.openURL("https://rundschau.example/waermenetz")])
        var state = AppState(width: 80, height: 24)
        #expect(reduce(&state, .openLink).isEmpty)
        #expect(state.status?.text == "Open an article first (Enter).")
        var hostile = Fixtures.storage
        hostile.link = "-oProxyCommand=evil"
        let library = FakeLibrary([hostile])
        var other = Harness(library)
        other.send(.open, .openLink)
        #expect(other.leftOver.isEmpty)
        #expect(other.state.status?.text == "This article has no web link.")
    }

    @Test func filterInputEditsAndApplyShowsMatchesOnly() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.startFilter)
        #expect(h.state.filter.isEditing)
        for character in "netzx" { h.send(.filterInput(.insert(character))) }
        h.send(.filterInput(.deleteBackward))
        #expect(h.state.filter.input == "netz")
        h.send(.applyFilter)
        #expect(!h.state.filter.isEditing)
        #expect(h.state.filter.active == HeadlineFilter(text: "netz"))
        #expect(h.state.headlines.total == 2)
        #expect(h.state.headlines.row(at: 1)?.title == "Netzentgelte sinken im Frühjahr")
    }

    @Test func filterInputIsIgnoredWhenNotEditing() {
        var state = AppState(width: 80, height: 24)
        _ = reduce(&state, .filterInput(.insert("x")))
        #expect(state.filter.input == "")
    }

    @Test func cancelFilterKeepsTheListAndClearFilterShowsEverything() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.startFilter, .filterInput(.insert("G")), .applyFilter)
        let filtered = h.state.headlines.total
        h.send(.startFilter, .filterInput(.insert("z")), .cancelFilter)
        #expect(h.state.filter.applied == "G")
        #expect(h.state.headlines.total == filtered)
        h.send(.clearFilter)
        #expect(h.state.filter.active == .all)
        #expect(h.state.headlines.total == Fixtures.all.count)
    }

    @Test func filterPrefixesNarrowBySectionPublicationAndFlags() {
        #expect(FilterQuery.parse("section:Gas") == HeadlineFilter(section: "Gas"))
        #expect(FilterQuery.parse(" pub:Haldenauer_Rundschau  wärme is:unread") ==
            HeadlineFilter(text: "wärme", publication: "Haldenauer Rundschau", unreadOnly: true))
        #expect(FilterQuery.parse("is:bookmarked") == HeadlineFilter(bookmarkedOnly: true))
        #expect(FilterQuery.parse("section:") == HeadlineFilter(text: "section:"))
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.startFilter)
        for character in "section:Gas" { h.send(.filterInput(.insert(character))) }
        h.send(.applyFilter)
        #expect(h.state.headlines.total == 1)
    }

    @Test func showBookmarksListsSavedArticlesOpenableLikeHeadlines() {
        var h = Harness(FakeLibrary(Fixtures.all, bookmarked: [3, 5]))
        h.send(.showBookmarks)
        #expect(h.state.view == .bookmarks)
        #expect(h.state.bookmarks.map(\.articleID) == [3, 5])
        h.send(.moveDown, .open)
        #expect(h.state.open?.article == Fixtures.emoji)
        h.send(.back, .back)
        #expect(h.state.view == .headlines)
        h.send(.showBookmarks, .showBookmarks)
        #expect(h.state.view == .headlines)
    }

    @Test func bookmarksLoadedClampsTheSelection() {
        var state = AppState(width: 80, height: 24)
        state.view = .bookmarks
        state.bookmarkCursor.selection = 5
        _ = reduce(&state, .bookmarksLoaded([BookmarkRow(articleID: 1, shortID: "a", title: "A", savedAt: 0)]))
        #expect(state.bookmarkCursor.selection == 0)
        #expect(state.bookmarks.count == 1)
    }

    @Test func removingABookmarkInTheBookmarksViewRefreshesIt() {
        var h = Harness(FakeLibrary(Fixtures.all, bookmarked: [3]))
        h.send(.showBookmarks, .toggleBookmark)
        #expect(h.state.bookmarks.isEmpty)
        #expect(h.state.status?.text == "Bookmark removed.")
    }

    @Test func bookmarkToggledUpdatesTheCachedRowAndTheOpenArticle() {
        var h = opened()
        _ = reduce(&h.state, .bookmarkToggled(id: 1, isBookmarked: true))
        #expect(h.state.headlines.row(at: 0)?.isBookmarked == true)
        #expect(h.state.open?.row.isBookmarked == true)
        // The status line says so too (the single-pane layout hides the list's ★), once the
        // "Bookmark saved." message made way for it.
        _ = reduce(&h.state, .moveDown)
        let status = h.screen().rowText(h.state.height - 1)
        #expect(status.contains("★ "))
        _ = reduce(&h.state, .bookmarkToggled(id: 1, isBookmarked: false))
        _ = reduce(&h.state, .moveDown)  // clears the "Bookmark removed." message
        #expect(!h.screen().rowText(h.state.height - 1).contains("★"))
    }

    @Test func articleLoadedForAnArticleNobodyWaitsForIsIgnored() {
        var state = AppState(width: 80, height: 24)
        #expect(reduce(&state, .articleLoaded(id: 9, article: Fixtures.storage, row: nil)).isEmpty)
        #expect(state.open == nil)
    }

    @Test func helpOpensAndTheNextKeyClosesItExceptQuit() {
        var state = AppState(width: 80, height: 24)
        _ = reduce(&state, .toggleHelp)
        #expect(state.showHelp)
        #expect(reduce(&state, .moveDown).isEmpty)
        #expect(!state.showHelp)
        _ = reduce(&state, .toggleHelp)
        #expect(reduce(&state, .quit) == [.quit])
    }

    @Test func resizeRewrapsTheOpenArticleAndSwitchesLayout() throws {
        var h = opened(width: 80, height: 24)
        let narrow = try #require(h.state.open?.lines.width)
        h.send(.resize(width: 120, height: 40))
        #expect(h.state.layout.mode == .stacked)
        let wide = try #require(h.state.open?.lines.width)
        #expect(wide == h.state.layout.articleWidth && wide != narrow)
        h.send(.resize(width: 10, height: 3))
        #expect(h.state.layout.mode == .tooSmall)
    }

    @Test func wheelAndClickInTheArticlePane() throws {
        var h = opened(width: 120, height: 20, layout: .sideBySide)
        h.send(.scrollWheel(down: true))
        #expect(h.state.open?.scroll == 3)
        let area = try #require(h.state.layout.article)
        h.send(.click(x: 2, y: area.y + 1))
        #expect(h.state.focus == .list)
        #expect(h.state.headlineCursor.selection == 1)
        h.send(.click(x: area.x + 1, y: area.y))
        #expect(h.state.focus == .article)
    }
}
