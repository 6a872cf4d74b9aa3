import Foundation
import Testing
@testable import NewsroomUI

/// Screen snapshots compared with golden files in `Tests/NewsroomUITests/Golden/NAME.txt`.
///
/// A golden file holds the row texts between `|` bars (so trailing spaces survive editors),
/// then `== styles` and one letter per cell for its style role (upper case = bold).
///
/// RE-RECORD after an intended change of the screen:
///     NEWSROOM_RECORD_GOLDEN=1 swift test --filter NewsroomUITests
/// which writes the files into the source tree (found through #filePath), then review the
/// diff with `git diff Tests/NewsroomUITests/Golden` and commit it.
enum Golden {
    static let roleLetters: [StyleRole: Character] = [
        .normal: "n", .dim: "d", .emphasis: "e", .title: "t", .kicker: "k", .accent: "a",
        .selection: "s", .selectionInactive: "i", .unread: "u", .bookmark: "b", .border: "r",
        .statusBar: "z", .error: "x",
    ]

    static func text(of buffer: ScreenBuffer) -> String {
        var out = "# \(buffer.width)x\(buffer.height)\n"
        for y in 0..<buffer.height { out += "|" + buffer.rowText(y) + "|\n" }
        out += "== styles\n"
        for y in 0..<buffer.height {
            var line = "|"
            for x in 0..<buffer.width {
                let style = buffer[x, y].style
                let letter = roleLetters[style.role] ?? "?"
                line.append(style.bold ? Character(letter.uppercased()) : letter)
            }
            out += line + "|\n"
        }
        return out
    }

    static func check(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = text(of: buffer)
        let sourceFile = URL(fileURLWithPath: #filePath)  // .../NewsroomUITests/Support/Golden.swift
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden").appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["NEWSROOM_RECORD_GOLDEN"] == "1" {
            try actual.write(to: sourceFile, atomically: true, encoding: .utf8)
            return
        }
        let bundled = Bundle.module.resourceURL?.appendingPathComponent("Golden").appendingPathComponent(name + ".txt")
        guard let url = bundled, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt; record it with NEWSROOM_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = first.map { "line \($0.offset + 1):\n expected \($0.element.0)\n actual   \($0.element.1)" } ?? "length differs"
            Issue.record("screen differs from golden \(name).txt at \(detail)\n\(actual)", sourceLocation: sourceLocation)
        }
    }
}
