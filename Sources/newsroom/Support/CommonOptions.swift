import ArgumentParser
import Foundation
import NewsroomConfig
import NewsroomStore
import NewsroomTerminal

/// `--db PATH` and `--config PATH`, taken the same way by every command but `parse` (which
/// reads the one file it is given and nothing else). The configuration file may name the
/// library too (`db = ...`); `--db` and $NEWSROOM_DB come before it, the standard place
/// (`DatabaseLocation`) after it.
struct CommonOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The library database file (default: $NEWSROOM_DB, else `db` in the configuration file, else $XDG_DATA_HOME/newsroom/newsroom.sqlite, else ~/.local/share/newsroom/newsroom.sqlite).",
        valueName: "path"))
    var path: String?

    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The configuration file (default: $NEWSROOM_CONFIG, else $XDG_CONFIG_HOME/newsroom/config, else ~/.config/newsroom/config).",
        valueName: "path"))
    var configFile: String?

    /// The settings in effect: the file, the environment, these options and the ones given.
    func configuration(urls: String? = nil, hyperlinks: HyperlinkMode? = nil) throws(CommandMessage) -> Configuration {
        let options = ConfigurationOptions(configFile: configFile, database: path, urls: urls, hyperlinks: hyperlinks)
        do {
            return try ConfigurationLoader.load(options: options, environment: ProcessInfo.processInfo.environment,
                                                read: ConfigurationLoader.readFile)
        } catch {
            throw CommandMessage(error.description)
        }
    }

    /// `.readOnly` for commands that only read: they then work on a read-only library file.
    func openStore(_ access: LibraryStore.Access = .readWrite) throws -> LibraryStore {
        try openStore(access, configuration: configuration())
    }

    func openStore(_ access: LibraryStore.Access = .readWrite, configuration: Configuration) throws(StoreError) -> LibraryStore {
        try LibraryStore(explicitPath: configuration.database.value, environment: ProcessInfo.processInfo.environment, access: access)
    }
}

/// A command that reads the configuration: `Newsroom.main` checks the file before the
/// command runs, so a bad key stops every one of them the same way (one line, exit 2).
protocol ConfiguredCommand {
    var common: CommonOptions { get }
    /// The options of this command that the configuration also has.
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { get }
}

extension ConfiguredCommand {
    var configurationOverrides: (urls: String?, hyperlinks: HyperlinkMode?) { (nil, nil) }

    func checkConfiguration() throws(CommandMessage) {
        let overrides = configurationOverrides
        _ = try common.configuration(urls: overrides.urls, hyperlinks: overrides.hyperlinks)
    }
}
