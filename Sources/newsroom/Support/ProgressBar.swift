import Foundation
import NewsroomApp
#if canImport(Glibc)
import Glibc
#endif

/// `[#########           ] 45/100 feeds` on stderr, redrawn in place, only when stderr is a
/// terminal (a pipe or log file gets just the summary).
final class ProgressBar: Sendable {
    let enabled: Bool

    init() {
        enabled = isatty(STDERR_FILENO) == 1
    }

    func show(_ progress: ReloadProgress) {
        guard enabled, progress.total > 0 else { return }
        let width = 30
        let filled = progress.done * width / progress.total
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        StandardStreams.writeError("\r[\(bar)] \(progress.done)/\(progress.total) feeds")
    }

    /// Clears the bar's line so the summary starts on a clean line.
    func finish() {
        guard enabled else { return }
        StandardStreams.writeError("\r\u{1B}[K")
    }
}
