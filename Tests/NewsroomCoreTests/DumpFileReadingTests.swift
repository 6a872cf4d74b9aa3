import Foundation
import Testing
@testable import NewsroomCore

/// `FileBytes.read`: what `newsroom parse` (and later imports) read files with.
@Suite struct DumpFileReadingTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-filebytes-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func readsTheWholeFile() throws {
        let content = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 % 251 + 1) }
        let path = try temporaryFile(content)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path: path) == content)
        #expect(try FileBytes.read(path: try temporaryFile([])) == [])
    }

    @Test func refusesFilesOverTheLimitBeforeReading() throws {
        let path = try temporaryFile([UInt8](repeating: 0x41, count: 101))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: FileReadError.tooLarge(limit: 100)) { try FileBytes.read(path: path, limit: 100) }
        #expect(try FileBytes.read(path: path, limit: 101).count == 101)
    }

    @Test func directoriesDevicesAndMissingFiles() {
        #expect(throws: FileReadError.isDirectory) { try FileBytes.read(path: FileManager.default.temporaryDirectory.path) }
        #expect(throws: FileReadError.notRegularFile) { try FileBytes.read(path: "/dev/null") }
        #expect(throws: FileReadError.unreadable("No such file or directory")) {
            try FileBytes.read(path: "/nonexistent/newsroom/file.txt")
        }
        #expect(FileReadError.isDirectory.isBadInput)
        #expect(!FileReadError.unreadable("x").isBadInput)
    }
}
