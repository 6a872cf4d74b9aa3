/// One feed the reader follows: where it is and the user's tags for it.
public struct Subscription: Equatable, Sendable {
    /// An `http(s)://` or `file://` URL, or an absolute file path.
    public var url: String
    public var tags: [String]

    public init(url: String, tags: [String] = []) {
        self.url = url
        self.tags = tags
    }

    /// Why a location cannot be subscribed to, or nil when it can. Only `http`, `https` and
    /// `file` URLs and absolute paths are accepted: newsboat's `exec:` / `filter:` and any
    /// other scheme (`javascript:`, `ftp:`) are refused, so nothing from a urls or OPML file
    /// is ever run as a command or handed to another program.
    public static func problem(with location: String) -> String? {
        if location.isEmpty { return "an empty feed location" }
        if location.unicodeScalars.contains(where: {
            $0.value < 0x21 || (0x7F...0x9F).contains($0.value) || $0.properties.isWhitespace
                || $0.properties.generalCategory == .format || $0.value == 0xFFFE || $0.value == 0xFFFF
        }) {
            return "a feed location cannot contain spaces or control characters"
        }
        if location.hasPrefix("/") { return nil }
        let lower = location.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            return location.count > scheme.count ? nil : "a URL without a host"
        }
        if lower.hasPrefix("file://") { return nil }
        return "only http(s) and file URLs or absolute paths can be subscribed to"
    }
}
