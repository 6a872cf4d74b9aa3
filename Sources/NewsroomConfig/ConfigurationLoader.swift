#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsroomCore
import NewsroomTerminal
import NewsroomUI
import TOMLKit

/// What the command line says, above the file and the environment.
public struct ConfigurationOptions: Sendable {
    public var configFile: String?
    public var database: String?
    public var urls: String?
    public var hyperlinks: HyperlinkMode?

    public init(configFile: String? = nil, database: String? = nil, urls: String? = nil, hyperlinks: HyperlinkMode? = nil) {
        self.configFile = configFile
        self.database = database
        self.urls = urls
        self.hyperlinks = hyperlinks
    }
}

/// Reads the configuration: finds the file, parses it (TOMLKit), checks every key and value,
/// and lays the environment and the options over it. Any key it does not know and any value
/// it does not accept is an error naming the file, the line and the key: nothing is applied
/// half, and the reader does not open on a setting the user did not mean.
public enum ConfigurationLoader {
    /// `--config PATH`, else $NEWSROOM_CONFIG, else $XDG_CONFIG_HOME/newsroom/config, else
    /// ~/.config/newsroom/config.
    public static func location(option: String?, environment: [String: String]) -> Sourced<String>? {
        if let option, !option.isEmpty { return Sourced(option, .option("--config")) }
        if let path = environment["NEWSROOM_CONFIG"], !path.isEmpty { return Sourced(path, .environment("NEWSROOM_CONFIG")) }
        // The XDG spec says relative values are invalid and must be ignored.
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return Sourced(config + "/newsroom/config")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return Sourced(home + "/.config/newsroom/config")
    }

