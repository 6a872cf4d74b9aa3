/// Why the library could not do what was asked. `description` is the one line a user sees
/// after `newsroom: `; every case that concerns the database file names it.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `--db`, no `NEWSROOM_DB`, no `XDG_DATA_HOME` and no `HOME`: nowhere to keep the library.
    case noLocation
    /// The directory that should hold the database cannot be created or written.
    case unwritableDirectory(path: String, reason: String)
    /// The file is not a readable SQLite database (garbage, truncated, damaged pages).
    case corrupt(path: String, reason: String)
    /// The file is a SQLite database but not a Newsroom library.
    case notALibrary(path: String)
    /// The file carries another program's `PRAGMA application_id` (even with no tables yet).
    case foreignApplication(path: String, applicationID: Int32)
    /// The library was written by a newer Newsroom (unknown migrations or schema version).
    case newerVersion(path: String, found: String)
    /// SQLite refused to open the file (permissions, a directory in the way, ...).
    case cannotOpen(path: String, reason: String)
    /// No article or bookmark matches the short id the user typed.
    case unknownID(String)
    /// The short id is a prefix of several articles: the user must type more of it.
    case ambiguousID(String, candidates: [String])
    /// A bookmarks file that is neither our JSON export nor a Netscape bookmark file.
    case unreadableBookmarks(reason: String)
    /// The disk (or the file system holding the library) has no room for a write (SQLITE_FULL).
    case diskFull(path: String)
    /// SQLite failed reading or writing the file itself (SQLITE_IOERR and the like).
    case fileFailure(path: String, reason: String)
    /// Any other database failure, with SQLite's message.
    case database(String)

    public var description: String {
        switch self {
        case .noLocation:
            return "cannot find a place for the library: set HOME, XDG_DATA_HOME or NEWSROOM_DB, or pass --db PATH"
        case .unwritableDirectory(let path, let reason):
            return "cannot write the library directory \(path): \(reason)"
        case .corrupt(let path, let reason):
            return "the library \(path) is damaged or not a database (\(reason)); it was left untouched"
        case .notALibrary(let path):
            return "\(path) is an SQLite database but not a Newsroom library; it was left untouched"
        case .foreignApplication(let path, let applicationID):
            let hex = String(UInt32(bitPattern: applicationID), radix: 16, uppercase: true)
            return "\(path) is another program's SQLite database (application_id 0x\(hex), \(applicationID)), not a Newsroom library; it was left untouched"
        case .newerVersion(let path, let found):
            return "the library \(path) was written by a newer Newsroom (\(found)); upgrade newsroom to open it"
        case .cannotOpen(let path, let reason):
            return "cannot open the library \(path): \(reason)"
        case .unknownID(let id):
            return "no article or bookmark with id \(id)"
        case .ambiguousID(let id, let candidates):
            return "id \(id) is ambiguous: it matches \(candidates.joined(separator: ", "))"
        case .unreadableBookmarks(let reason):
            return "cannot read the bookmarks file: \(reason)"
        case .diskFull(let path):
            return "cannot write the library \(path): disk full"
        case .fileFailure(let path, let reason):
            return "the library \(path) failed: \(reason)"
        case .database(let message):
            return "database error: \(message)"
        }
    }
}
