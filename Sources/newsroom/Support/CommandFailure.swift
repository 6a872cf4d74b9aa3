import ArgumentParser
import NewsroomCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way a command reports a failure: one line `newsroom: MESSAGE` on stderr
/// (sanitized: file names and reasons may quote input) and an exit code, never a stack trace.
///
///     throw CommandFailure.fail(file: path, reason: error.description, code: 2)
enum CommandFailure {
    /// Exit code for a missing or unreadable file (or another access problem).
    static let unreadable: Int32 = 1
    /// Exit code for input that was read but is not acceptable (empty, binary, no title, ...).
    static let badInput: Int32 = 2

    /// Prints `newsroom: FILE: REASON` and returns the ExitCode to throw from `run()`.
    static func fail(file: String, reason: String, code: Int32) -> ExitCode {
        fail("\(file): \(reason)", code: code)
    }

    /// Prints `newsroom: MESSAGE` and returns the ExitCode to throw from `run()`.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        printError(message)
        return ExitCode(code)
    }

    /// Writes one sanitized line to stderr.
    static func printError(_ message: String) {
        let line = "newsroom: " + Sanitizer.display(message) + "\n"
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(STDERR_FILENO, base + offset, raw.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
