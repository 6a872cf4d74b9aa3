import ArgumentParser
import Foundation
import NewsroomStore

/// `--db PATH`, shared by every command that opens the library. Where the library is when the
/// flag is absent is decided by `DatabaseLocation.resolve` (NEWSROOM_DB, XDG_DATA_HOME, HOME).
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The library database file (default: $NEWSROOM_DB, else $XDG_DATA_HOME/newsroom/newsroom.sqlite, else ~/.local/share/newsroom/newsroom.sqlite).",
        valueName: "path"))
    var path: String?

    /// `.readOnly` for commands that only read: they then work on a read-only library file.
    func openStore(_ access: LibraryStore.Access = .readWrite) throws(StoreError) -> LibraryStore {
        try LibraryStore(explicitPath: path, environment: ProcessInfo.processInfo.environment, access: access)
    }
}
