import ArgumentParser

/// `newsroom bookmarks add|remove|list|export|import`.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "Save, list, export and import bookmarks.",
        subcommands: [
            BookmarksAddCommand.self, BookmarksRemoveCommand.self, BookmarksListCommand.self,
            BookmarksExportCommand.self, BookmarksImportCommand.self, BookmarksTestHookCommand.self,
        ],
        defaultSubcommand: BookmarksListCommand.self)
}
