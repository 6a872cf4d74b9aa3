import Testing
@testable import NewsroomUI

/// `put` draws single-column text (ASCII, Latin) by a fast path of its own. A trailing soft
/// hyphen (zero columns, never drawn) sends the same text down the general path: both must
/// leave the same cells, links and end column, clipped or not, over wide glyphs or not.
@Suite struct ScreenBufferPutTests {
    static let texts = ["Stadtwerke Köln meldet Grüße aus Ærø", "x", "", "  leading spaces", "ÿʼn~"]

    @Test(arguments: [(-3, nil), (0, nil), (5, nil), (18, nil), (2, Rect(x: 4, y: 0, width: 9, height: 2)),
                      (6, Rect(x: 0, y: 1, width: 30, height: 1)), (25, Rect(x: 20, y: 1, width: 3, height: 1))]
          as [(Int, Rect?)])
    func theFastPathLeavesWhatTheGeneralPathLeaves(x: Int, clip: Rect?) {
        for text in Self.texts {
            var fast = Self.bufferWithWideGlyphs()
            var general = Self.bufferWithWideGlyphs()
            let fastEnd = fast.put(text, x: x, y: 1, style: Style(.kicker), clip: clip, link: "https://example.org/a")
            let generalEnd = general.put(text + "\u{AD}", x: x, y: 1, style: Style(.kicker), clip: clip, link: "https://example.org/a")
            #expect(fastEnd == generalEnd, "\(text) at \(x)")
            #expect(fast == general, "\(text) at \(x)")
        }
    }

    @Test func singleColumnTextTakesOneCellPerScalar() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let end = buffer.put("Grüße", x: 1, y: 0)
        #expect(end == 6)
        #expect(buffer.rowText(0) == " Grüße    ")
        #expect(buffer[2, 0].grapheme == "r" && buffer[3, 0].grapheme == "ü")
    }

    @Test(arguments: [(0, 24), (-5, 10), (20, 10), (3, 1), (30, 4), (2, 0)] as [(Int, Int)])
    func aHorizontalLineLeavesWhatPuttingItsGlyphsLeaves(x: Int, count: Int) {
        var line = Self.bufferWithWideGlyphs()
        var put = Self.bufferWithWideGlyphs()
        line.horizontalLine(x: x, y: 1, count: count)
        if count > 0 { put.put(String(repeating: "─", count: count), x: x, y: 1, style: Style(.border)) }
        #expect(line == put)
    }

    /// A row with wide glyphs that the text overwrites partly: halves must be blanked alike.
    static func bufferWithWideGlyphs() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 24, height: 2)
        buffer.put("日本語のニュース速報です", x: 0, y: 1)
        return buffer
    }
}
