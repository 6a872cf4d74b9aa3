#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsroomUI

/// One string call to ncurses: set `style`, move to (`x`, `y`), add the wide characters
/// `characters` of `FrameText.characters` (a spacing character, then its combining marks,
/// cell after cell). The cursor's own advance puts each glyph in its cell.
public struct StyledPiece: Equatable, Sendable {
    public var y: Int
    public var x: Int
    public var style: Style
    public var characters: Range<Int>
    /// The glyph that ends in the window's bottom-right corner, with combining marks: a string
    /// call stops at that corner (the cursor cannot advance, ncurses returns ERR) before its
    /// marks, so the backend writes it as one complex character instead.
    public var isCornerGlyph: Bool
}

/// What the backend hands ncurses for the changed runs of one frame: runs of cells with the same
/// style become one piece (one attribute change, one string call) instead of one `setcchar` and
/// `mvwadd_wch` per cell, which cost about 2,400 instructions a cell and made a full-screen
/// change (End, PgDn) 3-4 ms (docs/startup-notes.md). Each cell's characters are the ones
/// `GlyphPlan` decides, so wide glyphs, combining marks and the sanitizer's guarantees are
/// those of the per-cell path. Pure (the width function is injected), so tests check it
/// without a terminal; `fill` reuses its arrays from frame to frame.
public struct FrameText: Equatable, Sendable {
    public private(set) var characters: [wchar_t] = []
    public private(set) var pieces: [StyledPiece] = []

    public init() {}

    /// Builds the pieces for `runs` of `buffer` on a window of `windowColumns` x `windowRows`.
    /// `blanksLookAlike(a, b)`: a space in style `b` may be drawn in style `a` (and a piece of
    /// spaces in `a` may take style `b`) because no one can see the difference
    /// (`Theme.blanksLookAlike`); fewer pieces, fewer attribute changes.
    public static func make(buffer: ScreenBuffer, runs: [CellRun], windowColumns: Int, windowRows: Int,
                            width: (Unicode.Scalar) -> Int,
                            blanksLookAlike: (Style, Style) -> Bool = { $0 == $1 }) -> FrameText {
        var text = FrameText()
        text.fill(buffer: buffer, runs: runs, windowColumns: windowColumns, windowRows: windowRows, width: width,
                  blanksLookAlike: blanksLookAlike)
        return text
    }

    public mutating func fill(buffer: ScreenBuffer, runs: [CellRun], windowColumns: Int, windowRows: Int,
                              width: (Unicode.Scalar) -> Int,
                              blanksLookAlike: (Style, Style) -> Bool = { $0 == $1 }) {
        characters.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
        onlyBlanksOpen = false
        let bufferWidth = buffer.width
        buffer.cells.withUnsafeBufferPointer { cells in
            for run in runs where run.y < windowRows && run.y < buffer.height {
                let rowStart = run.y * bufferWidth
                // The column where the open piece's cursor stands; a cell elsewhere starts a piece.
                var cursor = -1
                let end = min(run.x + run.count, windowColumns, bufferWidth)
                guard run.x >= 0, run.x < end else { continue }
                for x in run.x..<end {
                    let cell = cells[rowStart + x]
                    if cell.isContinuation {
                        // Its wide glyph (or the glyph's padding) covers it, unless it has no glyph before it.
                        if x > 0, !cells[rowStart + x - 1].isContinuation { continue }
                        append(" ", style: cell.style, x: x, y: run.y, cursor: &cursor, blanksLookAlike)
                        cursor += 1
                        continue
                    }
                    let cellColumns = x + 1 < bufferWidth && cells[rowStart + x + 1].isContinuation ? 2 : 1
                    // Most cells hold one printable ASCII character: GlyphPlan would send it as it is.
                    if cellColumns == 1, let byte = Self.printableASCII(cell.grapheme) {
                        append(Unicode.Scalar(byte), style: cell.style, x: x, y: run.y, cursor: &cursor, blanksLookAlike)
                        cursor += 1
                        continue
                    }
                    let plan = GlyphPlan.make(grapheme: cell.grapheme, cellColumns: cellColumns,
                                              available: windowColumns - x, width: width)
                    guard let base = plan.scalars.first else { continue }
                    let isCorner = plan.scalars.count > 1 && run.y == windowRows - 1 && x + plan.columns == windowColumns
                    if isCorner { cursor = -1 }
                    append(base, style: cell.style, x: x, y: run.y, cursor: &cursor, blanksLookAlike)
                    for mark in plan.scalars.dropFirst() { characters.append(wchar_t(bitPattern: mark.value)) }
                    pieces[pieces.count - 1].characters = pieces[pieces.count - 1].characters.lowerBound..<characters.count
                    pieces[pieces.count - 1].isCornerGlyph = isCorner
                    cursor += plan.columns
                    if plan.padsContinuation, x + 1 < windowColumns {
                        append(" ", style: cell.style, x: x + 1, y: run.y, cursor: &cursor, blanksLookAlike)
                        cursor += 1
                    }
                }
            }
        }
    }

    /// Adds one spacing character at column `x`: to the open piece when it has the same style
    /// and its cursor stands at `x`, else as the start of a new piece.
    private mutating func append(_ scalar: Unicode.Scalar, style: Style, x: Int, y: Int, cursor: inout Int,
                                 _ blanksLookAlike: (Style, Style) -> Bool) {
        characters.append(wchar_t(bitPattern: scalar.value))
        if cursor == x, let last = pieces.last, !last.isCornerGlyph {
            if last.style == style || (scalar == " " && blanksLookAlike(last.style, style)) {
                pieces[pieces.count - 1].characters = last.characters.lowerBound..<characters.count
                if scalar != " " { onlyBlanksOpen = false }
                return
            }
            if onlyBlanksOpen, blanksLookAlike(last.style, style) {
                // The open piece is spaces only: it takes this text's style.
                pieces[pieces.count - 1].style = style
                pieces[pieces.count - 1].characters = last.characters.lowerBound..<characters.count
                onlyBlanksOpen = false
                return
            }
        }
        pieces.append(StyledPiece(y: y, x: x, style: style, characters: (characters.count - 1)..<characters.count,
                                  isCornerGlyph: false))
        cursor = x
        onlyBlanksOpen = scalar == " "
    }
    /// The open piece holds spaces only (so far).
    private var onlyBlanksOpen = false

    /// The byte of a grapheme that is one printable ASCII character (space to tilde).
    @inline(__always)
    static func printableASCII(_ grapheme: String) -> UInt8? {
        let utf8 = grapheme.utf8
        guard utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F else { return nil }
        return byte
    }
}
