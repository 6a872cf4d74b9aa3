import NewsroomCore
import NewsroomUI
import Testing
@testable import NewsroomTerminal

/// Blanks drawn in the style of the text beside them, where the theme says no one can see
/// the difference: fewer pieces (attribute changes), the same characters, and every visible
/// character still in its own style.
@Suite struct FrameTextBlankMergeTests {
    /// A headline row as the list draws it: markers, date, label, title, in five styles.
    static func headlineRow(selected: Bool = false) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: 60, height: 1)
        if selected { buffer.fill(Rect(x: 0, y: 0, width: 60, height: 1), style: Style(.selection, reverse: true)) }
        func style(_ base: Style) -> Style { selected ? Style(.selection, bold: base.bold, reverse: true) : base }
        buffer.put("●", x: 0, y: 0, style: style(Style(.unread)))
        buffer.put(" ", x: 1, y: 0, style: style(Style(.bookmark)))
        buffer.put("28.12.25", x: 3, y: 0, style: style(Style(.dim)))
        buffer.put("Netze     ", x: 12, y: 0, style: style(Style(.kicker)))
        buffer.put("Bench article 000000", x: 23, y: 0, style: style(Style(.normal, bold: true)))
        return buffer
    }

    func frame(_ buffer: ScreenBuffer, theme: Theme?) -> FrameText {
        let runs = [CellRun(y: 0, x: 0, count: buffer.width)]
        guard let theme else {
            return FrameText.make(buffer: buffer, runs: runs, windowColumns: buffer.width, windowRows: 1, width: FrameTextTests.width)
        }
        return FrameText.make(buffer: buffer, runs: runs, windowColumns: buffer.width, windowRows: 1, width: FrameTextTests.width,
                              blanksLookAlike: { theme.blanksLookAlike($0, $1) })
    }

    @Test(arguments: [ColorMode.color, .monochrome])
    func aHeadlineRowTakesFourPiecesInsteadOfNineAndLooksTheSame(mode: ColorMode) {
        let theme = Theme.standard(mode)
        let buffer = Self.headlineRow()
        let plain = frame(buffer, theme: nil)
        let merged = frame(buffer, theme: theme)
        #expect(plain.pieces.count == 9)  // the row's end is blank in the plain style
        #expect(merged.pieces.count == 4)
        #expect(merged.characters == plain.characters)
        // Each cell is drawn in its own style, or (a blank) in one that looks alike.
        for piece in merged.pieces {
            for (offset, index) in piece.characters.enumerated() {
                let cell = buffer[piece.x + offset, 0]
                if merged.characters[index] == 0x20 {
                    #expect(theme.blanksLookAlike(piece.style, cell.style))
                } else {
                    #expect(cell.style == piece.style, "column \(piece.x + offset)")
                }
            }
        }
    }

    @Test func aSelectedRowIsOnePieceOfItsOwnAndReverseIsNeverMergedWithPlain() {
        let theme = Theme.standard(.color)
        let merged = frame(Self.headlineRow(selected: true), theme: theme)
        #expect(merged.pieces.allSatisfy { $0.style.reverse })
        #expect(!theme.blanksLookAlike(Style(.normal), Style(.normal, reverse: true)))
        #expect(!theme.blanksLookAlike(Style(.normal), Style(.normal, underline: true)))
        #expect(theme.blanksLookAlike(Style(.dim), Style(.kicker, bold: true)))
    }
}
