import ArgumentParser

/// The root command. Each subcommand lives in its own file under Commands/; without one,
/// the reader opens (`ReadCommand`).
@main
struct Newsroom: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsroom",
        abstract: "A terminal newsroom reader: page dumps and feeds, full articles, editor contacts, bookmarks.",
        version: NewsroomVersion.string,
        subcommands: [
            ReadCommand.self,
            ParseCommand.self,
            AddCommand.self,
            ListCommand.self,
            SearchCommand.self,
            BookmarksCommand.self,
        ],
        // `newsroom`, `newsroom Samples`, `newsroom --db x.sqlite` open the reader.
        defaultSubcommand: ReadCommand.self
    )
}
