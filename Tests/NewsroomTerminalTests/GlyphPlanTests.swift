import Testing
@testable import NewsroomTerminal

@Suite("Glyph plan")
struct GlyphPlanTests {
    /// A wcwidth stand-in with the values glibc gives in a UTF-8 locale.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return -1
        case 0x0300...0x036F, 0x200D, 0xFE0E, 0xFE0F: return 0
        case 0x1F1E6...0x1F1FF: return 1  // regional indicators
        case 0x3000...0x9FFF, 0x1F300...0x1F64F: return 2
        case 0xE000: return -1  // stands for a scalar the locale cannot print
        default: return 1
        }
    }

    func plan(_ grapheme: String, columns: Int = 1, available: Int = 80) -> GlyphPlan {
        GlyphPlan.make(grapheme: grapheme, cellColumns: columns, available: available, width: Self.width)
    }

    @Test("a narrow character is drawn as it is")
    func narrow() {
        #expect(plan("a") == GlyphPlan(scalars: ["a"], columns: 1, padsContinuation: false))
    }

    @Test("a wide character covers its continuation cell")
    func wide() {
        #expect(plan("日", columns: 2) == GlyphPlan(scalars: ["日"], columns: 2, padsContinuation: false))
    }

    @Test("combining marks travel with their base")
    func combining() {
        #expect(plan("e\u{301}\u{308}").scalars == ["e", "\u{301}", "\u{308}"])
    }

    @Test("at most five scalars per cell, as ncurses stores them")
    func cappedMarks() {
        let grapheme = "a" + String(repeating: "\u{301}", count: 8)
        #expect(plan(grapheme).scalars.count == GlyphPlan.maximumScalars)
    }

    @Test("a ZWJ sequence keeps its first emoji only, so the terminal cannot widen it")
    func zwjSequence() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        #expect(plan(family, columns: 2) == GlyphPlan(scalars: ["\u{1F468}"], columns: 2, padsContinuation: false))
    }

    @Test("a flag that the locale measures as one column pads its second cell")
    func flag() {
        #expect(plan("🇩🇪", columns: 2) == GlyphPlan(scalars: ["🇩"], columns: 1, padsContinuation: true))
    }

    @Test("variation selectors are dropped and a narrow base pads")
    func variationSelector() {
        #expect(plan("\u{2764}\u{FE0F}", columns: 2) == GlyphPlan(scalars: ["\u{2764}"], columns: 1, padsContinuation: true))
    }

    @Test("control characters never reach ncurses", arguments: ["\u{1B}", "\u{07}", "\u{7F}", "\u{9B}", "\u{9D}", "\u{202E}", "\u{2066}"])
    func controls(grapheme: String) {
        #expect(plan(grapheme).scalars == [GlyphPlan.replacement])
    }

    @Test("a control hidden after a base character is not sent either")
    func trailingControl() {
        let scalars = plan("a\u{1B}").scalars
        #expect(!scalars.contains { GlyphPlan.isForbidden($0) })
    }

    @Test("a glyph wider than the buffer reserved becomes one replacement character")
    func tooWide() {
        #expect(plan("日", columns: 1) == GlyphPlan(scalars: [GlyphPlan.replacement], columns: 1, padsContinuation: false))
    }

    @Test("a glyph the locale cannot print becomes a replacement character")
    func unprintable() {
        #expect(plan("\u{E000}", columns: 2) == GlyphPlan(scalars: [GlyphPlan.replacement], columns: 1, padsContinuation: true))
    }

    @Test("an empty grapheme is a blank")
    func empty() {
        #expect(plan("").scalars == [" "])
    }

    @Test("a wide glyph cut by the right edge becomes a blank; nothing is drawn past the edge")
    func rightEdge() {
        #expect(plan("日", columns: 2, available: 1) == GlyphPlan(scalars: [" "], columns: 1, padsContinuation: false))
        #expect(plan("a", available: 0).scalars.isEmpty)
    }
}
