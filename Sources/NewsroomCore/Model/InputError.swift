/// Why an input could not become articles. `description` is the one line a user sees
/// (the caller prefixes the file name).
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary
    case noTitle
    case tooLarge(limit: Int)
    case malformed(String)

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary: return "the file is binary, not text"
        case .noTitle: return "no article title found"
        case .tooLarge(let limit): return "the file is larger than \(limit) bytes"
        case .malformed(let reason): return reason
        }
    }
}
