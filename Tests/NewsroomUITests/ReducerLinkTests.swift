import NewsroomCore
import Testing
@testable import NewsroomUI

/// Picking a link in the article: `]` / `[` select, Enter / `o` open, a click selects; the
/// selected link is drawn highlighted, and only web links are ever handed to the browser.
@Suite struct ReducerLinkTests {
    static let article: Article = {
        var paragraphs: [ArticleBlock] = [ArticleBlock(spans: [
            InlineSpan("Read "), InlineSpan("the plan", link: "https://city.example/plan"),
            InlineSpan(" or "), InlineSpan("run this", link: "javascript:alert(1)"), InlineSpan("."),
        ])]
        for n in 1...30 { paragraphs.append(ArticleBlock(text: "Filler paragraph \(n) about the grid.")) }
        paragraphs.append(ArticleBlock(spans: [InlineSpan("Far down: "), InlineSpan("the minutes", link: "https://city.example/minutes")]))
        return Article(title: "Links everywhere", blocks: paragraphs, publication: "Rundschau",
                       published: Fixtures.date(), link: "https://city.example/article")
    }()

    func opened(height: Int = 24) -> Harness {
        var h = Harness(FakeLibrary([Self.article]), width: 80, height: height)
        h.send(.open)
        return h
    }

    @Test func bracketKeysWalkTheLinksAndScrollToThem() throws {
        var h = opened(height: 12)
        #expect(h.state.open?.lines.links.map(\.url) == ["https://city.example/plan", "https://city.example/minutes"])
        h.send(.command(.nextLink))
        #expect(h.state.open?.linkCursor == 0)
        #expect(h.state.status?.text == "[1] https://city.example/plan")
        h.send(.command(.nextLink))
        let reading = try #require(h.state.open)
        #expect(reading.linkCursor == 1)
        let line = reading.lines.links[1].line
        #expect(line >= reading.scroll && line < reading.scroll + h.state.layout.articleHeight)
        h.send(.command(.nextLink))  // stays on the last
        #expect(h.state.open?.linkCursor == 1)
        h.send(.command(.previousLink))
        let back = try #require(h.state.open)
        #expect(back.linkCursor == 0)
        #expect(back.lines.links[0].line >= back.scroll && back.lines.links[0].line < back.scroll + h.state.layout.articleHeight)
    }

    @Test func enterAndOOpenTheSelectedLinkElseTheArticlesPage() {
        var h = opened()
        h.send(.openLink)
        #expect(h.leftOver.last == .openURL("https://city.example/article"))
        h.send(.command(.nextLink), .command(.nextLink), .open)
        #expect(h.leftOver.last == .openURL("https://city.example/minutes"))
        h.send(.command(.previousLink), .openLink)
        #expect(h.leftOver.last == .openURL("https://city.example/plan"))
        // A line key leaves link selection: Enter then does nothing, o opens the page.
        h.send(.moveDown, .openLink)
        #expect(h.state.open?.linkCursor == nil)
        #expect(h.leftOver.last == .openURL("https://city.example/article"))
        #expect(!h.leftOver.contains { if case .openURL(let url) = $0 { return url.hasPrefix("javascript") } else { return false } })
    }

    @Test func theSelectedLinkIsHighlightedAndCarriesItsURL() throws {
        var h = opened()
        h.send(.command(.nextLink))
        let screen = h.screen()
        let area = try #require(h.state.layout.article)
        let y = try #require((area.y..<area.y + area.height).first { screen.rowText($0).contains("the plan[1]") })
        let x = try #require(screen.rowText(y).range(of: "the plan").map { screen.rowText(y).distance(from: screen.rowText(y).startIndex, to: $0.lowerBound) })
        #expect(screen[x, y].style.role == .selection)
        #expect(screen.link(x: x, y: y) == "https://city.example/plan")
        // The unsafe link's text is plain and no hyperlink.
        let unsafeX = try #require(screen.rowText(y).range(of: "run this").map { screen.rowText(y).distance(from: screen.rowText(y).startIndex, to: $0.lowerBound) })
        #expect(screen.link(x: unsafeX, y: y) == nil && screen[unsafeX, y].style.role == .normal)
    }

    @Test func aClickOnLinkTextSelectsIt() throws {
        var h = opened()
        let area = try #require(h.state.layout.article)
        let screen = h.screen()
        let y = try #require((area.y..<area.y + area.height).first { screen.rowText($0).contains("the plan[1]") })
        let x = try #require(screen.rowText(y).range(of: "plan[1]").map { screen.rowText(y).distance(from: screen.rowText(y).startIndex, to: $0.lowerBound) })
        h.send(.click(x: x, y: y))
        #expect(h.state.open?.linkCursor == 0)
    }

    @Test func noLinksSaysSo() {
        var h = Harness(FakeLibrary([Fixtures.storage]))
        h.send(.open, .command(.nextLink))
        #expect(h.state.status?.text == "This article has no links.")
    }
}
