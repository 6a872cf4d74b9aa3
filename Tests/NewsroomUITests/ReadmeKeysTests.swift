import Foundation
import Testing
@testable import NewsroomUI

/// README's key table is the help overlay in Markdown: every command with keys, in the help's
/// order, with the same keys and words, and no row for anything the key map does not have.
@Suite struct ReadmeKeysTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")

    @Test func keyTableMatchesTheStandardKeyMap() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        // The table under "| Keys | Does |": its rows up to the first line that is not a row.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex(of: "| Keys | Does |"))
        let rows = lines[(header + 2)...].prefix { $0.hasPrefix("| ") }.map { $0 }
        let expected = Command.allCases.compactMap { command -> String? in
            let keys = KeyMap.standard.keys(for: command)
            guard !keys.isEmpty else { return nil }
            return "| " + keys.map { "`\($0)`" }.joined(separator: " ") + " | " + command.summary + " |"
        }
        #expect(rows == expected)
    }
}
