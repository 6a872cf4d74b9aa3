#if canImport(Glibc)
import Glibc
#endif
import NewsroomCore
import NewsroomUI
import Testing
@testable import NewsroomTerminal

@Suite("Frame text")
struct FrameTextTests {
    static let width = GlyphPlanTests.width

    func text(_ buffer: ScreenBuffer, runs: [CellRun]? = nil, columns: Int? = nil, rows: Int? = nil) -> FrameText {
        FrameText.make(buffer: buffer, runs: runs ?? ScreenDiff.changedRuns(from: nil, to: buffer),
                       windowColumns: columns ?? buffer.width, windowRows: rows ?? buffer.height, width: Self.width)
    }

    func string(_ text: FrameText, _ piece: StyledPiece) -> String {
        var out = ""
        for character in text.characters[piece.characters] {
            out.unicodeScalars.append(Unicode.Scalar(UInt32(bitPattern: character))!)
        }
        return out
    }

    @Test("a changed row of one style is one string call, not one call per cell")
    func oneRowOneCall() {
        var before = ScreenBuffer(width: 40, height: 5)
        before.put("Headline one", x: 0, y: 2)
        var after = before
        after.put("Headline two", x: 0, y: 2)
        let runs = ScreenDiff.changedRuns(from: before, to: after)
        let frame = text(after, runs: runs)
        #expect(frame.pieces == [StyledPiece(y: 2, x: 9, style: .plain, characters: 0..<3, isCornerGlyph: false)])
        let row = text(after, runs: [CellRun(y: 2, x: 0, count: 40)])
        #expect(row.pieces.count == 1)
        #expect(string(row, row.pieces[0]) == "Headline two" + String(repeating: " ", count: 28))
    }

    @Test("a style change starts a new piece; the full screen takes one piece per styled stretch")
    func pieceByStyle() {
        var buffer = ScreenBuffer(width: 20, height: 2)
        buffer.put("Title", x: 0, y: 0, style: Style(.title))
        buffer.put("rest", x: 6, y: 0)
        let frame = text(buffer)
        #expect(frame.pieces.map { [$0.y, $0.x] } == [[0, 0], [0, 5], [1, 0]])
        #expect(string(frame, frame.pieces[0]) == "Title")
        #expect(frame.pieces[0].style == Style(.title))
        #expect(string(frame, frame.pieces[1]) == " rest" + String(repeating: " ", count: 10))
    }

