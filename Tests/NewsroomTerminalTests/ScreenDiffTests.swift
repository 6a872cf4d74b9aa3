import NewsroomCore
import NewsroomUI
import Testing
@testable import NewsroomTerminal

@Suite("Screen diff")
struct ScreenDiffTests {
    func sample(width: Int = 20, height: Int = 5) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.put("Headline one", x: 0, y: 0, style: Style(.title))
        buffer.put("日本語 text", x: 2, y: 2)
        return buffer
    }

    @Test("the first frame and a size change redraw every row")
    func fullRedraw() {
        let next = sample()
        let everyRow = (0..<5).map { CellRun(y: $0, x: 0, count: 20) }
        #expect(ScreenDiff.changedRuns(from: nil, to: next) == everyRow)
        #expect(ScreenDiff.changedRuns(from: sample(width: 21), to: next) == everyRow)
    }

    @Test("an unchanged frame writes nothing")
    func unchanged() {
        #expect(ScreenDiff.changedRuns(from: sample(), to: sample()).isEmpty)
    }

    /// The diff compares graphemes by their bits first: two separately built copies of a long
    /// grapheme (stored on the heap, so different bits) must still count as unchanged, and a
    /// different one of the same length as changed.
    @Test("equal graphemes in different storage are unchanged, different ones changed")
    func graphemeStorage() {
        let marks = String(repeating: "\u{301}", count: 9)  // 19 UTF-8 bytes: not a small string
        var before = ScreenBuffer(width: 10, height: 1)
        before.put("e" + marks, x: 3, y: 0)
        var after = ScreenBuffer(width: 10, height: 1)
        after.put(String("e" + marks), x: 3, y: 0)
        #expect(before[3, 0].grapheme.utf8.count > 15)
        #expect(ScreenDiff.changedRuns(from: before, to: after).isEmpty)
        var other = ScreenBuffer(width: 10, height: 1)
        other.put("a" + marks, x: 3, y: 0)
        #expect(ScreenDiff.changedRuns(from: before, to: other) == [CellRun(y: 0, x: 3, count: 1)])
    }

    @Test("one changed cell is one run of one cell")
    func oneCell() {
        var next = sample()
        next.put("X", x: 7, y: 3)
        #expect(ScreenDiff.changedRuns(from: sample(), to: next) == [CellRun(y: 3, x: 7, count: 1)])
    }

    @Test("a style change alone is a change")
    func styleOnly() {
        var next = sample()
        next.put("Headline", x: 0, y: 0, style: Style(.selection))
        #expect(ScreenDiff.changedRuns(from: sample(), to: next) == [CellRun(y: 0, x: 0, count: 8)])
    }

    @Test("separate changes on a row are separate runs")
    func separateRuns() {
        var next = sample()
        next.put("a", x: 1, y: 4)
        next.put("bc", x: 10, y: 4)
        #expect(ScreenDiff.changedRuns(from: sample(), to: next) == [CellRun(y: 4, x: 1, count: 1), CellRun(y: 4, x: 10, count: 2)])
    }

    @Test("replacing a wide glyph redraws both of its cells")
    func wideGlyph() {
        var next = sample()
        next.put("ab", x: 2, y: 2)  // over 日, which took columns 2 and 3
        #expect(ScreenDiff.changedRuns(from: sample(), to: next) == [CellRun(y: 2, x: 2, count: 2)])
    }

    /// Random edits (wide and narrow text, styles) to a base frame: the runs must cover every
    /// changed cell, never start on a continuation, and stay in order without overlapping.
    @Test("runs cover exactly the changes, for many random edits")
    func randomEdits() {
        var random = SplitMix64(seed: 0x5EED)
        let pieces = ["a", "Wärme", "日本", "😀x", "🇩🇪", " ", "ß—", "界"]
        let roles = StyleRole.allCases
        for _ in 0..<300 {
            let previous = sample()
            var next = previous
            for _ in 0..<Int(random.next() % 4) {
                let text = pieces[Int(random.next() % UInt64(pieces.count))]
                let role = roles[Int(random.next() % UInt64(roles.count))]
                next.put(text, x: Int(random.next() % 22) - 1, y: Int(random.next() % 5), style: Style(role))
            }
            let runs = ScreenDiff.changedRuns(from: previous, to: next)
            var covered = Set<Int>()
            var lastEnd = -1
            for run in runs {
                #expect(run.count > 0)
                #expect(!next[run.x, run.y].isContinuation, "run starts on half of a wide glyph")
                let start = run.y * next.width + run.x
                #expect(start > lastEnd)
                lastEnd = start + run.count - 1
                for x in run.x..<(run.x + run.count) { covered.insert(run.y * next.width + x) }
            }
            for index in next.cells.indices where next.cells[index] != previous.cells[index] {
                #expect(covered.contains(index), "changed cell \(index) not redrawn")
            }
        }
    }

    @Test("the byte model counts a cursor move, one style change and the text")
    func byteModel() {
        var next = ScreenBuffer(width: 10, height: 2)
        next.put("ab", x: 0, y: 0)
        // ESC [ 1 ; 1 H (6) + one SGR (10) + "ab" (2)
        #expect(ScreenDiff.estimatedOutputBytes([CellRun(y: 0, x: 0, count: 2)], of: next) == 18)
        next.put("日", x: 0, y: 1)
        // ESC [ 2 ; 1 H (6) + SGR (10) + 3 bytes of UTF-8; the continuation costs nothing
        #expect(ScreenDiff.estimatedOutputBytes([CellRun(y: 1, x: 0, count: 2)], of: next) == 19)
    }
}

