import Foundation
import NewsroomCore
import Testing

/// The store's commands as a user runs them: errors are one line naming the problem, files
/// that are not healthy libraries stay byte-for-byte as they were.
@Suite struct StoreCommandTests {
    private func expectOneLineError(_ result: NewsroomBinary.Result, containing text: String) {
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("newsroom: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(text), "\(result.stderr)")
    }

    @Test func garbageDatabaseIsRefusedAndKept() throws {
        let folder = try StoreTestFolder()
        let path = folder.path + "/garbage.sqlite"
        let garbage = Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try garbage.write(to: URL(fileURLWithPath: path))
        for command in [["list"], ["bookmarks", "list"], ["search", "x"]] {
            expectOneLineError(try NewsroomBinary.run(command + ["--db", path]), containing: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func truncatedDatabaseIsRefusedAndKept() throws {
        let folder = try StoreTestFolder()
        let db = folder.database
        _ = try NewsroomBinary.run(["bookmarks", "test-hook", "seed", "2000", "--db", db])
        _ = try NewsroomBinary.run(["bookmarks", "test-hook", "add-each", "0", "100", "--db", db])
        let whole = try Data(contentsOf: URL(fileURLWithPath: db))
        let truncatedPath = folder.path + "/truncated.sqlite"
        let truncated = whole.prefix(whole.count / 2)
        try truncated.write(to: URL(fileURLWithPath: truncatedPath))
        expectOneLineError(try NewsroomBinary.run(["bookmarks", "list", "--db", truncatedPath]), containing: truncatedPath)
        #expect(try Data(contentsOf: URL(fileURLWithPath: truncatedPath)) == truncated)
    }

    @Test func unwritableDirectoryIsAClearError() throws {
        // A regular file where the directory should be: fails for root too.
        let folder = try StoreTestFolder()
        let blocker = folder.path + "/not-a-folder"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let result = try NewsroomBinary.run(["list", "--db", blocker + "/newsroom/newsroom.sqlite"])
        expectOneLineError(result, containing: "cannot write the library directory \(blocker)")
    }

    @Test func databaseLocationComesFromTheEnvironment() throws {
        let folder = try StoreTestFolder()
        let seeded = try NewsroomBinary.run(
            ["bookmarks", "test-hook", "seed", "3"], environment: ["XDG_DATA_HOME": folder.path])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/newsroom/newsroom.sqlite"))
        let viaVariable = try NewsroomBinary.run(["list", "--json"], environment: ["NEWSROOM_DB": folder.path + "/newsroom/newsroom.sqlite"])
        #expect(try bookmarkIDs(viaVariable.stdout).count == 3)
    }

    @Test func bookmarkCommandsRoundTrip() throws {
        let folder = try StoreTestFolder()
        let db = folder.database
        _ = try NewsroomBinary.run(["bookmarks", "test-hook", "seed", "3", "--db", db])
        let list = try NewsroomBinary.run(["list", "--json", "--db", db])
        let ids = try bookmarkIDs(list.stdout)
        #expect(ids.count == 3)
        let added = try NewsroomBinary.run(["bookmarks", "add", ids[0], "--note", "n\u{1B}[2J", "--tag", "x", "--db", db])
        #expect(added.status == 0, "\(added.stderr)")
        let human = try NewsroomBinary.run(["bookmarks", "list", "--db", db])
        #expect(human.stdout.contains(ids[0]))
        #expect(!human.stdout.unicodeScalars.contains("\u{1B}"))
        let exported = try NewsroomBinary.run(["bookmarks", "export", "--format", "json", "--db", db])
        let exportPath = folder.path + "/bookmarks.json"
        try exported.stdout.write(toFile: exportPath, atomically: true, encoding: .utf8)

        let otherDB = folder.path + "/other.sqlite"
        let first = try NewsroomBinary.run(["bookmarks", "import", exportPath, "--db", otherDB])
        #expect(first.stdout == "imported 1, already present 0, refused 0\n", "\(first.stderr)")
        let second = try NewsroomBinary.run(["bookmarks", "import", exportPath, "--db", otherDB])
        #expect(second.stdout == "imported 0, already present 1, refused 0\n")
        let otherList = try NewsroomBinary.run(["bookmarks", "list", "--json", "--db", otherDB])
        #expect(try bookmarkIDs(otherList.stdout) == [ids[0]])

        let removed = try NewsroomBinary.run(["bookmarks", "remove", ids[0], "--db", db])
        #expect(removed.status == 0)
        expectOneLineError(try NewsroomBinary.run(["bookmarks", "remove", ids[0], "--db", db]), containing: "not bookmarked")
        expectOneLineError(try NewsroomBinary.run(["bookmarks", "add", "ffffffff", "--db", db]), containing: "ffffffff")
    }

    @Test func addReportsBadFilesAndGoesOn() throws {
        let folder = try StoreTestFolder()
        let inputs = folder.path + "/inputs"
        try FileManager.default.createDirectory(atPath: inputs + "/nested", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: inputs + "/empty.txt"))
        try Data([0, 1, 2, 0xFF, 0]).write(to: URL(fileURLWithPath: inputs + "/nested/binary.txt"))
        let result = try NewsroomBinary.run(["add", inputs, folder.path + "/missing.txt", "--db", folder.database])
        #expect(result.status != 0)
        #expect(result.stdout == "added 0, updated 0, unchanged 0, failed 3\n")
        #expect(result.stderr.split(separator: "\n").count == 3)
        #expect(result.stderr.contains("empty.txt"))
        #expect(result.stderr.contains("binary.txt"))
        #expect(result.stderr.contains("missing.txt"))
    }

    /// A small page dump in the spec's format (a fictional newsroom).
    static let tinyDump = """
          \u{2022} Eine andere Meldung
        Northwind Courier > Netze - Neue Leitung f\u{FC}r Jena
        Quelle: Northwind / Archiv
        NETZE:
        Neue Leitung f\u{FC}r Jena
        Die Stadtwerke bauen eine neue \u{DC}bersichtsleitung.
        \u{A0}
        Erster Absatz des Textes.

        Zweiter Absatz.
        \u{A0}

        Erika Beispiel
        Redakteurin
        +49 (0) 123 456789
        \u{A9} 2025 Northwind Courier
        Montag, 22.01.2024, 15:32 Uhr

        """

    @Test func addImportsDumpsOnceAndSearchFindsThem() throws {
        let folder = try StoreTestFolder()
        let inputs = folder.path + "/dumps"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        let file = inputs + "/jena.txt"
        try Self.tinyDump.write(toFile: file, atomically: true, encoding: .utf8)
        // Files beside the articles that are not articles are passed over in a folder walk.
        try "# Notes\nnot an article\n".write(toFile: inputs + "/README.md", atomically: true, encoding: .utf8)
        let first = try NewsroomBinary.run(["add", inputs, "--db", folder.database])
        let firstLines = first.stdout.split(separator: "\n")
        #expect(firstLines.first == "added 1, updated 0, unchanged 0, failed 0", "\(first.stderr)")
        // The full-text index is brought up to date once, after the import, and reported apart.
        #expect(firstLines.count == 2 && firstLines[1].hasPrefix("indexed 1 article in "))
        let again = try NewsroomBinary.run(["add", file, "--db", folder.database])
        #expect(again.stdout == "added 0, updated 0, unchanged 1, failed 0\n")
        let found = try NewsroomBinary.run(["search", "ubersichtsleitung", "--json", "--db", folder.database])
        let parsed = try JSONSerialization.jsonObject(with: Data(found.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.first?["title"] as? String == "Neue Leitung f\u{FC}r Jena")
        #expect(parsed?.first?["published"] as? String == "2024-01-22T15:32:00+01:00")
        // Named on the command line, the same file is tried: its first line reads as a title.
        let named = try NewsroomBinary.run(["add", inputs + "/README.md", "--db", folder.database])
        #expect(named.stdout.hasPrefix("added 1, updated 0, unchanged 0, failed 0\nindexed 1 article in "), "\(named.stderr)")
    }
}