    @Test("wide glyphs advance two columns, combining marks follow their base, a narrow flag is padded")
    func glyphs() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        buffer.put("日e\u{301}🇩🇪x", x: 0, y: 0)
        let frame = text(buffer)
        #expect(frame.pieces.count == 1)
        // 🇩🇪 is one regional indicator wide (1) in two cells: the second cell gets a blank.
        #expect(string(frame, frame.pieces[0]) == "日e\u{301}\u{1F1E9} x" + String(repeating: " ", count: 6))
    }

    @Test("the bottom-right glyph with a combining mark is written as one complex character")
    func cornerGlyph() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.put("abce\u{301}", x: 0, y: 1)
        let frame = text(buffer)
        #expect(frame.pieces.last == StyledPiece(y: 1, x: 3, style: .plain, characters: (frame.characters.count - 2)..<frame.characters.count,
                                                 isCornerGlyph: true))
        #expect(frame.pieces.filter(\.isCornerGlyph).count == 1)
        // The same glyph one row up is an ordinary part of its row's piece.
        var upper = ScreenBuffer(width: 4, height: 2)
        upper.put("abce\u{301}", x: 0, y: 0)
        #expect(text(upper).pieces.allSatisfy { !$0.isCornerGlyph })
    }

    /// The per-cell path the pieces replace: for each drawn cell, the column, style and scalars
    /// that `GlyphPlan` gives it (with the padding blank of a narrow glyph in two cells).
    func cellByCell(_ buffer: ScreenBuffer, runs: [CellRun], columns: Int, rows: Int) -> [Int: (Style, [Unicode.Scalar])] {
        var cells: [Int: (Style, [Unicode.Scalar])] = [:]
        for run in runs where run.y < rows && run.x < columns {
            for x in run.x..<min(run.x + run.count, columns) {
                let cell = buffer[x, run.y]
                let key = run.y * 1000 + x
                if cell.isContinuation {
                    if x > 0, !buffer[x - 1, run.y].isContinuation { continue }
                    cells[key] = (cell.style, [" "])
                    continue
                }
                let cellColumns = x + 1 < buffer.width && buffer[x + 1, run.y].isContinuation ? 2 : 1
                let plan = GlyphPlan.make(grapheme: cell.grapheme, cellColumns: cellColumns, available: columns - x, width: Self.width)
                guard !plan.scalars.isEmpty else { continue }
                cells[key] = (cell.style, plan.scalars)
                if plan.padsContinuation, x + 1 < columns { cells[key + 1] = (cell.style, [" "]) }
            }
        }
        return cells
    }

    /// Replays the pieces as ncurses does: each spacing character at the cursor, which then
    /// advances by its width; a zero-width character joins the cell before it.
    func replay(_ frame: FrameText) -> [Int: (Style, [Unicode.Scalar])] {
        var cells: [Int: (Style, [Unicode.Scalar])] = [:]
        for piece in frame.pieces {
            var x = piece.x
            var last = -1
            for character in frame.characters[piece.characters] {
                let scalar = Unicode.Scalar(UInt32(bitPattern: character))!
                if Self.width(scalar) == 0, last >= 0 {
                    cells[last]!.1.append(scalar)
                    continue
                }
                last = piece.y * 1000 + x
                cells[last] = (piece.style, [scalar])
                x += max(1, Self.width(scalar))
            }
        }
        return cells
    }

    /// Random frames of narrow, wide, combining, flag, joiner and control-laden text in random
    /// styles, diffed against random edits: the pieces put exactly the per-cell path's
    /// characters in exactly its cells.
    @Test("the pieces draw what the per-cell path drew, for many random frames")
    func sameAsCellByCell() {
        var generator = SystemRandomNumberGenerator()
        let words = ["plain", "日本語", "e\u{301}\u{302}", "🇩🇪", "👩\u{200D}💻", "a\u{7}b", "\u{E000}x", "Ärger", "  ", "字"]
        let styles = [Style.plain, Style(.title), Style(.selection, bold: true), Style(.link, underline: true)]
        for _ in 0..<300 {
            let width = Int.random(in: 1...30, using: &generator)
            let height = Int.random(in: 1...4, using: &generator)
            func randomFrame() -> ScreenBuffer {
                var buffer = ScreenBuffer(width: width, height: height)
                for _ in 0..<Int.random(in: 0...8, using: &generator) {
                    buffer.put(words.randomElement(using: &generator)!, x: Int.random(in: 0..<width, using: &generator),
                               y: Int.random(in: 0..<height, using: &generator), style: styles.randomElement(using: &generator)!)
                }
                return buffer
            }
            let before = randomFrame()
            var after = before
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                after.put(words.randomElement(using: &generator)!, x: Int.random(in: 0..<width, using: &generator),
                          y: Int.random(in: 0..<height, using: &generator), style: styles.randomElement(using: &generator)!)
            }
            let runs = Bool.random(using: &generator) ? ScreenDiff.changedRuns(from: before, to: after)
                                                      : ScreenDiff.changedRuns(from: nil, to: after)
            let columns = Bool.random(using: &generator) ? width : Int.random(in: 1...width, using: &generator)
            let frame = text(after, runs: runs, columns: columns, rows: height)
            let expected = cellByCell(after, runs: runs, columns: columns, rows: height)
            let drawn = replay(frame)
            #expect(drawn.keys.sorted() == expected.keys.sorted())
            for (key, cell) in expected {
                #expect(drawn[key]?.0 == cell.0 && drawn[key]?.1 == cell.1, "cell \(key) of \(after.cells.map(\.grapheme))")
            }
        }
    }
}
