import Foundation
import NewsroomUI

/// The user's key-map file: `$XDG_CONFIG_HOME/newsroom/keys`, else `~/.config/newsroom/keys`.
/// Absent means the standard map; present but wrong means a one-line error (exit 2), never a
/// half-applied map.
enum KeyMapFile {
    static func path(environment: [String: String]) -> String? {
        // The XDG spec says relative values are invalid and must be ignored.
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/newsroom/keys"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/newsroom/keys"
    }

    /// The standard map with the file's overrides; throws the one line a user sees.
    static func load(environment: [String: String]) throws(CommandMessage) -> KeyMap {
        guard let path = path(environment: environment), FileManager.default.fileExists(atPath: path) else {
            return .standard
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandMessage("\(path): the key map cannot be read")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw CommandMessage("\(path): the key map is not UTF-8 text")
        }
        do {
            return try KeyMap.parse(text)
        } catch {
            throw CommandMessage("\(path): \(error)")
        }
    }
}
