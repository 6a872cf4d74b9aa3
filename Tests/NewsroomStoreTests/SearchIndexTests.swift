import NewsroomCore
import Testing
@testable import NewsroomStore

/// Imports leave indexing to `updateSearchIndex()`; searches catch up first, so they never
/// miss an article, and a process that stops in between loses nothing.
@Suite struct SearchIndexTests {
    @Test func importLeavesArticlesPendingAndSearchCatchesUp() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try SampleArticles.fill(store, count: 5)
        #expect(try store.pendingIndexCount() == 5)
        // The count and the page both see every article, without an explicit catch-up.
        #expect(try store.headlineCount(filter: HeadlineFilter(text: "absatz")) == 5)
        #expect(try store.pendingIndexCount() == 0)
        #expect(try store.search("Nummer 3", limit: 10).map(\.title) == ["Meldung Nummer 3"])
        // Up to date: catching up again indexes nothing (and does not index twice).
        #expect(try store.updateSearchIndex() == 0)
        #expect(try store.headlineCount(filter: HeadlineFilter(text: "absatz")) == 5)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func articlesImportedByAProcessThatStoppedBeforeIndexingAreIndexedNextTime() throws {
        let directory = try TemporaryDirectory()
        do {
            // An import committed, then the process ended without the index step (killed after
            // the last batch: nothing but the committed transactions remains).
            let store = try directory.openStore()
            _ = try store.importBatch((0..<30).map { (article: SampleArticles.article($0), source: SampleArticles.file($0)) })
        }
        let reopened = try directory.openStore()
        #expect(try reopened.pendingIndexCount() == 30)
        #expect(try reopened.search("Nummer 17", limit: 10).map(\.title) == ["Meldung Nummer 17"])
        #expect(try reopened.headlineCount(filter: HeadlineFilter(text: "teaser")) == 30)
        #expect(try reopened.pendingIndexCount() == 0)
        // The external-content index agrees with the table it indexes.
        #expect(try reopened.integrityCheck() == ["ok"])
        #expect(try reopened.searchIndexCheck())
    }

    @Test func changingOrDeletingAnArticleKeepsTheIndexExact() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let ids = try SampleArticles.fill(store, count: 3)
        #expect(try store.updateSearchIndex() == 3)
        // Changed after it was indexed: the old words are forgotten, the new ones found.
        _ = try store.importArticles([SampleArticles.article(1, body: ["Wärmepumpe im Keller"])], source: SampleArticles.file(1))
        #expect(try store.pendingIndexCount() == 1)
        #expect(try store.search("warmepumpe", limit: 10).map(\.id) == [ids[1]])
        #expect(try store.search("eins", limit: 10).map(\.id) == [ids[2], ids[0]])
        // Changed twice before indexing, then deleted while pending: nothing is left over.
        _ = try store.importArticles([SampleArticles.article(2, body: ["Zähler"])], source: SampleArticles.file(2))
        _ = try store.importArticles([SampleArticles.article(2, body: ["Speicher"])], source: SampleArticles.file(2))
        #expect(try store.deleteArticle(id: ids[2]))
        #expect(try store.pendingIndexCount() == 0)
        #expect(try store.search("speicher", limit: 10).isEmpty)
        // Deleted after indexing: gone from the index too.
        #expect(try store.deleteArticle(id: ids[0]))
        #expect(try store.search("eins", limit: 10).isEmpty)
        #expect(try store.headlineCount(filter: HeadlineFilter(text: "teaser")) == 1)
        #expect(try store.searchIndexCheck())
    }
}
