/// Why the configuration cannot be used: one line naming the file, the line and the key
/// (`config:3: layout: "sideways" is not one of auto, side-by-side, stacked, single`), or the
/// option or environment variable that carried the bad value.
public struct ConfigurationError: Error, Equatable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    static func at(_ origin: SettingOrigin, key: String, _ reason: String) -> ConfigurationError {
        switch origin {
        case .file(let path, let line): ConfigurationError("\(path):\(line): \(key): \(reason)")
        case .environment(let name): ConfigurationError("$\(name): \(reason)")
        case .option(let name): ConfigurationError("\(name): \(reason)")
        case .standard: ConfigurationError("\(key): \(reason)")
        }
    }
}
