import NewsroomCore
import Testing
import GRDB
@testable import NewsroomStore

/// The unread count is the filter's rows less its read rows, counted from the read side:
/// read state left by articles no longer in the library, or outside the filter, must not
/// count.
@Suite struct UnreadCountTests {
    @Test func readRowsOutsideTheFilterOrTheLibraryDoNotLowerTheUnreadCount() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let ids = try SampleArticles.fill(store, count: 30)
        for id in ids.prefix(6) { try store.setRead(id: id, true) }
        _ = try store.deleteArticle(id: ids[0])  // its read state may stay behind
        let filters = [
            HeadlineFilter(unreadOnly: true),
            HeadlineFilter(publication: "Energie & Management", unreadOnly: true),
            HeadlineFilter(section: "Stadtwerke", unreadOnly: true),
            HeadlineFilter(text: "Meldung", unreadOnly: true),
            HeadlineFilter(text: "Meldung", publication: "Northwind Courier", unreadOnly: true),
        ]
        for filter in filters {
            let listed = try store.headlines(filter: filter, offset: 0, limit: 100)
            #expect(try store.headlineCount(filter: filter) == listed.count, "\(filter)")
            #expect(listed.allSatisfy { !$0.isRead })
        }
        #expect(try store.headlineCount(filter: HeadlineFilter(unreadOnly: true)) == 24)
        // Marked unread again: counted again.
        try store.setRead(id: ids[1], false)
        #expect(try store.headlineCount(filter: HeadlineFilter(unreadOnly: true)) == 25)
    }

    @Test func theWholeLibrarysCountIsSQLitesIndexCountNotAStepThroughEveryRow() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try SampleArticles.fill(store, count: 3)
        let clause = try #require(HeadlineClause(.all))
        let opcodes = try store.pool.read { db in
            return try Row.fetchAll(db, sql: "EXPLAIN " + clause.countSQL, arguments: clause.arguments).map { $0["opcode"] as String }
        }
        #expect(opcodes.contains("Count"))
        #expect(!opcodes.contains("Next"))
        #expect(try store.headlineCount(filter: .all) == 3)
    }
}
