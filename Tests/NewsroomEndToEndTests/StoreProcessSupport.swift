import Foundation

/// Runs the built `newsroom` binary for the store's process-level tests. The binary comes from
/// NEWSROOM_BIN (set by `make test`), else `<package>/.build/debug/newsroom`.
enum NewsroomBinary {
    static var path: String {
        if let fromEnvironment = ProcessInfo.processInfo.environment["NEWSROOM_BIN"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug/newsroom").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs to completion. The environment is cleared of NEWSROOM_DB so only `--db` counts.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = try start(arguments, environment: environment)
        let out = process.standardOutputPipe.fileHandleForReading.readDataToEndOfFile()
        let err = process.standardErrorPipe.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return Result(
            status: process.process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// Runs with a deadline: a process still running after `seconds` is killed and the result
    /// says so (`timedOut`), so a test of a former hang fails instead of hanging the suite.
    static func run(_ arguments: [String], timeout seconds: Double, environment: [String: String] = [:]) throws -> (result: Result, timedOut: Bool) {
        let running = try start(arguments, environment: environment)
        let deadline = Date().addingTimeInterval(seconds)
        while running.process.isRunning, Date() < deadline { usleep(20_000) }
        let timedOut = running.process.isRunning
        if timedOut { kill(running.process.processIdentifier, SIGKILL) }
        running.process.waitUntilExit()
        let out = running.standardOutputPipe.fileHandleForReading.readDataToEndOfFile()
        let err = running.standardErrorPipe.fileHandleForReading.readDataToEndOfFile()
        let result = Result(
            status: running.process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
        return (result, timedOut)
    }

    final class Running {
        let process: Process
        let standardOutputPipe = Pipe()
        let standardErrorPipe = Pipe()

        init(process: Process) {
            self.process = process
        }
    }

    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        merged["NEWSROOM_DB"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let running = Running(process: process)
        process.standardOutput = running.standardOutputPipe
        process.standardError = running.standardErrorPipe
        try process.run()
        return running
    }
}

/// A temporary folder for one test's library, removed afterwards.
final class StoreTestFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/newsroom-e2e-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    var database: String { path + "/library/newsroom.sqlite" }
}

/// Short ids in `bookmarks list --json` output.
func bookmarkIDs(_ json: String) throws -> [String] {
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
    guard let objects = parsed as? [[String: Any]] else { return [] }
    return objects.compactMap { $0["id"] as? String }
}
