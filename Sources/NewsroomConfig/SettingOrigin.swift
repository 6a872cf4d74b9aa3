/// Where a setting's value came from, as `newsroom config` prints it. Precedence, highest
/// first: a command-line option, a NEWSROOM_* environment variable, the configuration file,
/// a general environment variable ($BROWSER), the default.
public enum SettingOrigin: Equatable, Sendable, CustomStringConvertible {
    case standard
    case file(path: String, line: Int)
    case environment(String)
    case option(String)

    public var description: String {
        switch self {
        case .standard: "default"
        case .file(let path, let line): "\(path):\(line)"
        case .environment(let name): "environment \(name)"
        case .option(let name): "option \(name)"
        }
    }
}

/// A setting's value and where it came from.
public struct Sourced<Value: Sendable>: Sendable {
    public var value: Value
    public var origin: SettingOrigin

    public init(_ value: Value, _ origin: SettingOrigin = .standard) {
        self.value = value
        self.origin = origin
    }
}

extension Sourced: Equatable where Value: Equatable {}
