import GRDB
import NewsroomCore
import Testing
@testable import NewsroomStore

/// `headlinePosition(id:filter:)`: the index an article has in `headlines(filter:…)`, which
/// the reader uses to keep the selected article selected after a reload.
@Suite struct HeadlinePositionTests {
    /// 45 dated articles, three per second (ties broken by id), and three undated ones; every
    /// fourth mentions a wind farm, every fifth is read, every seventh bookmarked.
    static func makeLibrary() throws -> (TemporaryDirectory, LibraryStore) {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        var items: [(article: Article, source: ArticleSource)] = []
        for index in 0..<48 {
            let dated = index < 45
            let article = Article(
                title: "Meldung \(index)",
                body: [index % 4 == 0 ? "Der Windpark liefert Strom." : "Nichts Neues."],
                publication: index % 2 == 0 ? "Energie & Management" : "Northwind Courier",
                section: index % 3 == 0 ? "Stadtwerke" : "Politik",
                published: dated ? Timestamp(secondsSince1970: 1_700_000_000 + Int64(index / 3) * 60, utcOffsetSeconds: 3600) : nil)
            items.append((article: article, source: .file("/dumps/\(index).txt")))
        }
        // Shuffled, so row ids do not follow the dates.
        var generator = SplitMix64(seed: 7)
        items.shuffle(using: &generator)
        _ = try store.importBatch(items)
        let all = try store.headlines(filter: .all, offset: 0, limit: 100)
        for (index, row) in all.enumerated() {
            if index % 5 == 0 { try store.setRead(id: row.id, true) }
            if index % 7 == 0 { _ = try store.toggleBookmark(id: row.id) }
        }
        return (directory, store)
    }

    static let filters: [HeadlineFilter] = [
        .all,
        HeadlineFilter(publication: "Northwind Courier"),
        HeadlineFilter(section: "Stadtwerke"),
        HeadlineFilter(text: "windpark"),
        HeadlineFilter(text: "windpark", section: "Politik"),
        HeadlineFilter(unreadOnly: true),
        HeadlineFilter(bookmarkedOnly: true),
        HeadlineFilter(publication: "Energie & Management", unreadOnly: true),
        HeadlineFilter(text: "windpark", bookmarkedOnly: true),
        HeadlineFilter(text: "windpark", unreadOnly: true),
    ]

    @Test(arguments: filters)
    func positionIsTheIndexInTheList(_ filter: HeadlineFilter) throws {
        let (directory, store) = try Self.makeLibrary()
        _ = directory
        let list = try store.headlines(filter: filter, offset: 0, limit: 100).map(\.id)
        #expect(!list.isEmpty)
        for (index, id) in list.enumerated() {
            #expect(try store.headlinePosition(id: id, filter: filter) == index, "article \(id)")
        }
        // Articles the filter does not show have no position.
        let everything = try store.headlines(filter: .all, offset: 0, limit: 100).map(\.id)
        for id in everything where !list.contains(id) {
            #expect(try store.headlinePosition(id: id, filter: filter) == nil, "article \(id)")
        }
    }

    @Test func aMissingArticleOrAnImpossibleFilterHasNoPosition() throws {
        let (directory, store) = try Self.makeLibrary()
        _ = directory
        #expect(try store.headlinePosition(id: 9_999, filter: .all) == nil)
        let first = try #require(try store.headlines(filter: .all, offset: 0, limit: 1).first)
        #expect(try store.headlinePosition(id: first.id, filter: HeadlineFilter(text: "!!!")) == nil)
        #expect(try store.headlinePosition(id: first.id, filter: HeadlineFilter(section: "Feuilleton")) == nil)
    }

    @Test func newArticlesAboveMoveThePosition() throws {
        let (directory, store) = try Self.makeLibrary()
        _ = directory
        let tenth = try store.headlines(filter: .all, offset: 10, limit: 1)[0]
        _ = try store.importArticles([
            Article(title: "Neu 1", published: Timestamp(secondsSince1970: 1_800_000_000, utcOffsetSeconds: 0)),
            Article(title: "Neu 2", published: Timestamp(secondsSince1970: 1_800_000_060, utcOffsetSeconds: 0)),
        ], source: .feed("https://example.org/feed"))
        #expect(try store.headlinePosition(id: tenth.id, filter: .all) == 12)
        #expect(try store.headlines(filter: .all, offset: 12, limit: 1)[0].id == tenth.id)
    }

    /// The count walks an index from the top down to the article: SQLite searches a range of
    /// a covering index (no table row is read) and never scans the table.
    @Test(arguments: [
        (HeadlineFilter.all, "articles_by_published"),
        (HeadlineFilter(section: "Politik"), "articles_by_section"),
        (HeadlineFilter(publication: "Northwind Courier"), "articles_by_publication"),
        (HeadlineFilter(text: "windpark"), "articles_by_published"),
    ])
    func theCountSearchesAnIndex(_ filter: HeadlineFilter, index: String) throws {
        let (directory, store) = try Self.makeLibrary()
        _ = directory
        let clause = try #require(HeadlineClause(filter))
        let query = LibraryStore.positionQuery(clause, id: 5, published: 1_700_000_300, filter: filter)
        // EXPLAIN QUERY PLAN rows: (id, parent, notused, detail); the detail is column 3.
        let details = try store.reading { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: query.arguments).map { $0[3] as String }
        }
        #expect(details.contains { $0.hasPrefix("SEARCH a USING COVERING INDEX \(index) (") && $0.contains("published>?") },
                "plan: \(details)")
        // (The text filter's match list is a scan of the text index, "SCAN articles_fts".)
        #expect(!details.contains { $0 == "SCAN a" || $0.hasPrefix("SCAN a ") }, "plan: \(details)")
    }
}

