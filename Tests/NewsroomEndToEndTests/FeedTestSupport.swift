import Foundation

/// Feeds, OPML and helpers for the subscription and reload tests.
enum FeedFixtures {
    /// An RSS 2.0 feed with `count` items (`guid` `prefix-N`); `version` changes every title.
    static func rss(_ name: String, count: Int, version: Int = 1) -> [UInt8] {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>\(name)</title>\n"
        for index in 0..<count {
            out += "<item><title>\(name) item \(index) v\(version)</title><guid>\(name)-\(index)</guid>"
            out += "<link>https://\(name).example/\(index)</link><pubDate>Mon, 04 Mar 2024 09:15:00 +0100</pubDate>"
            out += "<description>Item \(index) of \(name).</description></item>\n"
        }
        return Array((out + "</channel></rss>\n").utf8)
    }

    /// gzip via the system's gzip (no zlib binding in the test target).
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}

/// A test's urls file, library and temporary folder, and the binary run against them.
final class FeedTestBench {
    let folder: StoreTestFolder
    var urls: String { folder.path + "/urls" }

    init() throws {
        folder = try StoreTestFolder()
    }

    /// Runs a command with this bench's `--urls` (feed commands) and `--db` (every command
    /// but `parse`, which takes neither).
    @discardableResult
    func run(_ arguments: [String]) throws -> NewsroomBinary.Result {
        let command = arguments.first ?? ""
        var extra: [String] = []
        if command != "parse" { extra += ["--db", folder.database] }
        if ["subscribe", "unsubscribe", "feeds", "reload", "import-opml", "export-opml"].contains(command) {
            extra += ["--urls", urls]
        }
        return try NewsroomBinary.run(arguments + extra)
    }

    func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments)
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let path = folder.path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Every article's title in the library.
    func titles() throws -> [String] {
        let rows = try json(["list", "--json"]) as? [[String: Any]] ?? []
        return rows.compactMap { $0["title"] as? String }
    }
}
