@testable import NewsroomCore
import Testing

/// The bounded length check gives `count < limit` (in Characters) without counting it all.
@Suite struct HTMLTeaserLengthTests {
    @Test func boundedCountEqualsCount() {
        let pieces = ["a", "é", "e\u{301}", "🇩🇪", "👩‍👩‍👧", "北", " ", "\r\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...120, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for limit in [0, 1, 89, 90, 99, 100] {
                #expect(HTMLTeaser.hasFewerCharacters(text, than: limit) == (text.count < limit), "\(text.count) \(limit)")
            }
        }
    }

    @Test func bylinesAndDatesAreShortBlocks() {
        #expect(HTMLTeaser.isDateOrByline("By Jane Doe"))
        #expect(HTMLTeaser.isDateOrByline("Von Max Muster"))
        #expect(!HTMLTeaser.isDateOrByline("By " + String(repeating: "long text ", count: 12)))
        #expect(!HTMLTeaser.isDateOrByline("Bypass roads reopen"))
    }
}
