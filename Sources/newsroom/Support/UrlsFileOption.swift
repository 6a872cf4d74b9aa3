import ArgumentParser
import Foundation
import NewsroomConfig
import NewsroomCore

/// `--urls PATH`: the urls file (subscriptions), for the commands that read or write it.
/// Without it: $NEWSROOM_URLS, else `urls` in the configuration file, else
/// $XDG_CONFIG_HOME/newsroom/urls, else ~/.config/newsroom/urls.
struct UrlsFileOption: ParsableArguments {
    @Option(name: .customLong("urls"), help: ArgumentHelp(
        "The urls file listing subscriptions (default: $NEWSROOM_URLS, else `urls` in the configuration file, else $XDG_CONFIG_HOME/newsroom/urls, else ~/.config/newsroom/urls).",
        valueName: "path"))
    var path: String?

    /// Where the file is, the configuration (which holds --urls, $NEWSROOM_URLS and the
    /// file's `urls`) before the standard place.
    static func resolve(_ configuration: Configuration, environment: [String: String]) -> String {
        if let path = configuration.urls.value { return path }
        return standardPath(environment: environment)
    }

    static func standardPath(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/newsroom/urls" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/newsroom/urls"
    }

    func resolvedPath(_ common: CommonOptions) throws -> String {
        Self.resolve(try common.configuration(urls: path), environment: ProcessInfo.processInfo.environment)
    }

    /// The file's subscriptions; a missing file is an empty list.
    func load(_ common: CommonOptions) throws -> UrlsFile {
        try Self.load(resolvedPath(common))
    }

    static func load(_ path: String) throws -> UrlsFile {
        guard FileManager.default.fileExists(atPath: path) else { return UrlsFile(text: "") }
        do {
            let bytes = try FileBytes.read(path: path)
            return UrlsFile(text: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw CommandMessage("\(path): \(error.description)")
        }
    }

    /// Writes the file whole through a temporary file and a rename: a crash leaves the old
    /// list or the new one, never half of it.
    func save(_ file: UrlsFile, _ common: CommonOptions) throws {
        let path = try resolvedPath(common)
        let folder = (path as NSString).deletingLastPathComponent
        do {
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, path) != 0 {
                try? FileManager.default.removeItem(atPath: temporary)
                throw CommandMessage("\(path): cannot be written (\(String(cString: strerror(errno))))")
            }
        } catch let error as CommandMessage {
            throw error
        } catch {
            throw CommandMessage("\(path): cannot be written (\(error.localizedDescription))")
        }
    }
}

/// Normalises what the user typed as a feed location: paths become absolute, URLs keep all but
/// their scheme, which is lower-cased (`HTTP://host/feed` is `http://host/feed`); refused
/// locations are a one-line error.
enum FeedLocation {
    static func normalise(_ location: String) throws -> String {
        var value = URLScheme.lowercased(location.trimmingCharacters(in: .whitespaces))
        let lower = value.lowercased()
        let isURL = lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("file://")
        if !isURL, !value.contains(":") || FileManager.default.fileExists(atPath: value) {
            if !value.hasPrefix("/") {
                value = FileManager.default.currentDirectoryPath + "/" + value
            }
            value = (value as NSString).standardizingPath
        }
        if let problem = Subscription.problem(with: value) {
            throw CommandMessage("\(location): \(problem)")
        }
        return value
    }
}
