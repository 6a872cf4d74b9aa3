import NewsroomCore

/// One terminal cell: one grapheme cluster and its style.
/// A wide glyph (2 columns) lives in its first cell; the cell after it is a continuation
/// (`isContinuation`) that the backend never draws.
public struct Cell: Equatable, Hashable, Sendable {
    public var grapheme: String
    public var style: Style
    public var isContinuation: Bool

    public init(_ grapheme: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

public struct Rect: Equatable, Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// A grid of cells that widgets draw into. The only way text gets in is `put`, which passes
/// it through the `Sanitizer` and measures it with `DisplayWidth`: nothing raw reaches a cell,
/// and writes outside the buffer (or the clip rect) are dropped, never a crash.
public struct ScreenBuffer: Equatable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]
    /// Where web links (checked with `WebLink.isOpenable`) are drawn, in drawing order: a
    /// backend that can makes their text OSC 8 hyperlinks. Kept beside the cells, not in
    /// them: a URL in every cell made frames half again as costly to build and copy
    /// (measured: 350 -> 410-530 µs a key in `newsroom-bench ui`).
    public private(set) var linkRuns: [LinkRun] = []

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// The web link drawn at (x, y), if any.
    public func link(x: Int, y: Int) -> String? {
        linkRuns.last { $0.y == y && x >= $0.x && x < $0.x + $0.count }?.url
    }

    /// The link runs on row `y`, left to right.
    public func linkRuns(onRow y: Int) -> [LinkRun] {
        linkRuns.filter { $0.y == y }.sorted { $0.x < $1.x }
    }

    /// Forgets the links under columns `x..<end` of row `y` (text drawn over them).
    private mutating func clearLinks(y: Int, x: Int, end: Int) {
        guard !linkRuns.isEmpty else { return }
        linkRuns.removeAll { $0.y == y && $0.x < end && x < $0.x + $0.count }
    }

    /// Writes `text` starting at (x, y), clipped to `clip` (default: the whole buffer).
    /// Returns the column after the last written cell.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil, link: String? = nil) -> Int {
        let area = clip ?? Rect(x: 0, y: 0, width: width, height: height)
        guard y >= area.y, y < area.y + area.height, y >= 0, y < height else { return x }
        let right = min(area.x + area.width, width)
        var column = x
        // Single-column text (most Latin headlines) is drawn scalar by scalar: no sanitizing
        // to do (none of its scalars is a control) and no clusters to break or measure.
        // The same cells as the loop below; it was most of a list frame's cost (callgrind).
        if DisplayWidth.isSingleColumn(text) {
            for scalar in text.unicodeScalars {
                if column + 1 > right { break }
                if column >= area.x && column >= 0 { setCell(Cell(Self.graphemeString(scalar), style: style), x: column, y: y) }
                column += 1
            }
            return finishPut(x: x, column: column, y: y, area: area, link: link)
        }
        for character in Sanitizer.display(text) {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }  // zero-width clusters stay attached to nothing
            if column + columns > right { break }
            if column >= area.x && column >= 0 {
                setCell(Cell(String(character), style: style), x: column, y: y)
                if columns == 2 {
                    setCell(Cell("", style: style, isContinuation: true), x: column + 1, y: y)
                }
            }
            column += columns
        }
        return finishPut(x: x, column: column, y: y, area: area, link: link)
    }

    /// One scalar as a cell's grapheme; ASCII from a table (making a String per cell was a
    /// third of the fast path's cost).
    private static func graphemeString(_ scalar: Unicode.Scalar) -> String {
        scalar.value < 0x80 ? asciiGraphemes[Int(scalar.value)] : String(Character(scalar))
    }

    private static let asciiGraphemes: [String] = (0..<0x80).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    /// The links part of `put`, once the text's cells `x..<column` are written.
    private mutating func finishPut(x: Int, column: Int, y: Int, area: Rect, link: String?) -> Int {
        let start = max(x, area.x, 0)
        if column > start {
            clearLinks(y: y, x: start, end: column)
            if let link, WebLink.isOpenable(link) {
                linkRuns.append(LinkRun(y: y, x: start, count: column - start, url: link))
            }
        }
        return column
    }

    /// Fills a rectangle with one grapheme (a space clears it).
    public mutating func fill(_ rect: Rect, grapheme: String = " ", style: Style = .plain) {
        let top = max(0, rect.y), bottom = min(height, rect.y + rect.height)
        let left = max(0, rect.x), right = min(width, rect.x + rect.width)
        guard top < bottom, left < right else { return }
        for row in top..<bottom {
            clearLinks(y: row, x: left, end: right)
            for column in left..<right {
                setCell(Cell(grapheme, style: style), x: column, y: row)
            }
        }
    }

    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let index = y * width + x
        // Overwriting half of a wide glyph blanks its other half so no column shifts.
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if x + 1 < width, !cell.isContinuation, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Draws `count` copies of a one-column glyph (box drawing) from (x, y) to the right.
    /// A one-column glyph is set cell by cell: `put` of a whole row of "─" broke it into
    /// clusters one by one, a tenth of a frame's render (callgrind).
    public mutating func horizontalLine(x: Int, y: Int, count: Int, glyph: String = "─", style: Style = Style(.border)) {
        guard count > 0 else { return }
        let glyph = Sanitizer.display(glyph)
        guard glyph.count == 1, DisplayWidth.of(glyph) == 1 else {
            put(String(repeating: glyph, count: count), x: x, y: y, style: style)
            return
        }
        let left = max(0, x), right = min(width, x + count)
        guard y >= 0, y < height, left < right else { return }
        clearLinks(y: y, x: left, end: right)
        for column in left..<right { setCell(Cell(glyph, style: style), x: column, y: y) }
    }

    /// Draws a one-column glyph (box drawing) from (x, y) downwards, `count` rows.
    public mutating func verticalLine(x: Int, y: Int, count: Int, glyph: String = "│", style: Style = Style(.border)) {
        guard count > 0 else { return }
        for row in y..<(y + count) { put(glyph, x: x, y: row, style: style) }
    }

    /// Sets the style of every cell in `rect` (text kept): selection bars, status lines.
    public mutating func restyle(_ rect: Rect, style: Style) {
        let top = max(0, rect.y), bottom = min(height, rect.y + rect.height)
        let left = max(0, rect.x), right = min(width, rect.x + rect.width)
        guard top < bottom, left < right else { return }
        for row in top..<bottom {
            for column in left..<right { cells[row * width + column].style = style }
        }
    }

    /// The text of one row, for tests and golden files (continuations omitted).
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].grapheme }
        return line
    }
}

/// Columns `x..<x + count` of row `y` show the text of a link to `url`.
public struct LinkRun: Equatable, Hashable, Sendable {
    public var y: Int
    public var x: Int
    public var count: Int
    public var url: String

    public init(y: Int, x: Int, count: Int, url: String) {
        self.y = y
        self.x = x
        self.count = count
        self.url = url
    }
}
