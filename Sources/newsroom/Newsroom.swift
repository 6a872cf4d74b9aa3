import ArgumentParser
import NewsroomApp
import NewsroomCore

/// The root command. Each subcommand lives in its own file under Commands/; without one,
/// the reader opens (`ReadCommand`).
@main
struct Newsroom: AsyncParsableCommand {
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
            SubscribeCommand.self,
            UnsubscribeCommand.self,
            FeedsCommand.self,
            ReloadCommand.self,
            ImportOPMLCommand.self,
            ExportOPMLCommand.self,
            ConfigCommand.self,
        ],
        // `newsroom`, `newsroom Samples`, `newsroom --db x.sqlite` open the reader.
        defaultSubcommand: ReadCommand.self
    )

    /// Like ArgumentParser's own `main`, but a usage error is one line on stderr
    /// (`newsroom: Missing expected argument '<file>' (see 'newsroom parse --help')`) instead
    /// of a block of usage text. Help and version print as usual.
    static func main() async {
        // `newsroom --version` alone is answered before ArgumentParser is asked: parsing any
        // command line costs it 15 M instructions here (each property wrapper it reflects on
        // is a protocol-conformance lookup that scans the binary's 9,000 conformance records),
        // two thirds of what `--version` took in all (issue 13, scripts/bench-startup.sh).
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
            StandardStreams.write(NewsroomVersion.string + "\n")
            return
        }
        do {
            var command = try parseAsRoot()
            // Before anything runs (the reader's screen, a write): a configuration file with a
            // key or value it does not accept is one line naming file, line and key, exit 2.
            if let configured = command as? ConfiguredCommand {
                do {
                    try configured.checkConfiguration()
                } catch {
                    CommandFailure.report(error.description)
                    exit(withError: ExitCode(CommandFailure.badInput))
                }
            }
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if error is ExitCode { exit(withError: error) }  // the command already said why
            if code == .success { exit(withError: error) }  // --help, --version
            let reason = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
            CommandFailure.report("\(reason) (see 'newsroom \(helpPath(for: error))--help')")
            exit(withError: ExitCode(code.rawValue))
        }
    }

    /// "parse " for an error in `newsroom parse ...`, "" for the root, so the hint names the
    /// help that explains the mistake.
    private static func helpPath(for error: Error) -> String {
        let arguments = CommandLine.arguments.dropFirst()
        guard let first = arguments.first, !first.hasPrefix("-") else { return "" }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        return names.contains(first) ? first + " " : ""
    }
}
