import Foundation
import NewsroomApp
import NewsroomStore
import Testing

/// `newsroom add` and the reader's paths without the executable: walk, parse, prepare, write.
@Suite struct ImportPipelineTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples").path

    @Test func aFolderGoesInAndABadFileIsReportedAndSkipped() throws {
        let library = try TestLibrary()
        let folder = library.folder + "/in"
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        for (name, target) in [("eh-gas-speicher.txt", "a.txt"), ("eh-netze-redispatch.txt", "sub/b.txt")] {
            try FileManager.default.copyItem(atPath: Self.samples + "/" + name, toPath: folder + "/" + target)
        }
        try Data("not an article".utf8).write(to: URL(fileURLWithPath: folder + "/README.md"))
        let bad = folder + "/kaputt.json"
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: bad))
        var reported: [String] = []
        let summary = try ArticleImport.run([folder], into: library.store) { reported.append($0) }
        #expect(summary.counts.added == 2)
        #expect(summary.failures == reported)
        #expect(summary.failures.count == 1 && summary.failures.first?.hasPrefix(bad + ": ") == true)
        #expect(try library.store.headlineCount(filter: .all) == 2)

        let again = try ArticleImport.run([folder], into: library.store)
        #expect(again.counts.added == 0 && again.counts.unchanged == 2)
    }
}
