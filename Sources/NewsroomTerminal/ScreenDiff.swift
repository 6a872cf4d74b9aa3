import NewsroomUI

/// A horizontal run of cells on one row that changed since the last frame.
public struct CellRun: Equatable, Hashable, Sendable {
    public var y: Int
    public var x: Int
    public var count: Int

    public init(y: Int, x: Int, count: Int) {
        self.y = y
        self.x = x
        self.count = count
    }
}

/// Which cells must be written to turn the last drawn frame into the next one. Pure, so the
/// "only changed cells" promise is unit tested and benchmarked without a terminal.
public enum ScreenDiff {
    /// Runs of changed cells, row by row, left to right. Everything when there is no previous
    /// frame or its size differs. A changed continuation cell pulls its wide glyph's first
    /// cell into the run: the glyph is drawn from its first cell, never from its second half.
    public static func changedRuns(from previous: ScreenBuffer?, to next: ScreenBuffer) -> [CellRun] {
        let width = next.width
        let height = next.height
        guard width > 0, height > 0 else { return [] }
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).map { CellRun(y: $0, x: 0, count: width) }
        }
        var runs: [CellRun] = []
        // A row whose links changed (same text, another URL, or a link gone) is sent whole:
        // the hyperlinks are written over what ncurses drew for it.
        var linkRows: Set<Int> = []
        if previous.linkRuns != next.linkRuns {
            for run in previous.linkRuns where !next.linkRuns.contains(run) { linkRows.insert(run.y) }
            for run in next.linkRuns where !previous.linkRuns.contains(run) { linkRows.insert(run.y) }
        }
        previous.cells.withUnsafeBufferPointer { old in
            next.cells.withUnsafeBufferPointer { new in
                guard let oldBase = old.baseAddress, let newBase = new.baseAddress else { return }
                let bytewise = cellIsBytewiseComparable
                for y in 0..<height {
                    if linkRows.contains(y) {
                        runs.append(CellRun(y: y, x: 0, count: width))
                        continue
                    }
                    let rowStart = y * width
                    var runStart = -1
                    for x in 0..<width {
                        let index = rowStart + x
                        var changed = !same(oldBase + index, newBase + index, bytewise: bytewise)
                        if !changed, x + 1 < width, new[index + 1].isContinuation, !same(oldBase + index + 1, newBase + index + 1, bytewise: bytewise) {
                            changed = true
                        }
                        if changed {
                            if runStart < 0 { runStart = x }
                        } else if runStart >= 0 {
                            runs.append(CellRun(y: y, x: runStart, count: x - runStart))
                            runStart = -1
                        }
                    }
                    if runStart >= 0 { runs.append(CellRun(y: y, x: runStart, count: width - runStart)) }
                }
            }
        }
        return runs
    }

    /// Cell equality, read in place: most cells of a frame are unchanged, and copying a cell
    /// out of the array to compare it retained and released its grapheme, and the style's
    /// `==` was a call into NewsroomUI (together 150 instructions a cell, 10 M of the reader's
    /// End/Home test; docs/startup-notes.md). Style and flag are compared as the bytes they
    /// are; graphemes first by their representation (the same bits: the same small string or
    /// the same storage, so equal), and only when those differ by their text.
    @inline(__always)
    static func same(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>, bytewise: Bool) -> Bool {
        let rawA = UnsafeRawPointer(a)
        let rawB = UnsafeRawPointer(b)
        if bytewise {
            if rawA.loadUnaligned(fromByteOffset: 16, as: UInt32.self) != rawB.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
                || rawA.load(fromByteOffset: 20, as: UInt8.self) != rawB.load(fromByteOffset: 20, as: UInt8.self) {
                return false
            }
            if rawA.loadUnaligned(as: UInt64.self) == rawB.loadUnaligned(as: UInt64.self),
               rawA.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == rawB.loadUnaligned(fromByteOffset: 8, as: UInt64.self) {
                return true
            }
        } else if a.pointee.style != b.pointee.style || a.pointee.isContinuation != b.pointee.isContinuation {
            return false
        }
        return a.pointee.grapheme == b.pointee.grapheme
    }

    /// True when a cell is laid out as `same` reads it bytewise: the grapheme's two words at
    /// 0, the style's four one-byte fields (role, bold, underline, reverse; no padding, so equal
    /// bytes are equal values) at 16, the continuation flag at 20.
    static let cellIsBytewiseComparable: Bool = MemoryLayout<String>.size == 16
        && MemoryLayout<Cell>.offset(of: \Cell.grapheme) == 0
        && MemoryLayout<Style>.size == 4
        && MemoryLayout<Cell>.offset(of: \Cell.style) == 16
        && MemoryLayout<Cell>.offset(of: \Cell.isContinuation) == 20

    /// A model of the bytes a terminal receives for `runs` of `buffer`: one cursor move
    /// (`ESC [ row ; col H`) per run, the UTF-8 of each drawn grapheme, and one attribute
    /// change (about 10 bytes of SGR) wherever the style differs from the previous cell of
    /// the run. ncurses optimises further; this is the upper-bound figure the benchmark prints.
    public static func estimatedOutputBytes(_ runs: [CellRun], of buffer: ScreenBuffer) -> Int {
        var bytes = 0
        for run in runs {
            bytes += 4 + decimalDigits(run.y + 1) + decimalDigits(run.x + 1)
            var lastStyle: Style? = nil
            for x in run.x..<(run.x + run.count) {
                let cell = buffer[x, run.y]
                if cell.isContinuation { continue }
                if cell.style != lastStyle {
                    bytes += 10
                    lastStyle = cell.style
                }
                bytes += cell.grapheme.utf8.count
            }
        }
        return bytes
    }

    private static func decimalDigits(_ value: Int) -> Int {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }
}
