#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every command's output and error lines. Unbuffered: a line is out before the next
/// statement runs (the crash tests rely on "printed" meaning "committed and visible"), and
/// stderr never interleaves mid-line. Straight to write(2): `FileHandle.write` copied the
/// text into a `Data` and stopped the program with a trap and a stack trace when the write
/// failed (`newsroom list > /dev/full`).
enum StandardStreams {
    /// Output the user asked for. When it cannot be written (a full disk, a closed pipe)
    /// the command stops with one line on stderr and exit 1, as `ls > /dev/full` does: a
    /// listing cut short must not look complete.
    static func write(_ text: String) {
        if let failure = writeAll(text, to: STDOUT_FILENO) {
            _ = writeAll("newsroom: cannot write the output: \(failure)\n", to: STDERR_FILENO)
            exit(1)
        }
    }

    /// Errors and progress; when even these cannot be written there is nowhere left to say so.
    static func writeError(_ text: String) {
        _ = writeAll(text, to: STDERR_FILENO)
    }

    /// All of the text, however many writes it takes (a pipe takes 64 KB at a time); the
    /// system's reason when a write fails, else nil.
    private static func writeAll(_ text: String, to descriptor: Int32) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return written < 0 ? String(cString: strerror(errno)) : "nothing was written"
                }
            }
            return nil
        }
    }
}

/// write(2) by a name the enum's own `write` does not hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
