/// The scheme of a URL as it decides what newsroom does with it. Schemes are case-insensitive
/// (RFC 3986 §3.1), so `HTTP://host/feed` is a web address like `http://host/feed`; the one
/// spelling kept is lower case, on subscribe (so the urls file has one line per feed) and on
/// fetch (so a URL typed by hand into the file works as well).
public enum URLScheme {
    /// The scheme in ASCII lower case, or nil when `url` has none (a path, a bare word).
    public static func of(_ url: String) -> String? {
        guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let scheme = url.utf8[..<colon]
        guard let first = scheme.first, isLetter(first),
            scheme.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
        else { return nil }
        return String(decoding: scheme.map { $0 | 0x20 }, as: UTF8.self)
    }

    /// `url` with an `http`, `https` or `file` scheme in lower case; anything else (a path, a
    /// relative file name with a colon in it, another scheme) comes back unchanged.
    public static func lowercased(_ url: String) -> String {
        guard let scheme = of(url), ["http", "https", "file"].contains(scheme), url.dropFirst(scheme.count).hasPrefix("://") else {
            return url
        }
        // The scheme is ASCII, so its length in characters is its length in bytes.
        return scheme + url.dropFirst(scheme.count)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
