/// Which URLs from untrusted text may become something a user can follow: a link on screen,
/// an OSC 8 hyperlink, the browser's argument, an exported bookmark. Only `http(s)` with no
/// space or control character in it; `javascript:`, `data:`, `file:`, `vbscript:` and a
/// string starting with "-" (read as an option by a browser) stay text.
public enum WebLink {
    public static func isOpenable(_ url: String) -> Bool {
        var scheme = ""
        for character in url.utf8.prefix(8) {
            if character == UInt8(ascii: ":") { break }
            scheme.append(Character(Unicode.Scalar(character | 0x20)))  // ASCII lower case
        }
        guard scheme == "http" || scheme == "https", url.utf8.dropFirst(scheme.count).starts(with: "://".utf8) else {
            return false
        }
        return !url.unicodeScalars.contains { $0.value < 0x21 || (0x7F...0x9F).contains($0.value) }
    }
}
