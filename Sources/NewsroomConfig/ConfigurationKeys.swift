import NewsroomCore
import NewsroomTerminal
import NewsroomUI

/// A value as it arrives, from the file (TOML types) or from an option or environment
/// variable (always text).
enum RawValue {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case strings([String])
    /// Another TOML type (a float, a date, a table, a mixed array): named for the message.
    case other(String)

    var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "a number"
        case .boolean: "true or false"
        case .strings: "a list of strings"
        case .other(let name): name
        }
    }
}

/// The top-level keys: each one's name, what it takes (for the messages and the docs) and how
/// it sets its field. `[colors]` is read by `ConfigurationLoader` itself.
struct ConfigurationKey: Sendable {
    let name: String
    let apply: @Sendable (inout Configuration, RawValue, SettingOrigin) throws(ConfigurationError) -> Void

    static let all: [ConfigurationKey] = [
        ConfigurationKey(name: "db") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            configuration.database = Sourced(try ConfigurationKey.path(value), origin)
        },
        ConfigurationKey(name: "urls") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            configuration.urls = Sourced(try ConfigurationKey.path(value), origin)
        },
        ConfigurationKey(name: "layout") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            let names = ReaderSettings.LayoutChoice.allCases.map(\.rawValue)
            let text = try ConfigurationKey.string(value, oneOf: names)
            configuration.layout = Sourced(ReaderSettings.LayoutChoice(rawValue: text) ?? .automatic, origin)
        },
        ConfigurationKey(name: "split") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            configuration.split = Sourced(try ConfigurationKey.integer(value, in: ReaderSettings.splitPercentRange, unit: "percent"), origin)
        },
        ConfigurationKey(name: "reading-width") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            configuration.readingWidth = Sourced(try ConfigurationKey.integer(value, in: ReaderSettings.readingWidthRange, unit: "columns"), origin)
        },
        ConfigurationKey(name: "date-format") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            guard case .string(let pattern) = value else { throw ConfigurationKey.wrongType(value, expected: "a string like \"%d.%m.%y\"") }
            let format: DateFormat
            do {
                format = try DateFormat(pattern)
            } catch {
                throw ConfigurationError("\"\(pattern)\" \(error)")
            }
            guard (1...ConfigurationKey.maximumDateWidth).contains(format.width) else {
                throw ConfigurationError("\"\(pattern)\" is \(format.width) columns wide (1-\(ConfigurationKey.maximumDateWidth))")
            }
            configuration.dateFormat = Sourced(format, origin)
        },
        ConfigurationKey(name: "browser") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            let words: [String]
            switch value {
            case .string(let text): words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            case .strings(let list): words = list
            default: throw ConfigurationKey.wrongType(value, expected: "a command (\"w3m\", \"firefox --new-tab\") or a list of its words")
            }
            guard !words.isEmpty, !words.contains(where: \.isEmpty) else {
                throw ConfigurationError("is empty (name a program, e.g. \"w3m\")")
            }
            configuration.browser = Sourced(words, origin)
        },
        ConfigurationKey(name: "full-article") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            configuration.fullArticle = Sourced(try ConfigurationKey.boolean(value), origin)
        },
        ConfigurationKey(name: "reload-at-start") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            configuration.reloadAtStart = Sourced(try ConfigurationKey.boolean(value), origin)
        },
        ConfigurationKey(name: "hyperlinks") { (configuration: inout Configuration, value: RawValue, origin: SettingOrigin) throws(ConfigurationError) in
            let text = try ConfigurationKey.string(value, oneOf: HyperlinkMode.allCases.map(\.rawValue))
            configuration.hyperlinks = Sourced(HyperlinkMode(rawValue: text) ?? .auto, origin)
        },
    ]

    static let names = all.map(\.name) + ["colors"]
    static let maximumDateWidth = 40

    static func named(_ name: String) -> ConfigurationKey? {
        all.first { $0.name == name }
    }

    static func wrongType(_ value: RawValue, expected: String) -> ConfigurationError {
        ConfigurationError("is \(value.typeName), not \(expected)")
    }

    static func string(_ value: RawValue, oneOf names: [String]) throws(ConfigurationError) -> String {
        guard case .string(let text) = value else { throw ConfigurationKey.wrongType(value, expected: "one of " + names.joined(separator: ", ")) }
        guard names.contains(text) else {
            throw ConfigurationError("\"\(text)\" is not one of " + names.joined(separator: ", "))
        }
        return text
    }

    static func integer(_ value: RawValue, in range: ClosedRange<Int>, unit: String) throws(ConfigurationError) -> Int {
        let number: Int
        switch value {
        case .integer(let n): number = n
        // Options and environment variables arrive as text.
        case .string(let text) where Int(text) != nil: number = Int(text) ?? 0
        default: throw ConfigurationKey.wrongType(value, expected: "a number of \(unit) (\(range.lowerBound)-\(range.upperBound))")
        }
        guard range.contains(number) else {
            throw ConfigurationError("\(number) is out of range (\(range.lowerBound)-\(range.upperBound) \(unit))")
        }
        return number
    }

    static func boolean(_ value: RawValue) throws(ConfigurationError) -> Bool {
        guard case .boolean(let flag) = value else { throw ConfigurationKey.wrongType(value, expected: "true or false") }
        return flag
    }

    /// An absolute path or one under `~/`; a relative one would depend on where newsroom
    /// was started. (`~` is expanded by `ConfigurationLoader`, which knows HOME.)
    static func path(_ value: RawValue) throws(ConfigurationError) -> String {
        guard case .string(let text) = value else { throw ConfigurationKey.wrongType(value, expected: "a path") }
        guard text.hasPrefix("/") || text.hasPrefix("~/") else {
            throw ConfigurationError("\"\(text)\" is not an absolute path (start it with / or ~/)")
        }
        return text
    }
}
