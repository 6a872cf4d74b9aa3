import Foundation
import NewsroomApp
import NewsroomCore
import NewsroomStore
import NewsroomUI
import Synchronization
import Testing

/// `f` in the reader: the open article's page is fetched in the background (here a fake that
/// stores a page article through the real store), keys keep working, the pane shows the
/// full text in place, and a failure is one line in the status bar.
@Suite struct ReaderFullArticleTests {
    /// Stores `page` as the full article of whatever is asked for, or fails with `failure`.
    final class FakeFullArticles: FullArticleFetching {
        let store: LibraryStore
        let failure: String?
        let asked = Mutex<[String]>([])

        init(store: LibraryStore, failure: String? = nil) {
            self.store = store
            self.failure = failure
        }

        static let page = Article(
            title: "Alpha", body: ["The whole story, paragraph one.", "Paragraph two, only on the web page."],
            contacts: [Contact(name: "Dana Editor", role: "City desk", phone: "+49 30 1234")])

        func start(id: Int64, url: String, posting post: @escaping @Sendable (Action) -> Void) {
            asked.withLock { $0.append(url) }
            let store = self.store, failure = self.failure
            Task.detached {
                if let failure { return post(.fullArticleFailed(id: id, message: failure)) }
                do {
                    let stored = try store.saveFullArticle(id: id, page: Self.page)
                    post(stored.map { .fullArticleLoaded(id: id, article: $0) } ?? .fullArticleFailed(id: id, message: "gone"))
                } catch {
                    post(.fullArticleFailed(id: id, message: "\(error)"))
                }
            }
        }
    }

    @Test func fLoadsTheFullArticleIntoThePaneAndTheLibrary() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha", "Beta"])
        let fetcher = FakeFullArticles(store: library.store)
        let run = await ReaderRuntimeTests.read(library, fullArticles: fetcher) {
            [.waitFor("1/2"), .key(.enter), .key(.character("f")), .waitFor("Paragraph two, only on the web page."),
             .key(.character("q"))]
        }
        #expect(run.problems.isEmpty, "\(run.problems)")
        #expect(fetcher.asked.withLock { $0 } == ["https://rundschau.example/0"])
        #expect(run.frame(showing: "Loading the full article from https://rundschau.example/0") != nil)
        #expect(run.screen.contains("Dana Editor"))
        #expect(run.screen.contains("Full article loaded: 2 paragraphs, editor box."))
        // Stored: it reads the same offline, next time.
        let id = try #require(try library.store.articleID(title: "Alpha"))
        #expect(try library.store.article(id: id)?.body == FakeFullArticles.page.body)
    }

    @Test func aFailureIsOneLineAndTheTeaserStays() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let fetcher = FakeFullArticles(store: library.store, failure: "no article found")
        let run = await ReaderRuntimeTests.read(library, fullArticles: fetcher) {
            [.waitFor("1/1"), .key(.enter), .key(.character("f")), .waitFor("Full article: no article found"), .key(.character("q"))]
        }
        #expect(run.problems.isEmpty, "\(run.problems)")
        #expect(run.state.fullArticleLoading == nil)
        #expect(!run.screen.contains("Dana Editor"))
    }

    @Test func withoutWebAccessFSaysSo() async throws {
        let library = try TestLibrary()
        try library.add(["Alpha"])
        let run = await ReaderRuntimeTests.read(library) {
            [.waitFor("1/1"), .key(.enter), .key(.character("f")), .waitFor("without web access"), .key(.character("q"))]
        }
        #expect(run.problems.isEmpty, "\(run.problems)")
    }
}