    /// `read`: the file's bytes, nil when it does not exist (throws the one line for a file
    /// that exists but cannot be read). Injected so the tests need no files.
    public static func load(
        options: ConfigurationOptions, environment: [String: String],
        read: (String) throws(ConfigurationError) -> [UInt8]?
    ) throws(ConfigurationError) -> Configuration {
        let file = location(option: options.configFile, environment: environment) ?? Sourced("")
        let bytes = file.value.isEmpty ? nil : try read(file.value)
        // A file the user named must be there; the standard place may be empty.
        if bytes == nil, file.origin != .standard {
            throw ConfigurationError("\(file.value): no such configuration file (named by \(file.origin))")
        }
        var configuration = Configuration(file: file, fileExists: bytes != nil)
        if let bytes {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw ConfigurationError("\(file.value): the configuration is not UTF-8 text")
            }
            try apply(text: text, path: file.value, to: &configuration)
        }
        applyEnvironment(environment, to: &configuration)
        applyOptions(options, to: &configuration)
        expandHome(&configuration, environment: environment)
        return configuration
    }

    /// The file's bytes from disk; nil when nothing is at `path`.
    public static func readFile(_ path: String) throws(ConfigurationError) -> [UInt8]? {
        guard access(path, F_OK) == 0 else { return nil }
        do {
            return try FileBytes.read(path: path, limit: 1 << 20)
        } catch {
            throw ConfigurationError("\(path): \(error.description)")
        }
    }

    /// The file's settings over the defaults. Problems are reported by line: the first one in
    /// the file is the one the user sees.
    static func apply(text: String, path: String, to configuration: inout Configuration) throws(ConfigurationError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError("\(path):\(error.source.begin.line): not valid TOML: \(error.description)")
        } catch {
            throw ConfigurationError("\(path): not valid TOML: \(error)")
        }
        let lines = KeyLines(text)
        var problems: [(line: Int, error: ConfigurationError)] = []
        func origin(_ key: [String]) -> SettingOrigin { .file(path: path, line: lines.line(of: key)) }

        for (name, value) in table {
            let here = origin([name])
            if name == "colors" {
                guard let colors = value.table else {
                    problems.append((lines.line(of: [name]), .at(here, key: name, "is \(raw(value).typeName), not a table of role = \"colour\" lines")))
                    continue
                }
                for (roleName, spec) in colors {
                    let key = "colors." + roleName
                    let there = origin(["colors", roleName])
                    guard let role = StyleRole(configurationName: roleName) else {
                        let roles = StyleRole.allCases.map(\.configurationName).joined(separator: ", ")
                        problems.append((lines.line(of: ["colors", roleName]), .at(there, key: key, "unknown role (roles: \(roles))")))
                        continue
                    }
                    guard let text = spec.string else {
                        problems.append((lines.line(of: ["colors", roleName]), .at(there, key: key, "is \(raw(spec).typeName), not a colour like \"bold cyan on default\"")))
                        continue
                    }
                    do {
                        configuration.colors[role] = Sourced(try ColorSpec.parse(text), there)
                    } catch {
                        problems.append((lines.line(of: ["colors", roleName]), .at(there, key: key, error.description)))
                    }
                }
                continue
            }
            guard let key = ConfigurationKey.named(name) else {
                let known = ConfigurationKey.names.joined(separator: ", ")
                problems.append((lines.line(of: [name]), .at(here, key: name, "unknown key (keys: \(known))")))
                continue
            }
            do {
                try key.apply(&configuration, raw(value), here)
            } catch {
                problems.append((lines.line(of: [name]), .at(here, key: name, error.description)))
            }
        }
        if let first = problems.min(by: { $0.line < $1.line }) { throw first.error }
    }

    static func raw(_ value: TOMLValueConvertible) -> RawValue {
        switch value.type {
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .bool: return .boolean(value.bool ?? false)
        case .array:
            let items = value.array.map { Array($0) } ?? []
            let strings = items.compactMap { $0.string }
            return strings.count == items.count ? .strings(strings) : .other("a list of mixed values")
        case .double: return .other("a fraction")
        case .table: return .other("a table")
        case .date, .time, .dateTime: return .other("a date")
        default: return .other("an unsupported value")
        }
    }

    /// NEWSROOM_DB and NEWSROOM_URLS over the file; $BROWSER under it (a general preference,
    /// where the file is newsroom's own); NO_COLOR turns colours off.
    static func applyEnvironment(_ environment: [String: String], to configuration: inout Configuration) {
        if let path = environment["NEWSROOM_DB"], !path.isEmpty {
            configuration.database = Sourced(path, .environment("NEWSROOM_DB"))
        }
        if let path = environment["NEWSROOM_URLS"], !path.isEmpty {
            configuration.urls = Sourced(path, .environment("NEWSROOM_URLS"))
        }
        if configuration.browser.value == nil, let command = browserFromEnvironment(environment) {
            configuration.browser = Sourced(command, .environment("BROWSER"))
        }
        configuration.noColor = environment["NO_COLOR"] != nil
    }

    /// `$BROWSER` may list several programs separated by `:`; the first one is used.
    static func browserFromEnvironment(_ environment: [String: String]) -> [String]? {
        guard let value = environment["BROWSER"] else { return nil }
        // One program, however it is spelled: $BROWSER holds no arguments.
        var program = value.split(separator: ":", omittingEmptySubsequences: true).first ?? ""
        while program.first == " " { program.removeFirst() }
        while program.last == " " { program.removeLast() }
        return program.isEmpty ? nil : [String(program)]
    }

    static func applyOptions(_ options: ConfigurationOptions, to configuration: inout Configuration) {
        if let path = options.database, !path.isEmpty { configuration.database = Sourced(path, .option("--db")) }
        if let path = options.urls, !path.isEmpty { configuration.urls = Sourced(path, .option("--urls")) }
        if let mode = options.hyperlinks { configuration.hyperlinks = Sourced(mode, .option("--hyperlinks")) }
    }

    /// `~/` in the file's paths is the user's home.
    static func expandHome(_ configuration: inout Configuration, environment: [String: String]) {
        guard let home = environment["HOME"], !home.isEmpty else { return }
        func expanded(_ path: String?) -> String? {
            guard let path, path.hasPrefix("~/") else { return path }
            return (home.hasSuffix("/") ? String(home.dropLast()) : home) + path.dropFirst()
        }
        configuration.database.value = expanded(configuration.database.value)
        configuration.urls.value = expanded(configuration.urls.value)
    }
}
