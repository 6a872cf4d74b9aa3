import GRDB
import NewsroomCore
import Testing
@testable import NewsroomStore

/// `articleID(title:)` (a page's related headline -> its article) has no title index since
/// Schema v4: it asks the full-text index, plus the rows not indexed yet. These tests pin
/// that it still finds exactly the newest article of that title, indexed or not.
@Suite struct TitleLookupTests {
    @Test func findsTheNewestOfTheTitleWhetherIndexedOrPending() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let title = "Netzbetreiber in Jena erhöhen die Preise"
        _ = try store.importBatch([
            (article: SampleArticles.article(1, title: title), source: SampleArticles.file(1)),
            (article: SampleArticles.article(2, title: "Andere Meldung"), source: SampleArticles.file(2)),
        ])
        #expect(try store.updateSearchIndex() == 2)
        let older = try #require(try store.articleID(title: title))
        #expect(try store.article(id: older)?.published?.secondsSince1970 == 1_700_000_060)

        // A newer article of the same title, not yet in the full-text index, wins.
        _ = try store.importArticles([SampleArticles.article(5, title: title)], source: SampleArticles.file(5))
        #expect(try store.pendingIndexCount() == 1)
        let newer = try #require(try store.articleID(title: title))
        #expect(newer != older)
        #expect(try store.article(id: newer)?.published?.secondsSince1970 == 1_700_000_300)
        // Once indexed, the same answer; and the lookup itself never indexed anything.
        #expect(try store.pendingIndexCount() == 1)
        _ = try store.updateSearchIndex()
        #expect(try store.articleID(title: title) == newer)
    }

    @Test func matchesTheWholeTitleExactlyAndOnlyInTheTitle() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try store.importBatch([
            // The words of the first title appear in the second one's body, and its title
            // holds them and more: neither may answer for it.
            (article: SampleArticles.article(1, title: "Windpark genehmigt"), source: SampleArticles.file(1)),
            (article: SampleArticles.article(2, title: "Windpark genehmigt, Klage folgt", body: ["Windpark genehmigt"]),
             source: SampleArticles.file(2)),
        ])
        _ = try store.updateSearchIndex()
        let id = try #require(try store.articleID(title: "Windpark genehmigt"))
        #expect(try store.article(id: id)?.title == "Windpark genehmigt")
        #expect(try store.articleID(title: "windpark genehmigt") == nil)  // exact, like before
        #expect(try store.articleID(title: "Windpark") == nil)
        #expect(try store.articleID(title: "Solarpark genehmigt") == nil)
    }

    @Test func titlesWithSearchSyntaxOrNoWordsAreFound() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let odd = ["\"Zitat\" AND (NEAR x) OR title: y*", "???", "", "Ölpreis — 5 % mehr"]
        _ = try store.importBatch(odd.enumerated().map { index, title in
            (article: SampleArticles.article(index, title: title), source: SampleArticles.file(index))
        })
        for indexed in [false, true] {
            if indexed { _ = try store.updateSearchIndex() }
            for title in odd {
                let id = try #require(try store.articleID(title: title), "\(title) indexed: \(indexed)")
                #expect(try store.article(id: id)?.title == title)
            }
        }
    }

    @Test func lookupReadsNoWholeTable() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try SampleArticles.fill(store, count: 3)
        let plan = try store.pool.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + LibraryStore.newestWithTitleSQL,
                arguments: ["title : (\"x\")", "x", "x"]
            ).map { $0["detail"] as String }
        }
        // Both halves reach articles by row id; only the pending list is walked.
        let scans = plan.filter { $0.hasPrefix("SCAN") }
        #expect(!scans.isEmpty)
        #expect(scans.allSatisfy { $0.hasPrefix("SCAN f VIRTUAL TABLE") || $0 == "SCAN p" || $0.hasPrefix("SCAN (subquery") }, "\(plan)")
        #expect(plan.filter { $0.hasPrefix("SEARCH a USING INTEGER PRIMARY KEY") }.count == 2, "\(plan)")
    }
}
