import NewsroomCore
import Testing
@testable import NewsroomUI

/// The three layouts, the layout key, the split share and the reading width (issue 14).
@Suite struct LayoutTests {
    static let sixty = Fixtures.sixtyColumns.title

    func opened(width: Int, height: Int, _ choice: ReaderSettings.LayoutChoice = .automatic,
                split: Int = 40, readingWidth: Int = 80) -> Harness {
        let settings = ReaderSettings(layout: choice, splitPercent: split, readingWidth: readingWidth)
        var h = Harness(FakeLibrary(Fixtures.layouts), width: width, height: height, settings: settings)
        h.send(.open)
        return h
    }

    @Test func autoIsStackedBelow160ColumnsAndSideBySideFromThere() {
        #expect(Layout(width: 120, height: 40, focus: .article, hasArticle: true).mode == .stacked)
        #expect(Layout(width: 159, height: 40, focus: .article, hasArticle: true).mode == .stacked)
        #expect(Layout(width: 160, height: 40, focus: .article, hasArticle: true).mode == .sideBySide)
        #expect(Layout(width: 200, height: 60, focus: .article, hasArticle: true).mode == .sideBySide)
        // Too low for two panes: one at a time.
        #expect(Layout(width: 80, height: 24, focus: .article, hasArticle: true).mode == .single)
    }

    @Test func aSixtyCharacterHeadlineShowsWholeAt120x40InEveryLayout() throws {
        for choice in [ReaderSettings.LayoutChoice.automatic, .sideBySide, .stacked, .single] {
            var h = opened(width: 120, height: 40, choice)
            #expect(h.state.open != nil)
            // One pane shows the list when it has the keys; the others show it beside the article.
            if h.state.layout.mode == .single { h.send(.back) }
            let list = try #require(h.state.layout.list, "\(choice)")
            let screen = h.screen()
            let shown = (list.y..<(list.y + list.height)).contains { y in
                screen.rowText(y).prefix(list.width).contains(Self.sixty)
            }
            #expect(shown, "\(choice): the whole headline in the list")
        }
    }

    @Test func sideBySideGivesTheListARowForAReadableHeadlineAndTheRestToTheArticle() throws {
        let h = opened(width: 120, height: 40, .sideBySide)
        #expect(h.state.layout.mode == .sideBySide)
        let list = try #require(h.state.layout.list)
        #expect(list.width == Layout.sideBySideListWidth)
        let article = try #require(h.state.layout.article)
        #expect(article.x + article.width <= 120 && article.width >= Layout.minimumArticleWidth)
        // The share decides once it is more than the minimum.
        let wide = opened(width: 200, height: 60, .sideBySide, split: 50)
        #expect(wide.state.layout.list?.width == 100)
    }

    @Test func stackedPutsTheListAboveTheArticleWithItsShareOfTheRows() throws {
        let h = opened(width: 120, height: 40, .stacked, split: 25)
        let list = try #require(h.state.layout.list)
        let article = try #require(h.state.layout.article)
        #expect(list.height == 37 * 25 / 100 && list.width == 120)
        #expect(h.state.layout.ruleY == list.y + list.height && article.y == list.y + list.height + 1)
        #expect(article.y + article.height == 39)
        // Without an article the list has the whole height.
        let closed = Harness(FakeLibrary(Fixtures.layouts), width: 120, height: 40, settings: ReaderSettings(layout: .stacked))
        #expect(closed.state.layout.list?.height == 37 && closed.state.layout.article == nil)
    }

    @Test func theBodyWrapsAtTheReadingWidthHoweverWideThePaneAndTheEditorBoxLinesUp() throws {
        for (width, height) in [(200, 60), (120, 40)] {
            let h = opened(width: width, height: height)
            let reading = try #require(h.state.open)
            #expect(reading.lines.width == 80, "\(width)x\(height)")
            for line in reading.lines.lines { #expect(DisplayWidth.of(line.text) <= 80) }
            let box = try #require(reading.lines.lines.first { $0.text.hasPrefix("┌ Editor") })
            #expect(DisplayWidth.of(box.text) == 80, "the box spans the text column")
        }
        let narrow = opened(width: 200, height: 60, readingWidth: 50)
        #expect(narrow.state.open?.lines.width == 50)
        // A pane narrower than the reading width wraps at the pane.
        #expect(opened(width: 60, height: 20).state.open?.lines.width == 58)
    }

    @Test func theLayoutKeyCyclesSideBySideStackedOnePaneAndRewraps() throws {
        var h = opened(width: 200, height: 60, readingWidth: 400)
        #expect(h.state.layout.mode == .sideBySide)
        let sideWidth = try #require(h.state.open?.lines.width)
        h.send(.cycleLayout)
        #expect(h.state.layout.mode == .stacked && h.state.settings.layout == .stacked)
        #expect(h.state.status?.text == "Layout: stacked (list above the article)")
        #expect(h.state.open?.lines.width == 198 && sideWidth != 198)
        h.send(.cycleLayout)
        #expect(h.state.layout.mode == .single)
        h.send(.cycleLayout)
        #expect(h.state.layout.mode == .sideBySide && h.state.open?.lines.width == sideWidth)
    }

    @Test func theLayoutKeySkipsSideBySideWhereItDoesNotFit() {
        var h = opened(width: 80, height: 30)
        #expect(h.state.layout.mode == .stacked)
        h.send(.cycleLayout)
        #expect(h.state.layout.mode == .single)
        h.send(.cycleLayout)
        #expect(h.state.layout.mode == .stacked, "side by side needs \(Layout.sideBySideListWidth + 3 + Layout.minimumArticleWidth) columns")
    }

    @Test func stackedKeepsTheSelectedHeadlineInViewWhenTheArticleOpens() {
        var h = Harness(FakeLibrary(Fixtures.many(200)), width: 120, height: 40, settings: ReaderSettings(layout: .stacked))
        for _ in 0..<30 { h.send(.moveDown) }
        h.send(.open)
        let cursor = h.state.headlineCursor
        #expect(cursor.selection >= cursor.scroll && cursor.selection < cursor.scroll + h.state.layout.listHeight)
    }
}
