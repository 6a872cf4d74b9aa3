/// Fits a theme colour to the terminal at hand: a true colour on a direct-colour terminal
/// (COLORS of 2^24, e.g. TERM=xterm-direct) is sent as it is; elsewhere every colour becomes
/// the nearest one the terminal has: the xterm cube and greys on 256 colours, the 16 or 8
/// ANSI colours below that. So a configuration written for a 256-colour terminal still reads
/// on the Linux console, never as an invalid colour number.
public enum ColorDegrading {
    static let directColorCount = 1 << 24

    public static func number(for color: TerminalColor, colorCount: Int) -> Int32 {
        switch color {
        case .terminalDefault:
            return -1
        case .indexed(let index):
            if colorCount >= directColorCount {
                // Direct-colour terminfo reads numbers below 8 as the ANSI colours and every
                // other number as 0xRRGGBB, so palette entries past 7 go by their RGB value.
                if index < 8 { return Int32(index) }
                let (r, g, b) = rgb(ofIndex: index)
                return packed(r, g, b)
            }
            if Int(index) < colorCount { return Int32(index) }
            let (r, g, b) = rgb(ofIndex: index)
            return nearest(r, g, b, colorCount: colorCount)
        case .rgb(let r, let g, let b):
            if colorCount >= directColorCount { return max(8, packed(r, g, b)) }
            return nearest(r, g, b, colorCount: colorCount)
        }
    }

    /// The SGR parameters that select `number` as a foreground (`base` 30) or background
    /// (`base` 40) colour, for text written beside ncurses (the hyperlink overlay).
    public static func sgr(_ number: Int32, base: Int, colorCount: Int) -> String {
        if colorCount >= directColorCount, number >= 8 {
            return "\(base + 8);2;\((number >> 16) & 0xFF);\((number >> 8) & 0xFF);\(number & 0xFF)"
        }
        switch number {
        case 0..<8: return "\(base + Int(number))"
        case 8..<16: return "\(base + 60 + Int(number) - 8)"
        default: return "\(base + 8);5;\(number)"
        }
    }

    static func packed(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int32 {
        Int32(r) << 16 | Int32(g) << 8 | Int32(b)
    }

    /// xterm's default palette: the 16 ANSI colours, the 6x6x6 cube, 24 greys.
    static func rgb(ofIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
        let ansi: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return ansi[Int(index)] }
        if index >= 232 {
            let level = UInt8(8 + 10 * Int(index - 232))
            return (level, level, level)
        }
        let cube = Int(index) - 16
        func level(_ step: Int) -> UInt8 { step == 0 ? 0 : UInt8(55 + 40 * step) }
        return (level(cube / 36), level(cube / 6 % 6), level(cube % 6))
    }

    /// The nearest palette entry: among the cube and greys (16-255) on 256 colours, which
    /// leaves the user's own 16 colours alone; among the first 16 or 8 below that.
    static func nearest(_ r: UInt8, _ g: UInt8, _ b: UInt8, colorCount: Int) -> Int32 {
        let candidates: ClosedRange<Int> = colorCount >= 256 ? 16...255 : 0...(colorCount >= 16 ? 15 : 7)
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let (pr, pg, pb) = rgb(ofIndex: UInt8(index))
            let dr = Int(pr) - Int(r), dg = Int(pg) - Int(g), db = Int(pb) - Int(b)
            let distance = dr * dr + dg * dg + db * db
            if distance < bestDistance {
                bestDistance = distance
                best = index
            }
        }
        return Int32(best)
    }
}
