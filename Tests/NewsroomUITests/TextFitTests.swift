import NewsroomCore
import Testing
@testable import NewsroomUI

@Suite struct TextFitTests {
    @Test func truncateCutsByDisplayWidthWithAnEllipsis() {
        #expect(TextFit.truncate("Wärmenetz", width: 20) == "Wärmenetz")
        #expect(TextFit.truncate("Wärmenetz", width: 5) == "Wärm…")
        #expect(TextFit.truncate("日本語の記事", width: 6) == "日本…")
        #expect(TextFit.truncate("日本語の記事", width: 5) == "日本…")
        #expect(TextFit.truncate("abc", width: 0) == "")
        #expect(DisplayWidth.of(TextFit.truncate("日本語", width: 4)) <= 4)
    }

    @Test func padFillsToTheExactWidth() {
        #expect(TextFit.pad("ab", width: 4) == "ab  ")
        #expect(DisplayWidth.of(TextFit.pad("日本語の記事", width: 5)) == 5)
        #expect(TextFit.pad("\u{1B}x", width: 3) == "\u{241B}x ")
    }

    @Test func germanDates() {
        #expect(GermanDateFormat.long(Fixtures.date()) == "Montag, 22. Januar 2024, 15:32 Uhr")
        #expect(GermanDateFormat.short(Fixtures.date(daysBefore: 22)) == "31.12.23")
        let march = Timestamp(secondsSince1970: CivilTime(year: 2024, month: 3, day: 3, hour: 8, minute: 5).secondsSince1970AsUTC, utcOffsetSeconds: 0)
        #expect(GermanDateFormat.long(march) == "Sonntag, 3. März 2024, 08:05 Uhr")
    }

    @Test func contactBlockIsABoxOfItsOwn() {
        let row = HeadlineRow(id: 1, shortID: "a", title: Fixtures.heatNetwork.title)
        let lines = ArticleLines(article: Fixtures.heatNetwork, row: row, width: 50)
        let texts = lines.lines.map { $0.segments.map(\.text).joined() }
        let top = try! #require(texts.firstIndex { $0.hasPrefix("┌ Editor ") })
        #expect(texts[top].hasSuffix("┐") && DisplayWidth.of(texts[top]) == 50)
        #expect(texts[top + 1] == "│ " + TextFit.pad("Lena Hofmann", width: 46) + " │")
        #expect(texts[top + 2].contains("Redakteurin Stadtwerke"))
        #expect(texts[top + 3].contains("Tel. +49 (0) 30 5550 1234"))
        #expect(texts[top + 4].contains("Fax +49 (0) 30 5550 1299"))
        #expect(texts[top + 5].contains("l.hofmann@rundschau.example"))
        #expect(texts[top + 6].contains("eMail · LinkedIn"))
        #expect(texts[top + 7].hasPrefix("└") && texts[top + 7].hasSuffix("┘"))
        #expect(texts.contains("© 2026 Haldenauer Medien GmbH"))
        #expect(texts.contains("Montag, 22. Januar 2024, 15:32 Uhr"))
    }
}
