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

    @Test func dates() {
        #expect(DateText.long(Fixtures.date()).hasPrefix("Monday 22 January 2024, 15:32 (UTC"))
        #expect(DateText.short(Fixtures.date(daysBefore: 22)) == "31.12.23")
        let march = Timestamp(secondsSince1970: CivilTime(year: 2024, month: 3, day: 3, hour: 8, minute: 5).secondsSince1970AsUTC, utcOffsetSeconds: 0)
        #expect(DateText.long(march) == "Sunday 3 March 2024, 08:05 (UTC)")
    }

    @Test func contactBlockIsABoxOfItsOwn() {
        let row = HeadlineRow(id: 1, shortID: "a", title: Fixtures.heatNetwork.title)
        let lines = ArticleLines(article: Fixtures.heatNetwork, row: row, width: 50)
        let texts = lines.lines.map { $0.segments.map(\.text).joined() }
        let top = try! #require(texts.firstIndex { $0.hasPrefix("┌ Editor ") })
        #expect(texts[top].hasSuffix("┐") && DisplayWidth.of(texts[top]) == 50)
        #expect(texts[top + 1] == "│ " + TextFit.pad("Lena Hofmann", width: 46) + " │")
        #expect(texts[top + 2].contains("Redakteurin Stadtwerke"))
        #expect(texts[top + 3].contains("Phone +49 (0) 30 5550 1234"))
        #expect(texts[top + 4].contains("Fax +49 (0) 30 5550 1299"))
        #expect(texts[top + 5].contains("l.hofmann@rundschau.example"))
        #expect(texts[top + 6].contains("eMail · LinkedIn"))
        #expect(texts[top + 7].hasPrefix("└") && texts[top + 7].hasSuffix("┘"))
        #expect(texts.contains("© 2026 Haldenauer Medien GmbH"))
        #expect(texts.contains("Monday 22 January 2024, 15:32 (UTC+01:00)"))
    }
}
