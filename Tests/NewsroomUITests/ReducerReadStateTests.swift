import NewsroomCore
import Testing
@testable import NewsroomUI

/// Read / unread, mark everything read after a y/n question, the unread-only list.
@Suite struct ReducerReadStateTests {
    @Test func toggleReadFlipsTheSelectedHeadlineAndTheCount() throws {
        var h = Harness(FakeLibrary(Fixtures.all))
        let unread = try #require(h.state.unreadCount)
        h.send(.toggleRead)
        #expect(h.state.headlines.row(at: 0)?.isRead == true)
        #expect(h.state.unreadCount == unread - 1)
        #expect(h.library.entries[0].isRead)
        h.send(.toggleRead)
        #expect(h.state.headlines.row(at: 0)?.isRead == false && h.state.unreadCount == unread)
        #expect(!h.library.entries[0].isRead)
        #expect(h.state.status?.text == "Marked unread.")
    }

    @Test func toggleReadOnTheOpenArticleMarksItUnreadAgain() throws {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.moveDown, .open)
        #expect(h.library.entries[1].isRead)
        h.send(.toggleRead)
        #expect(!h.library.entries[1].isRead)
        #expect(h.state.open?.row.isRead == false)
        #expect(h.state.headlines.row(at: 1)?.isRead == false)
    }

    @Test func markAllReadAsksFirstAndNoChangesNothing() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.markAllRead)
        #expect(h.state.confirmation != nil)
        #expect(h.screen().rowText(23).contains("Mark 7 unread articles in all sources read? (y/n)"))
        // While asked, the key map turns y into yes and any other key into no.
        #expect(KeyMap.standard.action(for: .character("y"), in: h.state) == .confirm(true))
        #expect(KeyMap.standard.action(for: .character("j"), in: h.state) == .confirm(false))
        h.send(.confirm(false))
        #expect(h.state.confirmation == nil && h.library.markAllCalls.isEmpty)
        #expect(h.state.status?.text == "Nothing marked.")
    }

    @Test func markAllReadMarksTheListUnderTheFilterInOneCall() {
        var h = Harness(FakeLibrary(Fixtures.all))
        h.send(.startFilter)
        for character in "section:Gas" { h.send(.filterInput(.insert(character))) }
        h.send(.applyFilter, .markAllRead, .confirm(true))
        #expect(h.library.markAllCalls == [HeadlineFilter(section: "Gas")])
        #expect(h.state.status?.text == "Marked 1 article read.")
        #expect(h.state.unreadCount == 0)
        #expect(h.state.headlines.row(at: 0)?.isRead == true, "the list is read again")
        // Everything else is still unread.
        #expect(h.library.entries.filter(\.isRead).count == 1)
        h.send(.markAllRead)
        #expect(h.state.confirmation == nil && h.state.status?.text == "Nothing unread in “section:Gas”.")
    }

    @Test func unreadOnlyTogglesTheIsUnreadWordOfTheFilter() {
        var h = Harness(FakeLibrary(Fixtures.all, read: [1, 2]))
        h.send(.toggleUnreadOnly)
        #expect(h.state.filter.active == HeadlineFilter(unreadOnly: true))
        #expect(h.state.filter.applied == "is:unread")
        #expect(h.state.headlines.total == 5)
        h.send(.toggleUnreadOnly)
        #expect(h.state.filter.active == .all && h.state.headlines.total == 7)
        h.send(.startFilter)
        for character in "section:Gas" { h.send(.filterInput(.insert(character))) }
        h.send(.applyFilter, .toggleUnreadOnly)
        #expect(h.state.filter.applied == "section:Gas is:unread")
        #expect(h.state.filter.active == HeadlineFilter(section: "Gas", unreadOnly: true))
    }
}
