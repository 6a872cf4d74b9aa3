import Foundation
import NewsroomApp
import NewsroomStore
import NewsroomUI
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

/// What the reader says about the import of the paths it was given.
@Suite struct ImportReportTests {
    static func summary(added: Int = 0, updated: Int = 0, unchanged: Int = 0, failures: Int = 0) -> ArticleImport.Summary {
        var summary = ArticleImport.Summary()
        summary.counts = ImportCounts(added: added, updated: updated, unchanged: unchanged)
        summary.failures = (0..<failures).map { "/tmp/\($0).txt: unreadable" }
        return summary
    }

    @Test func newAndSkippedFilesMakeTheFirstStatusLine() {
        #expect(Self.summary(added: 3).readerStartMessage == StatusMessage("Imported: 3 new."))
        #expect(Self.summary(added: 2, updated: 1, failures: 1).readerStartMessage == StatusMessage(
            "Imported: 2 new, 1 updated, 1 file skipped (listed on stderr after you quit).", isError: true))
        #expect(Self.summary(unchanged: 5).readerStartMessage == nil)
    }

    @Test func onlySkippedFilesMeanNothingToRead() {
        #expect(Self.summary(failures: 1).nothingToRead == "nothing to read: the file was skipped")
        #expect(Self.summary(failures: 3).nothingToRead == "nothing to read: all 3 files were skipped")
        #expect(Self.summary(unchanged: 1, failures: 3).nothingToRead == nil)
        #expect(Self.summary().nothingToRead == nil)
    }
}
