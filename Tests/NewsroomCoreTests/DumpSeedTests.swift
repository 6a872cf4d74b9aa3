import Foundation
import Testing
@testable import NewsroomCore

@Suite struct DumpSeedTests {
    @Test(
        "The spec's seed article parses to its expected JSON",
        .enabled(if: TestPaths.specDirectory != nil, "shared/spec/seed-article.txt not found beside the package (set NEWSROOM_SPEC)"))
    func seedMatchesExpectedJSON() throws {
        let spec = try #require(TestPaths.specDirectory)
        let input = try Data(contentsOf: spec.appendingPathComponent("seed-article.txt"))
        let expected = try String(contentsOf: spec.appendingPathComponent("seed-article.expected.json"), encoding: .utf8)
        let article = try DumpParser.parse(Array(input))
        #expect(try jsonObject(ArticleJSON.encode(article)) == jsonObject(expected))
    }

    @Test("The project's full fixture parses to its expected JSON")
    func fullFixtureMatchesExpectedJSON() throws {
        let article = try DumpParser.parse(try TestPaths.fixture("full-article.txt"))
        let expected = String(decoding: try TestPaths.fixture("full-article.expected.json"), as: UTF8.self)
        #expect(try jsonObject(ArticleJSON.encode(article)) == jsonObject(expected))
    }
}
