import Foundation
import NewsroomCore
import Testing

/// What the reader's end-to-end tests share: the samples, a temporary library, the reader
/// started in a tmux pane, and facts about the samples read through the CLI (so no test
/// hard-codes which headline comes first).
enum Reader {
    static var samples: String {
        if let fromEnvironment = ProcessInfo.processInfo.environment["NEWSROOM_SAMPLES"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent("Samples").path
    }

    static var canRun: Bool {
        TmuxSession.isInstalled && FileManager.default.isExecutableFile(atPath: NewsroomBinary.path)
            && FileManager.default.fileExists(atPath: samples)
    }

    static let skipMessage = "needs tmux (make deps) and a built newsroom (swift build, or NEWSROOM_BIN)"

    /// Starts `newsroom --db DB ARGUMENTS` in a pane; the library is a fresh temporary file.
    static func start(_ arguments: [String], in folder: StoreTestFolder, width: Int = 120, height: Int = 40,
                      environment: [String: String] = [:], recordOutput: Bool = false) throws -> TmuxSession {
        var variables = ["XDG_CONFIG_HOME": folder.path + "/config"]
        variables.merge(environment) { _, new in new }
        return try TmuxSession(command: [NewsroomBinary.path, "--db", folder.database] + arguments,
                               width: width, height: height, environment: variables,
                               recordOutput: recordOutput, observeAfterExit: true)
    }

    /// The library's headlines in list order, as `newsroom list --json` reports them.
    static func headlines(in folder: StoreTestFolder) throws -> [[String: Any]] {
        let result = try NewsroomBinary.run(["list", "--json", "--db", folder.database])
        guard result.status == 0,
              let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else {
            throw TmuxError(description: "newsroom list failed (\(result.status)): \(result.stderr)")
        }
        return rows
    }

    /// Title -> name of the article's first editor contact, from `newsroom parse --json`.
    static func editors(inFolder path: String) throws -> [String: String] {
        var editors: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) where name.hasSuffix(".txt") {
            let result = try NewsroomBinary.run(["parse", "--json", path + "/" + name])
            guard result.status == 0,
                  let article = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                  let title = article["title"] as? String,
                  let contacts = article["contacts"] as? [[String: Any]],
                  let editor = contacts.first?["name"] as? String else { continue }
            editors[title] = editor
        }
        return editors
    }

    /// The start of a title as the list shows it (titles are cut to the pane's width).
    static func prefix(_ title: String, _ length: Int = 18) -> String {
        String(title.prefix(length))
    }

    /// Waits for the first frame of a non-empty library: the header with its unread count.
    @discardableResult
    static func waitForList(_ pane: TmuxSession) throws -> String {
        try pane.waitUntil("the headline list") { $0.contains("Newsroom ·") && $0.contains(" unread · ") }
    }

    /// The list pane: side by side each row up to the rule, stacked the rows above the rule
    /// under the list (the article pane may quote other headlines in its "On this page" list).
    static func listColumn(_ screen: String) -> String {
        var all = rows(screen)
        if let rule = all.indices.dropFirst(2).first(where: { isRule(all[$0]) }) { all = Array(all[..<rule]) }
        return all.map { row in row.firstIndex(of: "│").map { String(row[..<$0]) } ?? row }.joined(separator: "\n")
    }

    /// A row that is all horizontal rule (the stacked layout's line between list and article).
    static func isRule(_ row: String) -> Bool {
        row.count > 10 && row.allSatisfy { $0 == "─" }
    }

    /// The screen's rows.
    static func rows(_ screen: String) -> [String] {
        screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
