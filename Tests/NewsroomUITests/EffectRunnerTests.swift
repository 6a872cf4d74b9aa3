import NewsroomCore
import Testing
@testable import NewsroomUI

@Suite struct EffectRunnerTests {
    let library = FakeLibrary(Fixtures.all, bookmarked: [3])
    var runner: EffectRunner { EffectRunner(library: library) }

    @Test func loadPageReturnsTheRowsAndTheTotal() {
        let actions = runner.run(.loadPage(filter: .all, offset: 2, limit: 2))
        guard case .pageLoaded(let filter, let offset, let rows, let total) = actions.first else {
            Issue.record("expected pageLoaded, got \(actions)")
            return
        }
        #expect(filter == .all && offset == 2 && total == Fixtures.all.count)
        #expect(rows.map(\.title) == [Fixtures.gridFees.title, Fixtures.cjk.title])
        #expect(runner.run(.loadPage(filter: .all, offset: 500, limit: 2)) == [.pageLoaded(filter: .all, offset: 500, rows: [], total: 7)])
    }

    @Test func countsArticlesAndOpensThemByIdAndByTitle() {
        #expect(runner.run(.loadUnreadCount(filter: .all)) == [.unreadCountLoaded(filter: .all, count: 7)])
        #expect(runner.run(.loadArticle(id: 2)) == [.articleLoaded(id: 2, article: Fixtures.storage, row: nil)])
        #expect(runner.run(.loadArticle(id: 99)) == [.loadFailed("This article is no longer in the library.")])
        guard case .articleLoaded(3, Fixtures.gridFees, let row?) = runner.run(.openTitle(Fixtures.gridFees.title)).first else {
            Issue.record("expected the article opened by title")
            return
        }
        #expect(row.isBookmarked)
        #expect(runner.run(.openTitle("Gibt es nicht")) == [.loadFailed("“Gibt es nicht” is not in the library.")])
    }

    @Test func writesReadStateAndBookmarks() {
        #expect(runner.run(.setRead(id: 4, read: true)).isEmpty)
        #expect(library.entries[3].isRead)
        #expect(runner.run(.toggleBookmark(id: 4)) == [.bookmarkToggled(id: 4, isBookmarked: true)])
        guard case .bookmarksLoaded(let rows) = runner.run(.loadBookmarks).first else {
            Issue.record("expected bookmarks")
            return
        }
        #expect(rows.compactMap(\.articleID) == [3, 4])
    }

    @Test func leavesBrowserAndQuitToTheCallerAndReportsLibraryErrors() {
        #expect(runner.run(.openURL("https://example.org")).isEmpty)
        #expect(runner.run(.quit).isEmpty)
        var state = AppState(width: 80, height: 24)
        #expect(runner.dispatch(.quit, into: &state) == [.quit])
        library.failing = true
        #expect(runner.run(.loadBookmarks) == [.loadFailed("Library error: disk on fire")])
    }
}
