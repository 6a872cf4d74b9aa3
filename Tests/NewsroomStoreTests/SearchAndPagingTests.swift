import NewsroomCore
import Testing
@testable import NewsroomStore

@Suite struct SearchAndPagingTests {
    @Test func searchFoldsDiacriticsBothWays() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try store.importBatch([
            (article: Article(title: "Übersicht der Netzentgelte"), source: .file("/1")),
            (article: Article(title: "Plain", teaser: "Zähler im Keller"), source: .file("/2")),
            (article: Article(title: "Body", body: ["Die Außenstelle in Jena"]), source: .file("/3")),
            (article: Article(title: "Kontakt", contacts: [Contact(name: "Jürgen Größer")]), source: .file("/4")),
            (article: Article(title: "Unrelated", body: ["nothing here"]), source: .file("/5")),
        ])
        #expect(try store.search("ubersicht", limit: 10).map(\.title) == ["Übersicht der Netzentgelte"])
        #expect(try store.search("UBERSICHT", limit: 10).count == 1)
        #expect(try store.search("zahler", limit: 10).map(\.title) == ["Plain"])
        #expect(try store.search("zähler", limit: 10).map(\.title) == ["Plain"])
        #expect(try store.search("Aussenstelle jena", limit: 10).isEmpty)  // ß is not "ss"
        #expect(try store.search("außenstelle jena", limit: 10).map(\.title) == ["Body"])
        #expect(try store.search("jurgen", limit: 10).map(\.title) == ["Kontakt"])
        #expect(try store.search("netzentgelte", limit: 10).count == 1)
        #expect(try store.search("netzentg", limit: 10).isEmpty)  // whole words, not prefixes
        // FTS syntax typed by a user is text, never an error.
        #expect(try store.search("\"AND OR ( * NEAR", limit: 10).isEmpty)
        #expect(try store.search("!!!", limit: 10).isEmpty)
    }

    @Test func pagesConcatenateToTheWholeListNewestFirst() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let ids = try SampleArticles.fill(store, count: 95)
        // An undated article sorts after every dated one.
        _ = try store.importArticles([Article(title: "undated")], source: .file("/u"))
        #expect(try store.headlineCount(filter: .all) == 96)
        var collected: [HeadlineRow] = []
        var offset = 0
        while true {
            let page = try store.headlines(filter: .all, offset: offset, limit: 20)
            if page.isEmpty { break }
            collected += page
            offset += page.count
        }
        #expect(collected.count == 96)
        #expect(Array(collected.prefix(95).map(\.id)) == ids.reversed())
        #expect(collected.last?.title == "undated")
        let last = try store.headlines(filter: .all, offset: 90, limit: 20)
        #expect(last.count == 6)
        #expect(try store.headlines(filter: .all, offset: 500, limit: 20).isEmpty)
    }

    @Test func oneCallCanFetchMoreRowsThanAStatementTakesParameters() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let count = LibraryStore.headlineChunk * 2 + 7
        _ = try store.importArticles((0..<count).map { Article(title: "t\($0)") }, source: .file("/many"))
        let rows = try store.headlines(filter: .all, offset: 0, limit: count + 10)
        #expect(rows.count == count)
        #expect(Set(rows.map(\.id)).count == count)
    }

    @Test func filtersCountAndPageTheSameRows() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let ids = try SampleArticles.fill(store, count: 30)
        try store.setRead(id: ids[0], true)
        try store.setRead(id: ids[2], true)
        try store.addBookmark(id: ids[4])
        let filters = [
            HeadlineFilter(publication: "Energie & Management"),
            HeadlineFilter(section: "Stadtwerke"),
            HeadlineFilter(publication: "Northwind Courier", section: "Politik"),
            HeadlineFilter(bookmarkedOnly: true),
            HeadlineFilter(unreadOnly: true),
            HeadlineFilter(text: "Meldung", unreadOnly: true),
            HeadlineFilter(text: "Meldung"),
            HeadlineFilter(text: "Nummer 7"),
            HeadlineFilter(text: "Meldung", publication: "Northwind Courier"),
        ]
        for filter in filters {
            let rows = try store.headlines(filter: filter, offset: 0, limit: 100)
            #expect(rows.count == (try store.headlineCount(filter: filter)))
            for row in rows {
                if let publication = filter.publication { #expect(row.publication == publication) }
                if let section = filter.section { #expect(row.section == section) }
                if filter.bookmarkedOnly { #expect(row.isBookmarked) }
                if filter.unreadOnly { #expect(!row.isRead) }
            }
        }
        #expect(try store.headlineCount(filter: HeadlineFilter(publication: "Energie & Management")) == 15)
        #expect(try store.headlineCount(filter: HeadlineFilter(section: "Stadtwerke")) == 10)
        #expect(try store.headlineCount(filter: HeadlineFilter(bookmarkedOnly: true)) == 1)
        #expect(try store.headlineCount(filter: HeadlineFilter(unreadOnly: true)) == 28)
        #expect(try store.headlineCount(filter: HeadlineFilter(text: "Meldung")) == 30)
        #expect(try store.headlines(filter: HeadlineFilter(text: "Nummer 7"), offset: 0, limit: 5).map(\.id) == [ids[7]])
        #expect(try store.publications() == ["Energie & Management", "Northwind Courier"])
        #expect(try store.sections() == ["Politik", "Stadtwerke"])
        try store.setRead(id: ids[0], false)
        #expect(try store.headlineCount(filter: HeadlineFilter(unreadOnly: true)) == 29)
    }
}
