import Foundation
import Testing

/// A library the user may read but not write (mode 0444, in a read-only directory): `list`
/// and `bookmarks export` refused it, because every command opened it for writing.
///
/// Root ignores file modes, and the tests run as root in CI. So when the test runs as root the
/// commands run as `nobody` (setpriv drops the user, group and supplementary groups), for whom
/// the modes hold; as any other user they run as that user. Either way the permission check is
/// the kernel's, not a simulation.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: NewsroomBinary.path), "newsroom binary not built"))
struct ReadOnlyLibraryTests {
    static let setpriv = "/usr/bin/setpriv"
    static var canDropToNobody: Bool { getuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv) }

    /// Runs newsroom as an unprivileged user.
    private func runUnprivileged(_ arguments: [String]) throws -> NewsroomBinary.Result {
        guard getuid() == 0 else { return try NewsroomBinary.run(arguments) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.setpriv)
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", NewsroomBinary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NEWSROOM_DB"] = nil
        environment["HOME"] = "/nonexistent"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return NewsroomBinary.Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test(.enabled(if: canDropToNobody, "needs setpriv to drop root"))
    func readingCommandsWorkOnAReadOnlyLibrary() throws {
        let folder = try StoreTestFolder()
        let db = folder.database
        let seeded = try NewsroomBinary.run(["bookmarks", "test-hook", "seed", "5", "--db", db])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        let first = try #require(try bookmarkIDs(try NewsroomBinary.run(["list", "--json", "--db", db]).stdout).first)
        #expect(try NewsroomBinary.run(["bookmarks", "add", first, "--db", db]).status == 0)
        let library = (db as NSString).deletingLastPathComponent
        // Readable by anyone, writable by no one: the file and the directory holding it.
        for path in try FileManager.default.contentsOfDirectory(atPath: library) {
            #expect(chmod(library + "/" + path, 0o444) == 0)
        }
        #expect(chmod(library, 0o555) == 0)
        defer { chmod(library, 0o755) }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))

        let list = try runUnprivileged(["list", "--json", "--db", db])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(try bookmarkIDs(list.stdout).count == 5)
        for format in ["json", "markdown", "html"] {
            let export = try runUnprivileged(["bookmarks", "export", "--format", format, "--db", db])
            #expect(export.status == 0, "\(format): \(export.stderr)")
            #expect(export.stdout.contains(first), "\(format): \(export.stdout)")
        }
        let bookmarks = try runUnprivileged(["bookmarks", "list", "--db", db])
        #expect(bookmarks.status == 0, "\(bookmarks.stderr)")
        let search = try runUnprivileged(["search", "Artikel", "--db", db])
        #expect(search.status == 0, "\(search.stderr)")
        // A write is still refused with one line naming the file.
        let add = try runUnprivileged(["bookmarks", "remove", first, "--db", db])
        #expect(add.status != 0)
        #expect(add.stderr.hasPrefix("newsroom: ") && add.stderr.contains(library), "\(add.stderr)")
        #expect(add.stderr.split(separator: "\n").count == 1, "\(add.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }
}
