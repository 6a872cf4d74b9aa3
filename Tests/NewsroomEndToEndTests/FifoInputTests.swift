import Foundation
import Testing

/// A FIFO where a file is expected: open(2) of a FIFO without a writer blocks, so each of these
/// hung before the file type was ever checked. Now each reports "not a regular file" at once.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: NewsroomBinary.path), "newsroom binary not built"))
struct FifoInputTests {
    private func makeFifo(_ path: String) throws {
        try #require(mkfifo(path, 0o644) == 0, "mkfifo \(path)")
    }

    @Test func aFifoInAFolderIsReportedAndTheOtherFilesGoIn() throws {
        let folder = try StoreTestFolder()
        let inputs = folder.path + "/inputs"
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        try Data(StoreCommandTests.tinyDump.utf8).write(to: URL(fileURLWithPath: inputs + "/a.txt"))
        try makeFifo(inputs + "/b-pipe.xml")
        try Data(FeedFixtures.rss("fifo", count: 2)).write(to: URL(fileURLWithPath: inputs + "/c.xml"))
        let (result, timedOut) = try NewsroomBinary.run(["add", inputs, "--db", folder.database], timeout: 30)
        #expect(!timedOut, "add blocked on the FIFO")
        #expect(result.stdout.hasPrefix("added 3, updated 0, unchanged 0, failed 1\n"), "\(result.stderr)")
        #expect(result.stderr == "newsroom: \(inputs)/b-pipe.xml: is not a regular file\n")
    }

    @Test(arguments: [["parse"], ["import-opml"], ["bookmarks", "import"]])
    func aFifoNamedAsTheInputIsRefused(_ command: [String]) throws {
        let folder = try StoreTestFolder()
        let fifo = folder.path + "/input.fifo"
        try makeFifo(fifo)
        let options: [String: [String]] = ["import-opml": ["--urls", folder.path + "/urls"], "bookmarks": ["--db", folder.database]]
        let (result, timedOut) = try NewsroomBinary.run(command + [fifo] + (options[command[0]] ?? []), timeout: 30)
        #expect(!timedOut, "\(command) blocked on the FIFO")
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(fifo) && result.stderr.contains("not a regular file"), "\(result.stderr)")
    }

    /// `--db` naming a FIFO: "database error: disk I/O error", no path, no reason (or a hang).
    @Test(arguments: [["list"], ["bookmarks", "list"], ["add", "/nonexistent.txt"]])
    func aFifoAsTheLibraryIsRefusedNamingIt(_ command: [String]) throws {
        let folder = try StoreTestFolder()
        let fifo = folder.path + "/library.sqlite"
        try makeFifo(fifo)
        let (result, timedOut) = try NewsroomBinary.run(command + ["--db", fifo], timeout: 30)
        #expect(!timedOut, "\(command) blocked on the FIFO")
        #expect(result.status != 0)
        #expect(result.stderr == "newsroom: cannot open the library \(fifo): not a regular file\n")
    }
}
