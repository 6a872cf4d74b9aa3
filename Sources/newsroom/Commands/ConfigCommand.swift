import ArgumentParser
import Foundation
import NewsroomConfig
import NewsroomStore

/// `newsroom config`: the settings in effect and where each came from (default, FILE:LINE,
/// environment or option), printed as a configuration file one can copy lines from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the settings in effect and where each comes from.",
        discussion: """
            The configuration file is TOML: $XDG_CONFIG_HOME/newsroom/config, else \
            ~/.config/newsroom/config (or --config PATH, $NEWSROOM_CONFIG). Keys and values: \
            docs/cli.md. The output is itself a valid configuration file.
            """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var urls: UrlsFileOption

    func run() throws {
        try CommandFailure.reporting {
            let environment = ProcessInfo.processInfo.environment
            let configuration = try common.configuration(urls: urls.path)
            let database = (try? DatabaseLocation.resolve(explicit: configuration.database.value, environment: environment))
                ?? "(none: set --db, $NEWSROOM_DB or HOME)"
            let urlsFile = UrlsFileOption.resolve(configuration, environment: environment)
            StandardStreams.write(ConfigurationReport.text(configuration, databasePath: database, urlsPath: urlsFile))
        }
    }
}
