import Testing
import NewsroomCore

@Suite struct DisplayWidthColumnsTests {
    @Test(arguments: [
        ("Zeitung", 10, "Zeitung"), ("Zeitung", 7, "Zeitung"), ("Zeitung", 6, "Zeitu…"),
        ("Zeitung", 1, "…"), ("Zeitung", 0, ""), ("Zeitung", -3, ""), ("\u{AD}", 0, "\u{AD}"),
        ("日本語", 6, "日本語"), ("日本語", 5, "日本…"), ("日本語", 4, "日…"), ("日本語", 2, "…"),
        ("👩‍👩‍👧‍👦👩‍👩‍👧‍👦", 3, "👩‍👩‍👧‍👦…"), ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
    ])
    func truncateKeepsWholeClustersAndAddsTheEllipsis(text: String, width: Int, expected: String) {
        let result = DisplayWidth.truncate(text, toWidth: width)
        #expect(result == expected)
        #expect(DisplayWidth.of(result) <= max(width, 0))
    }

    @Test func truncateWithALongEllipsisThatDoesNotFitCutsWithoutIt() {
        #expect(DisplayWidth.truncate("abcdef", toWidth: 4, ellipsis: "...") == "a...")
        #expect(DisplayWidth.truncate("abcdef", toWidth: 2, ellipsis: "...") == "ab")
        #expect(DisplayWidth.truncate("日本語", toWidth: 1, ellipsis: "...") == "")
    }

    @Test func padFillsToTheExactWidth() {
        #expect(DisplayWidth.pad("ab", toWidth: 5) == "ab   ")
        #expect(DisplayWidth.pad("ab", toWidth: 5, alignment: .trailing) == "   ab")
        #expect(DisplayWidth.pad("日本", toWidth: 5) == "日本 ")
        #expect(DisplayWidth.pad("toolong", toWidth: 3) == "toolong")
        #expect(DisplayWidth.pad("", toWidth: 0) == "")
    }

    @Test func truncateThenPadGivesAFixedWidthCell() {
        for width in 0...8 {
            let cell = DisplayWidth.pad(DisplayWidth.truncate("日本語ab", toWidth: width), toWidth: width)
            #expect(DisplayWidth.of(cell) == width)
        }
    }
}
