import Foundation

/// Expands the paths given to `add` and the reader: files as they are, folders recursively (hidden entries
/// skipped, symbolic links to folders not followed, so a link loop cannot hang the walk).
/// Inside a folder only files that look like articles or feeds are taken (a README or an image
/// beside the articles is not an article); a file named on the command line is always tried.
enum FileWalker {
    /// Extensions of page dumps (`.txt`), feed files and saved news pages (`.html`), compared case-insensitively.
    static let articleExtensions: Set<String> = ["txt", "xml", "rss", "atom", "rdf", "json", "feed", "html", "htm"]

    enum Entry: Equatable {
        case file(String)
        case failure(path: String, reason: String)
    }

    static func files(in paths: [String]) -> [Entry] {
        var entries: [Entry] = []
        for path in paths {
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            walk(absolute, explicit: true, into: &entries)
        }
        return entries
    }

    private static func walk(_ path: String, explicit: Bool, into entries: inout [Entry]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            entries.append(.failure(path: path, reason: "no such file or folder"))
            return
        }
        guard isDirectory.boolValue else {
            if explicit || looksLikeArticle(path) { entries.append(.file(path)) }
            return
        }
        if !explicit, (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil { return }
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
            for name in names where !name.hasPrefix(".") {
                walk(path.hasSuffix("/") ? path + name : path + "/" + name, explicit: false, into: &entries)
            }
        } catch {
            entries.append(.failure(path: path, reason: "the folder cannot be read"))
        }
    }

    private static func looksLikeArticle(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return articleExtensions.contains(path[path.index(after: dot)...].lowercased())
    }
}
