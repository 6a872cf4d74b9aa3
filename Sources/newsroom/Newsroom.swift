import ArgumentParser

/// The root command. Each subcommand lives in its own file under Commands/.
@main
struct Newsroom: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsroom",
        abstract: "A terminal newsroom reader: page dumps and feeds, full articles, editor contacts, bookmarks.",
        version: NewsroomVersion.string,
        subcommands: [
            ParseCommand.self,
            AddCommand.self,
            ListCommand.self,
            SearchCommand.self,
            BookmarksCommand.self,
            SubscribeCommand.self,
            UnsubscribeCommand.self,
            FeedsCommand.self,
            ReloadCommand.self,
            ImportOPMLCommand.self,
            ExportOPMLCommand.self,
        ]
    )
}
