import NewsroomCore
import Testing
@testable import NewsroomUI

@Suite struct SafetyAndResizeTests {
    /// Scalars that must never reach a cell: C0, DEL, C1, bidi controls, line separators.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
            return true
        default:
            return false
        }
    }

    static func assertClean(_ buffer: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                #expect(!cell.grapheme.unicodeScalars.contains(where: isForbidden), "cell \(x),\(y)", sourceLocation: sourceLocation)
                if !cell.isContinuation {
                    #expect(DisplayWidth.of(cell.grapheme) <= 2, sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// Display width of a row as the terminal will draw it: each drawn cell's glyph.
    static func drawnWidth(_ buffer: ScreenBuffer, row y: Int) -> Int {
        (0..<buffer.width).reduce(0) { sum, x in
            let cell = buffer[x, y]
            return sum + (cell.isContinuation ? 0 : max(1, DisplayWidth.of(cell.grapheme)))
        }
    }

    @Test func hostileTitlesAreHarmlessAndDoNotShiftColumns() throws {
        var bidi = Fixtures.hostile
        bidi.title = "Wahl\u{202E}gnuldnemmatS\u{2066}x\u{2069}\u{9B}31m\u{7F} OSC \u{1B}]52;c;SGFjaw==\u{1B}\\ Ende"
        bidi.section = "Pol\u{1B}[1mitik"
        let library = FakeLibrary([Fixtures.heatNetwork, bidi, Fixtures.hostile, Fixtures.cjk, Fixtures.emoji])
        for width in [120, 80, 40] {
            var h = Harness(library, width: width, height: 24)
            let screen = h.screen()
            Self.assertClean(screen)
            // The date and title columns start at the same cell on every row.
            let list = try #require(h.state.layout.list)
            let titleColumn = width >= 44 ? 3 + 9 + min(14, (list.width - 1) / 5) + 1 : 12
            for offset in 0..<5 {
                let y = list.y + offset
                #expect(screen[5, y].grapheme == "." && screen[8, y].grapheme == ".", "date at columns 3-10 in row \(y) at width \(width)")
                #expect(screen[titleColumn - 1, y].grapheme == " ", "title column \(titleColumn) at width \(width)")
                #expect(Self.drawnWidth(screen, row: y) == width)
            }
            if let rule = h.state.layout.ruleX {
                for y in 2..<(24 - 1) { #expect(screen[rule, y].grapheme == "│") }
            }
            h.send(.moveDown, .open)
            Self.assertClean(h.screen())
        }
    }

    @Test func escapeSequencesBecomeVisiblePlaceholders() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        buffer.put("\u{1B}[2Jab", x: 0, y: 0)
        #expect(buffer.rowText(0).hasPrefix("\u{241B}[2Jab"))
    }

    @Test func everySizeFrom200x60DownTo1x1RendersWithinItsWidth() {
        let library = FakeLibrary(Fixtures.all + Fixtures.many(300), bookmarked: [1, 3])
        var reading = Harness(library, width: 200, height: 60)
        reading.send(.moveDown, .moveDown, .open, .pageDown)
        var browsing = Harness(library, width: 200, height: 60)
        browsing.send(.bottom)
        var helping = Harness(library, width: 200, height: 60)
        helping.send(.toggleHelp)
        var sizes: [(Int, Int)] = []
        var width = 200, height = 60
        while width > 1 || height > 1 {
            sizes.append((width, height))
            width = max(1, width - 7)
            height = max(1, height - 3)
        }
        sizes += [(1, 1), (0, 0), (1, 60), (200, 1), (19, 5), (20, 5), (99, 30), (100, 30), (2, 2)]
        for (w, h) in sizes {
            for harness in [reading, browsing, helping] {
                var state = harness.state
                _ = reduce(&state, .resize(width: w, height: h))
                let screen = render(state)
                #expect(screen.width == w && screen.height == h)
                for y in 0..<screen.height {
                    #expect(Self.drawnWidth(screen, row: y) == w, "row \(y) at \(w)x\(h)")
                }
                if let open = state.open, state.layout.mode != .tooSmall {
                    #expect(open.lines.width == state.layout.articleWidth)
                    #expect(open.lines.lines.allSatisfy { line in
                        line.segments.reduce(0) { $0 + DisplayWidth.of($1.text) } <= open.lines.width
                    })
                }
                // Selection stays on screen at every size.
                if state.layout.list != nil && state.view == .headlines {
                    #expect(state.headlineCursor.selection >= state.headlineCursor.scroll && state.headlineCursor.selection < state.headlineCursor.scroll + state.layout.listHeight)
                }
            }
        }
        var tiny = AppState(width: 1, height: 1)
        _ = reduce(&tiny, .resize(width: 1, height: 1))
        #expect(render(tiny).rowText(0) == "…")
    }
}
