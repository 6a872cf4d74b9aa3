import ArgumentParser
import Foundation
import NewsroomCore
import NewsroomStore

/// How commands report failure: one line on stderr, `newsroom: ` and a sanitized message
/// (it may quote a file name or a title), then a non-zero exit. Never a stack trace.
enum CommandFailure {
    static func report(_ message: String) {
        StandardStreams.writeError("newsroom: " + Sanitizer.display(message) + "\n")
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

/// Unbuffered writes: a line is out before the next statement runs (the crash tests rely on
/// "printed" meaning "committed and visible"), and stderr never interleaves mid-line.
enum StandardStreams {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
