import NewsroomApp
import NewsroomCore
import NewsroomUI

/// Key-to-frame cost through the reader runtime itself (key map, reduce, effects, render,
/// draw), on a backend that replays keys and times from each key to the frame it caused;
/// work that waits for the frame (read-ahead pages, counts) is not in the figure, as on a
/// real terminal. Must be the same at 1,000 and 100,000 articles.
func runRuntimeBenchmark() throws {
    for size in [1_000, 100_000] {
        var line = "runtime: \(size) articles, 120x40:"
        for (name, key) in [("Down", Key.down), ("PgDn", .pageDown), ("End/Home", .end)] {
            // End alone would stay at the end; End and Home take turns.
            let keys = (0..<301).map { index in key == .end && index % 2 == 1 ? Key.home : key }
            let backend = ReplayBackend(keys: keys)
            ReaderRuntime(backend: backend, library: BenchLibrary(count: size)).run()
            let samples = backend.samples.sorted()
            line += " \(name) \(Int(samples[samples.count / 2].rounded())) µs"
        }
        print(line + " (median of 301: key -> frame drawn)")
    }
}

/// Replays `keys`, then quits; times each key to the next frame.
private final class ReplayBackend: TerminalBackend {
    let size = (width: 120, height: 40)
    private var keys: [Key]
    private let clock = ContinuousClock()
    private var keyTime: ContinuousClock.Instant?
    private(set) var samples: [Double] = []

    init(keys: [Key]) {
        self.keys = keys.reversed()
    }

    func draw(_ buffer: ScreenBuffer) {
        guard let started = keyTime else { return }
        let elapsed = clock.now - started
        samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
        keyTime = nil
    }

    func readKey(timeoutMilliseconds: Int?) -> Key? {
        let key = keys.popLast() ?? .character("q")
        keyTime = keys.isEmpty && key == .character("q") ? nil : clock.now
        return key
    }

    func suspended<T>(_ body: () throws -> T) rethrows -> T { try body() }
}
