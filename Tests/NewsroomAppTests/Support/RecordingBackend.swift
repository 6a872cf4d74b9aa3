import Foundation
import NewsroomUI

/// A terminal for tests: keys come from a script, frames are kept as text. A `waitFor` step
/// lets the reader's key waits time out (as a real terminal's do when nobody types) until the
/// last frame shows the text; a reader that would wait for a key forever meanwhile, or text
/// that never shows, ends the run with a problem recorded instead of hanging.
final class RecordingBackend: TerminalBackend {
    enum Step {
        case key(Key)
        case waitFor(String)
        /// Something the test does between keys (release a held feed, change the library).
        case run(() -> Void)
    }

    let size: (width: Int, height: Int)
    private var steps: [Step]
    /// Every frame drawn, as its rows of text.
    private(set) var frames: [[String]] = []
    /// `frame`, `suspend` and `resume`, in order.
    private(set) var log: [String] = []
    private(set) var problems: [String] = []
    private var waitingSince: ContinuousClock.Instant?
    /// Generous: a feed reload runs on the shared task threads (two on a two-core machine),
    /// which the terminal tests running beside these ones hold while they wait for tmux.
    static let waitLimit = Duration.seconds(90)

    init(width: Int = 100, height: Int = 30, _ steps: [Step]) {
        size = (width, height)
        self.steps = steps
    }

    /// The last frame, rows joined by newlines.
    var screen: String { frames.last?.joined(separator: "\n") ?? "" }

    func draw(_ buffer: ScreenBuffer) {
        frames.append((0..<buffer.height).map { buffer.rowText($0) })
        log.append("frame")
    }

    func readKey(timeoutMilliseconds: Int?) -> Key? {
        while let step = steps.first {
            switch step {
            case .run(let body):
                steps.removeFirst()
                body()
            case .key(let key):
                steps.removeFirst()
                return key
            case .waitFor(let text):
                if screen.contains(text) {
                    steps.removeFirst()
                    waitingSince = nil
                    continue
                }
                guard let timeout = timeoutMilliseconds else {
                    return giveUp("waiting for “\(text)”, but the reader waits for a key with no timeout")
                }
                let clock = ContinuousClock()
                let since = waitingSince ?? clock.now
                waitingSince = since
                if clock.now - since > Self.waitLimit { return giveUp("“\(text)” never showed") }
                // Stands in for the terminal's wait (shortened: nobody types in a test).
                Thread.sleep(forTimeInterval: Double(min(timeout, 5)) / 1000)
                return nil
            }
        }
        return giveUp("the reader asked for a key after the script ended")
    }

    func suspended<T>(_ body: () throws -> T) rethrows -> T {
        log.append("suspend")
        defer { log.append("resume") }
        return try body()
    }

    private func giveUp(_ problem: String) -> Key {
        problems.append(problem + "; last screen:\n" + screen)
        steps = []
        return .character("q")
    }
}
