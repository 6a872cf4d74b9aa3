import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

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
        report(message)
        return ExitCode(code)
    }

    /// Writes one sanitized line `newsroom: MESSAGE` to stderr.
    static func report(_ message: String) {
        StandardStreams.writeError("newsroom: " + Sanitizer.display(message) + "\n")
    }

    /// `reporting` for a body that awaits (fetches).
    static func reporting(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch {
            try reporting { throw error }
        }
    }

    /// Runs a command body, turning any error into the one-line report and exit status 1.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let exit as ExitCode {
            throw exit
        } catch let error as StoreError {
            report(error.description)
            throw ExitCode.failure
        } catch {
            report(String(describing: error))
            throw ExitCode.failure
        }
    }
}

/// A command's own refusal (not a store error), e.g. "b659d143 is not bookmarked".
struct CommandMessage: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
