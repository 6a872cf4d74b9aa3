#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The column count for plain-text output: the terminal's width when stdout is a terminal,
/// otherwise 80 (pipes and files get a stable layout).
enum TerminalWidth {
    static let fallback = 80

    static func ofStandardOutput() -> Int {
        guard isatty(STDOUT_FILENO) == 1 else { return fallback }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return fallback }
        return Int(size.ws_col)
    }
}
