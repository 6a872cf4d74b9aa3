#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsroomUI

/// Per-frame timings for `make bench`, written only when `NEWSROOM_TRACE_FILE` names a file:
///
///     first-frame REALTIME_NS        wall clock when the first full frame was on the terminal
///     unread-count REALTIME_NS       ... and when the header had its unread count
///     frame KEY MICROSECONDS         key received -> reduce, effects, render, draw, doupdate done
///     page OFFSET MICROSECONDS       one page of headlines read from the library (within a frame)
///
/// The benchmark subtracts the moment it started the process from REALTIME_NS, and reads the
/// per-key figures that tmux polling is too coarse to see. Off, it costs one nil check.
public final class FrameTrace {
    private let descriptor: Int32

    public init?(environment: [String: String]) {
        guard let path = environment["NEWSROOM_TRACE_FILE"], !path.isEmpty else { return nil }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    static func monotonicMicroseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1_000
    }

    /// `NAME REALTIME_NS`: "first-frame", and "unread-count" when the header got its count.
    func mark(_ name: String) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        append("\(name) \(Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec))\n")
    }

    func frame(_ key: Key, since start: Int64) {
        append("frame \(Self.name(of: key)) \(Self.monotonicMicroseconds() - start)\n")
    }

    func page(offset: Int, since start: Int64) {
        append("page \(offset) \(Self.monotonicMicroseconds() - start)\n")
    }

    private static func name(of key: Key) -> String {
        switch key {
        case .resize: return "resize"
        case .mouseWheelUp, .mouseWheelDown, .mouseClick: return "mouse"
        default:
            let name = KeyName.name(of: key)
            return name == "?" || name.contains(" ") ? "other" : name
        }
    }

    private func append(_ line: String) {
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
