import NewsroomUI
import Testing
@testable import NewsroomTerminal

@Suite("Colours fitted to the terminal")
struct ColorDegradingTests {
    @Test("256-colour terminals take indexes as they are and true colours at the nearest cube entry")
    func twoHundredFiftySix() {
        #expect(ColorDegrading.number(for: .indexed(214), colorCount: 256) == 214)
        #expect(ColorDegrading.number(for: .rgb(0xff, 0x87, 0x00), colorCount: 256) == 208)
        #expect(ColorDegrading.number(for: .rgb(0x80, 0x80, 0x80), colorCount: 256) == 244)
        #expect(ColorDegrading.number(for: .terminalDefault, colorCount: 256) == -1)
    }

    @Test("8-colour terminals get the nearest ANSI colour, never a number they lack")
    func eight() {
        #expect(ColorDegrading.number(for: .rgb(0xff, 0x10, 0x10), colorCount: 8) == 1)
        #expect(ColorDegrading.number(for: .indexed(14), colorCount: 8) == 6, "bright cyan is cyan")
        #expect(ColorDegrading.number(for: .indexed(21), colorCount: 8) == 4, "cube blue is blue")
        for index in 0...255 {
            #expect((0..<8).contains(ColorDegrading.number(for: .indexed(UInt8(index)), colorCount: 8)))
        }
        #expect(ColorDegrading.number(for: .indexed(9), colorCount: 16) == 9)
    }

    @Test("direct-colour terminals get the RGB value itself")
    func direct() {
        #expect(ColorDegrading.number(for: .rgb(0x1d, 0x4f, 0x91), colorCount: 1 << 24) == 0x1d4f91)
        #expect(ColorDegrading.number(for: .indexed(3), colorCount: 1 << 24) == 3)
    }

    @Test("the overlay's SGR codes follow the same numbers")
    func sgr() {
        #expect(ColorDegrading.sgr(3, base: 30, colorCount: 8) == "33")
        #expect(ColorDegrading.sgr(12, base: 40, colorCount: 16) == "104")
        #expect(ColorDegrading.sgr(208, base: 30, colorCount: 256) == "38;5;208")
        #expect(ColorDegrading.sgr(0x1d4f91, base: 48 - 8, colorCount: 1 << 24) == "48;2;29;79;145")
    }

    @Test("a configured look replaces the role's in colour, not in monochrome")
    func overriding() {
        let looks: [StyleRole: Look] = [.kicker: Look(.indexed(200), on: .terminalDefault, .underline)]
        #expect(Theme.standard(.color, colorCount: 256).overriding(looks).look(for: .kicker) == looks[.kicker])
        #expect(Theme.standard(.color).overriding(looks).look(for: .title) == Theme.standard(.color).look(for: .title))
        #expect(Theme.standard(.monochrome).overriding(looks) == Theme.standard(.monochrome))
    }
}
