import NewsroomTerminal
import NewsroomUI

/// The terminal backend's share of a key press, without a terminal: diffing two 120x40 frames
/// (ScreenDiff) for a Down press (the selection moves: two rows restyled) and for a full change,
/// and the bytes the diff would send by ScreenDiff's byte model. The real bytes and latency
/// through a terminal are measured by scripts/bench-reader.sh.
func runTerminalBenchmark() throws {
    let width = 120
    let height = 40
    let base = headlineFrame(width: width, height: height, selected: 5, seed: 0)
    let down = headlineFrame(width: width, height: height, selected: 6, seed: 0)
    let other = headlineFrame(width: width, height: height, selected: 20, seed: 7)

    for (name, next) in [("Down (selection moves one row)", down), ("full change", other)] {
        let iterations = 2_000
        var runCount = 0
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<iterations { runCount &+= ScreenDiff.changedRuns(from: base, to: next).count }
        }
        let runs = ScreenDiff.changedRuns(from: base, to: next)
        let cells = runs.reduce(0) { $0 + $1.count }
        let bytes = ScreenDiff.estimatedOutputBytes(runs, of: next)
        let perDiff = elapsed / iterations
        print("diff \(width)x\(height), \(name): \(microseconds(perDiff)) µs per diff, \(runs.count) runs, \(cells) cells, ~\(bytes) bytes to write (checksum \(runCount))")
    }
    let firstFrame = ScreenDiff.estimatedOutputBytes(ScreenDiff.changedRuns(from: nil, to: base), of: base)
    print("first frame \(width)x\(height): ~\(firstFrame) bytes to write")
}

/// A frame shaped like the reader's headline list: a status bar, rows of date, section and
/// title (some CJK), one selected row.
private func headlineFrame(width: Int, height: Int, selected: Int, seed: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    let sections = ["Stadtwerke", "Gas", "Handel", "Politik", "国際", "Kultur"]
    let titles = ["Haldenau plant ein neues Wärmenetz bis 2030", "Speicher melden Füllstand über Plan",
                  "Netzentgelte sinken im Frühjahr deutlich", "東京で新しい発電所が稼働", "Bürgerversammlung zur Energiewende"]
    buffer.put(" Newsroom · all sources", x: 0, y: 0, style: Style(.statusBar))
    for row in 1..<(height - 1) {
        let index = row + seed
        let style = row == selected ? Style(.selection) : Style(.normal)
        buffer.fill(Rect(x: 0, y: row, width: width, height: 1), style: style)
        let line = "\(index % 2 == 0 ? "●" : " ") \(10 + index % 18).01.  \(sections[index % sections.count])  \(titles[index % titles.count]) #\(index)"
        buffer.put(line, x: 0, y: row, style: style)
    }
    buffer.put(" ↑↓ select  ⏎ read  b bookmark  / filter  ? help  q quit", x: 0, y: height - 1, style: Style(.statusBar))
    return buffer
}

private func microseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let value = Double(seconds) * 1_000_000 + Double(attoseconds) / 1_000_000_000_000
    return String(Int((value * 100).rounded())) .withDecimal(places: 2)
}

private extension String {
    /// "1234" with places 2 -> "12.34" (no Foundation formatting needed).
    func withDecimal(places: Int) -> String {
        let padded = String(repeating: "0", count: max(0, places + 1 - count)) + self
        return String(padded.dropLast(places)) + "." + String(padded.suffix(places))
    }
}
