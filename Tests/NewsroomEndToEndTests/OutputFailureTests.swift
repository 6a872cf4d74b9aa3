import Foundation
import Testing

/// Output that cannot be written (a full disk) ends the command with one line and exit 1,
/// never a trap with a stack trace, and never exit 0 as if the listing were complete.
@Suite struct OutputFailureTests {
    /// Runs the binary with standard output on /dev/full (every write fails with ENOSPC).
    private func runIntoFullDisk(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: NewsroomBinary.path)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NEWSROOM_DB"] = nil
        process.environment = environment
        let errors = Pipe()
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        process.standardError = errors
        try process.run()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDiskIsOneLineAndExitOne() throws {
        let folder = try StoreTestFolder()
        let seeded = try NewsroomBinary.run(["bookmarks", "test-hook", "seed", "3", "--db", folder.database])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Samples/pages").path
        let page = try #require(try FileManager.default.contentsOfDirectory(atPath: samples).sorted().first)
        for arguments in [["list", "--db", folder.database], ["search", "Test", "--db", folder.database],
                          ["parse", samples + "/" + page], ["--version"]] {
            let result = try runIntoFullDisk(arguments)
            #expect(result.status == 1, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr == "newsroom: cannot write the output: No space left on device\n",
                    "\(arguments): \(result.stderr)")
        }
    }
}
