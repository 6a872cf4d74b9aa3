import Testing
@testable import NewsroomUI

@Test func wideGlyphTakesTwoCells() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.put("日x", x: 0, y: 0)
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[2, 0].grapheme == "x")
}
