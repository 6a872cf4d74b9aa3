import Foundation
import NewsroomCore
import Testing

/// The hostile samples (escape sequences, OSC title and clipboard writes, C1 controls, bidi
/// overrides, invalid UTF-8, wide and combining characters) opened in the real reader: what
/// reaches the terminal is harmless text that keeps the columns of the rest of the line.
@Suite(.serialized, .enabled(if: Reader.canRun, Comment(rawValue: Reader.skipMessage)))
struct ReaderHostileTests {
    /// Wide enough for the side-by-side layout, whose rule is a fixed column on every row.
    static let width = 160
    static let height = 40
    /// The split layout puts the rule between the panes at 40% of the width.
    static let ruleColumn = width * 40 / 100

    @Test func hostileSamplesInjectNothingAndShiftNoColumns() throws {
        let folder = try StoreTestFolder()
        let hostile = Reader.samples + "/hostile"
        let pane = try Reader.start([hostile], in: folder, width: Self.width, height: Self.height, recordOutput: true)
        defer { pane.close() }
        let titleBefore = try pane.title()
        try Reader.waitForList(pane)
        let count = try Reader.headlines(in: folder).count
        try #require(count >= 5)

        try check(pane, titleBefore: titleBefore, what: "the headline list")
        // Open every article in turn (n = next): title, body, contacts all on screen.
        try pane.sendKeys("Enter")
        try pane.waitFor("%")
        for index in 1..<count {
            try pane.sendKeys("n")
            try pane.waitFor("\(index + 1)/\(count)")
            try check(pane, titleBefore: titleBefore, what: "article \(index + 1)")
            try pane.sendKeys("End")
            try check(pane, titleBefore: titleBefore, what: "the end of article \(index + 1)")
        }
        try pane.sendKeys("q")
        #expect(try pane.waitForExit() == 0)
        #expect(TerminalSafety.leaks(inRawOutput: try pane.recordedOutput()) == [])
        #expect(try pane.pasteBuffers() == [], "an OSC 52 clipboard write got through")
    }

    /// No injected sequence in the screen, the title untouched, and the rule between the panes
    /// in the same column on every row (a width mistake in a hostile title would move it).
    private func check(_ pane: TmuxSession, titleBefore: String, what: String) throws {
        let screen = try pane.screenWithAttributes()
        #expect(TerminalSafety.leaks(inCapture: screen) == [], "in \(what)")
        #expect(try pane.title() == titleBefore, "the pane title changed in \(what)")
        let rows = Reader.rows(try pane.screen())
        for (number, row) in rows.enumerated() where number >= 2 && number < Self.height - 1 {
            guard let rule = row.firstIndex(of: "│") else {
                Issue.record("row \(number) of \(what) has no rule between the panes: \(row)")
                continue
            }
            #expect(DisplayWidth.of(String(row[..<rule])) == Self.ruleColumn, "row \(number) of \(what) is shifted: \(row)")
        }
    }
}
