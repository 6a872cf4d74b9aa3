import Foundation
import Testing

/// What can go wrong before the reader's screen opens: one line on stderr, a non-zero exit,
/// the terminal never taken over.
@Suite struct ReaderStartupTests {
    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: NewsroomBinary.path) }

    private func expectOneLine(_ result: NewsroomBinary.Result, status: Int32, mentioning fragment: String) {
        #expect(result.status == status)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        #expect(lines.first?.hasPrefix("newsroom: ") == true && result.stderr.contains(fragment), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(.enabled(if: binaryExists)) func withoutATerminalItSaysSoAndImportsNothing() throws {
        let folder = try StoreTestFolder()
        let result = try NewsroomBinary.run(["--db", folder.database, Reader.samples])
        expectOneLine(result, status: 1, mentioning: "needs a terminal")
        let listed = try NewsroomBinary.run(["list", "--json", "--db", folder.database])
        #expect(listed.stdout == "[]\n")
    }

    @Test(.enabled(if: binaryExists)) func aDamagedLibraryIsRefusedAndLeftAlone() throws {
        let folder = try StoreTestFolder()
        let path = folder.path + "/damaged.sqlite"
        let garbage = Data(repeating: 0x5A, count: 4096)
        try garbage.write(to: URL(fileURLWithPath: path))
        let result = try NewsroomBinary.run(["--db", path])
        expectOneLine(result, status: 1, mentioning: "damaged")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test(.enabled(if: binaryExists)) func aBadKeyMapFileExitsTwoNamingTheLine() throws {
        let folder = try StoreTestFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/newsroom", withIntermediateDirectories: true)
        try "j = moveDown\nj = fly\n".write(toFile: folder.path + "/newsroom/keys", atomically: true, encoding: .utf8)
        let result = try NewsroomBinary.run(["--db", folder.database], environment: ["XDG_CONFIG_HOME": folder.path])
        expectOneLine(result, status: 2, mentioning: "line 2: unknown command `fly`")
    }

    @Test(.enabled(if: binaryExists)) func helpListsTheReaderAsTheDefault() throws {
        let result = try NewsroomBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("read (default)"))
    }

    @Test(.enabled(if: Reader.canRun, Comment(rawValue: Reader.skipMessage)))
    func aMistypedPathEndsBeforeTheScreenOpens() throws {
        let folder = try StoreTestFolder()
        let pane = try Reader.start([folder.path + "/no-such-folder"], in: folder, width: 250, height: 20)
        defer { pane.close() }
        #expect(try pane.waitForExit() == 1)
        let transcript = try pane.transcript()
        #expect(transcript.contains("no-such-folder: no such file or folder"))
        #expect(transcript.contains("newsroom: nothing to read"))
        #expect(try pane.modes() == .restored)
    }
}
