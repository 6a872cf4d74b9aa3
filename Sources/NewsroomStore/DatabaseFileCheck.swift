#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsroomCore

/// Cheap checks of a database file made before SQLite touches it, so a damaged library is
/// reported (naming the file) and never "repaired" into an empty one. Reads only.
enum DatabaseFileCheck {
    enum State: Equatable {
        case absent
        /// Exists with zero bytes: SQLite treats it as a new, empty database.
        case empty
        case database
    }

    static func inspect(_ path: String) throws(StoreError) -> State {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return .absent }
            throw .cannotOpen(path: path, reason: errnoText())
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .cannotOpen(path: path, reason: "it is a directory")
        // A FIFO (size 0) passed for a new, empty database: SQLite's open then blocked, or
        // failed with "disk I/O error" and no path. Devices and sockets are no library either.
        default: throw .cannotOpen(path: path, reason: "not a regular file")
        }
        let size = Int64(info.st_size)
        if size == 0 { return .empty }
        let header = try readHeader(path)
        try checkHeader(header, size: size, path: path)
        return .database
    }

    /// The SQLite file header (https://www.sqlite.org/fileformat.html#the_database_header).
    static func checkHeader(_ header: [UInt8], size: Int64, path: String) throws(StoreError) {
        guard header.count >= 100 else {
            throw .corrupt(path: path, reason: "\(size) bytes is too short for an SQLite header")
        }
        let magic = Array("SQLite format 3".utf8) + [0]
        guard Array(header[0..<16]) == magic else {
            throw .corrupt(path: path, reason: "no SQLite header")
        }
        let rawPageSize = Int64(header[16]) << 8 | Int64(header[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize <= 65_536, pageSize & (pageSize - 1) == 0 else {
            throw .corrupt(path: path, reason: "invalid page size \(rawPageSize)")
        }
        guard size % pageSize == 0 else {
            throw .corrupt(path: path, reason: "truncated: \(size) bytes is not a whole number of \(pageSize)-byte pages")
        }
        // The page count in the header is trustworthy only when its "version valid for"
        // matches the change counter. A write-ahead log may legitimately hold pages past the
        // end of the main file, so a short file is only damage when there is no log.
        let changeCounter = bigEndian32(header, at: 24)
        let validFor = bigEndian32(header, at: 92)
        let pageCount = Int64(bigEndian32(header, at: 28))
        if changeCounter == validFor, pageCount > 0, pageCount * pageSize > size, !hasLog(path) {
            throw .corrupt(
                path: path,
                reason: "truncated: the header counts \(pageCount) pages, the file holds \(size / pageSize)")
        }
    }

    private static func readHeader(_ path: String) throws(StoreError) -> [UInt8] {
        let descriptor: Int32
        do {
            // Non-blocking, and checked on the descriptor: the file may have been swapped for
            // a FIFO since the stat.
            (descriptor, _) = try FileBytes.openRegularFile(path)
        } catch {
            throw .cannotOpen(path: path, reason: error == .notRegularFile ? "not a regular file" : error.description)
        }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 100)
        var filled = 0
        while filled < 100 {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + filled, 100 - filled)
            }
            if count < 0 { throw .cannotOpen(path: path, reason: errnoText()) }
            if count == 0 { break }
            filled += count
        }
        return Array(buffer[0..<filled])
    }

    static func hasLog(_ path: String) -> Bool {
        var info = stat()
        return stat(path + "-wal", &info) == 0 && info.st_size > 0
    }

    private static func bigEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
            | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }
}

extension String {
    /// "5" -> "05" for `leftPadded(to: 2)`.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

/// The message of the current `errno`, e.g. "Not a directory".
func errnoText() -> String {
    String(cString: strerror(errno))
}

/// `mkdir -p` with the failing component and errno in the error, so "cannot write the library
/// directory /x/file: Not a directory" tells the user exactly what is in the way.
enum DirectoryMaker {
    static func makeDirectories(_ directory: String) throws(StoreError) {
        if directory.isEmpty { return }
        var prefix = directory.hasPrefix("/") ? "/" : ""
        for component in directory.split(separator: "/") {
            prefix += component
            var info = stat()
            if stat(prefix, &info) == 0 {
                if (info.st_mode & S_IFMT) != S_IFDIR {
                    throw .unwritableDirectory(path: prefix, reason: "it is not a directory")
                }
            } else if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw .unwritableDirectory(path: prefix, reason: errnoText())
            }
            prefix += "/"
        }
        if access(directory, W_OK | X_OK) != 0 {
            throw .unwritableDirectory(path: directory, reason: errnoText())
        }
    }
}
