#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file's bytes could not be read. `description` is the one line a user sees.
public enum FileReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Missing, no permission, I/O error: the system's reason (`No such file or directory`).
    case unreadable(String)
    case isDirectory
    /// A device, FIFO or socket: refusing avoids blocking forever on `/dev/stdin`-like paths.
    case notRegularFile
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .unreadable(let reason): return reason
        case .isDirectory: return "is a directory, not a file"
        case .notRegularFile: return "is not a regular file"
        case .tooLarge(let limit): return InputError.tooLarge(limit: limit).description
        }
    }

    /// True when the problem is the input itself (exit 2) rather than access to it (exit 1).
    public var isBadInput: Bool {
        switch self {
        case .unreadable: return false
        case .isDirectory, .notRegularFile, .tooLarge: return true
        }
    }
}

/// Reads a whole regular file with one `fstat` and as few `read` calls as its size needs,
/// refusing directories, devices and files over a size limit before reading anything.
public enum FileBytes {
    /// Default input limit: far above any article or feed, small enough to never exhaust memory.
    public static let defaultLimit = 64 * 1024 * 1024

    public static func read(path: String, limit: Int = defaultLimit) throws(FileReadError) -> [UInt8] {
        let (fd, info) = try openRegularFile(path)
        defer { close(fd) }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(limit: limit) }
        // Read one byte past the size: a file that grew since fstat is caught, not truncated.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let requested = buffer.count - count
                let got = systemRead(fd, base + count, requested)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { break }
                count += got
                // A short read that delivered all fstat promised is the end of the file: skip
                // the read(2) that would only return 0 (one system call per file saved).
                if got < requested && count >= size { break }
            }
        }
        if failure != 0 { throw .unreadable(systemReason(failure)) }
        if bytes.count > size {
            return try readGrowing(fd: fd, prefix: bytes, limit: limit)
        }
        return bytes
    }

    /// Opens `path` for reading only when it is a regular file, with its `fstat`.
    ///
    /// The open is non-blocking: open(2) of a FIFO without a writer waits forever (a FIFO in a
    /// folder given to `add` hung the import before the "not a regular file" check was
    /// reached), and a device may block too. O_NONBLOCK makes open return at once; the type is
    /// then checked on the descriptor (no race with a rename), and blocking reads are restored
    /// for the regular file.
    public static func openRegularFile(_ path: String) throws(FileReadError) -> (Int32, stat) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        if fd < 0 { throw .unreadable(systemReason(errno)) }
        var info = stat()
        if fstat(fd, &info) != 0 {
            let reason = systemReason(errno)
            close(fd)
            throw .unreadable(reason)
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(fd)
            throw type == S_IFDIR ? .isDirectory : .notRegularFile
        }
        let flags = fcntl(fd, F_GETFL)
        if flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0 {
            let reason = systemReason(errno)
            close(fd)
            throw .unreadable(reason)
        }
        return (fd, info)
    }

    /// The rare file that grew between `fstat` and `read`: keep reading up to the limit.
    private static func readGrowing(fd: Int32, prefix: [UInt8], limit: Int) throws(FileReadError) -> [UInt8] {
        var bytes = prefix
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(systemReason(errno))
            }
            if got == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<got])
            if bytes.count > limit { throw .tooLarge(limit: limit) }
        }
    }

    static func systemReason(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

/// `read(2)`, named apart from `FileBytes.read(path:)`.
@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
