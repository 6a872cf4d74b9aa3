import Foundation
import Testing
@testable import NewsroomCore

/// Every file in Samples/ and Samples/hostile/ must parse, and hostile text must not leak
/// control characters into the JSON (the readable layout: NewsroomUITests/ArticleTextTests).
@Suite struct DumpSamplesTests {
    static func files(_ subdirectory: String?) -> [URL] {
        var dir = TestPaths.samplesDirectory
        if let subdirectory { dir = dir.appendingPathComponent(subdirectory) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
    }

    @Test func thereAreEnoughSamples() {
        #expect(Self.files(nil).count >= 12)
        #expect(Self.files("hostile").count >= 5)
    }

    @Test(arguments: files(nil))
    func sampleParsesCompletely(file: URL) throws {
        let article = try DumpParser.parse(Array(try Data(contentsOf: file)))
        #expect(!article.title.isEmpty)
        #expect(article.publication != nil || article.headlines.isEmpty, "\(file.lastPathComponent)")
        #expect(article.teaser != nil)
    }

    @Test func samplesLinkToEachOther() throws {
        let articles = try Self.files(nil).map { try DumpParser.parse(Array(try Data(contentsOf: $0))) }
        let titles = Set(articles.map(\.title))
        let references = articles.flatMap { $0.related + $0.headlines }
        #expect(!references.isEmpty)
        for reference in references { #expect(titles.contains(reference), "no sample titled \(reference)") }
    }

    @Test(arguments: files("hostile"))
    func hostileSampleParsesAndRendersSafely(file: URL) throws {
        let article = try DumpParser.parse(Array(try Data(contentsOf: file)))
        #expect(rawControlScalars(in: ArticleJSON.encode(article)).isEmpty)
    }
}
