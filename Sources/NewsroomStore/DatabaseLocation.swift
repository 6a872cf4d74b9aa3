/// Where the library lives. The one place that decides it, so the CLI, the reader and the
/// benchmark agree: `--db PATH` wins, then `NEWSROOM_DB`, then
/// `$XDG_DATA_HOME/newsroom/newsroom.sqlite`, then `~/.local/share/newsroom/newsroom.sqlite`.
public enum DatabaseLocation {
    public static let fileName = "newsroom.sqlite"

    public static func resolve(explicit: String?, environment: [String: String]) throws(StoreError) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["NEWSROOM_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        // The XDG spec says relative values are invalid and must be ignored.
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return join(dataHome, "newsroom", fileName)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return join(home, ".local/share/newsroom", fileName)
        }
        throw .noLocation
    }

    private static func join(_ parts: String...) -> String {
        var path = ""
        for part in parts {
            if path.isEmpty || path.hasSuffix("/") { path += part } else { path += "/" + part }
        }
        return path
    }
}
