import Testing
@testable import NewsroomCore

@Test func sanitizerRemovesEscape() {
    #expect(!Sanitizer.display("a\u{1B}[31mb").unicodeScalars.contains("\u{1B}"))
}
