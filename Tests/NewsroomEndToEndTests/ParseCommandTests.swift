import Foundation
import NewsroomCore
import Testing

/// Runs the real `newsroom parse` binary: NEWSROOM_BIN (set by `make test`), else
/// `<package root>/.build/debug/newsroom`.
@Suite struct ParseCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        if let env = ProcessInfo.processInfo.environment["NEWSROOM_BIN"] { return URL(fileURLWithPath: env) }
        return packageRoot.appendingPathComponent(".build/debug/newsroom")
    }

    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    func temporaryFile(_ bytes: [UInt8], name: String = "article.txt") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    func expectOneErrorLine(_ result: Run, status: Int32, mentioning fragment: String) {
        #expect(result.status == status)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("newsroom: "), "stderr: \(result.stderr)")
        #expect(result.stderr.hasSuffix("\n") && result.stderr.dropLast().split(separator: "\n", omittingEmptySubsequences: false).count == 1)
        #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)")
    }

    static let sample = packageRoot.appendingPathComponent("Samples/eh-oekostrom-buergerwind.txt")

    @Test(.enabled(if: binaryExists, "newsroom binary not built (swift build, or set NEWSROOM_BIN)"))
    func jsonOutputHasEveryKey() throws {
        let result = try run(["parse", Self.sample.path, "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == [
            "title", "kicker", "teaser", "body", "publication", "section", "imageCredit", "contacts", "copyright",
            "published", "headlines", "related",
        ])
        #expect(object["title"] as? String == "Bürgerwindpark Hohe Heide speist erstmals ein")
        #expect(object["published"] as? String == "2024-07-04T09:05:00+02:00")
        #expect((object["contacts"] as? [Any])?.count == 2)
    }

    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func textOutputFitsTheWidth() throws {
        let result = try run(["parse", Self.sample.path, "--width", "40"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Thursday 4 July 2024, 09:05 (UTC+02:00)"))
        #expect(result.stdout.contains("┌ Editor "))
        for line in result.stdout.split(separator: "\n") { #expect(DisplayWidth.of(line) <= 40, "\(line)") }
    }

    /// A feed item with links: clean paragraphs with numbered references and the link list
    /// in the text; no markers at all in the JSON body, the links in `blocks`.
    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func feedLinksPrintAsReferencesAndStayOutOfTheJSONBody() throws {
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>City</title><item><title>Council votes</title>
            <link>https://city.example/a</link><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[
            <p>The <a href="https://city.example/plan">council's plan</a> passed. <a href="javascript:alert(1)">Click</a>.</p>
            <ul><li>See <a href="https://city.example/minutes">the minutes</a></li></ul>]]></content:encoded></item></channel></rss>
            """
        let file = try temporaryFile(Array(feed.utf8), name: "links.xml")
        let text = try run(["parse", file.path, "--width", "60"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("The council's plan[1] passed. Click."))
        #expect(text.stdout.contains("• See the minutes[2]"))
        #expect(text.stdout.contains("Links\n[1] https://city.example/plan\n[2] https://city.example/minutes\n"))
        #expect(!text.stdout.contains("javascript"))
        let json = try run(["parse", file.path, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let item = try #require((object["articles"] as? [[String: Any]])?.first)
        #expect(item["body"] as? [String] == ["The council's plan passed. Click.", "• See the minutes"])
        #expect(item["blocks"] != nil)
    }

    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func textOutputDefaultsTo80ColumnsWhenPiped() throws {
        let result = try run(["parse", Self.packageRoot.appendingPathComponent("Samples/eh-handel-terminmarkt-lang.txt").path])
        #expect(result.status == 0)
        let widths = result.stdout.split(separator: "\n").map { DisplayWidth.of($0) }
        #expect(widths.max() ?? 0 <= 80)
        #expect(widths.max() ?? 0 > 60)
    }

    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func usageErrorsAreOneLine() throws {
        expectOneErrorLine(try run(["parse"]), status: 64, mentioning: "Missing expected argument '<file>' (see 'newsroom parse --help')")
        expectOneErrorLine(try run(["parse", "--width", "wide", "x.txt"]), status: 64, mentioning: "'wide'")
        expectOneErrorLine(try run(["list", "--bogus"]), status: 64, mentioning: "Unknown option '--bogus'")
    }

    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func missingFileExitsOne() throws {
        let result = try run(["parse", "/nonexistent/newsroom/missing.txt"])
        expectOneErrorLine(result, status: 1, mentioning: "/nonexistent/newsroom/missing.txt: No such file or directory")
    }

    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func unreadableFileExitsOne() throws {
        let url = try temporaryFile(Array("Titel\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path) }
        if FileManager.default.isReadableFile(atPath: url.path) { return }  // root reads anything
        expectOneErrorLine(try run(["parse", url.path]), status: 1, mentioning: "Permission denied")
    }

    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func badInputExitsTwo() throws {
        expectOneErrorLine(try run(["parse", try temporaryFile([]).path]), status: 2, mentioning: "the file is empty")
        expectOneErrorLine(
            try run(["parse", try temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]).path]), status: 2,
            mentioning: "binary")
        expectOneErrorLine(
            try run(["parse", try temporaryFile(Array("\n\n  \n".utf8)).path]), status: 2, mentioning: "no article title")
        expectOneErrorLine(
            try run(["parse", FileManager.default.temporaryDirectory.path]), status: 2, mentioning: "directory")
    }

    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func fileNameInErrorsIsSanitized() throws {
        let url = try temporaryFile([], name: "evil\u{1B}]0;title\u{07}.txt")
        let result = try run(["parse", url.path])
        expectOneErrorLine(result, status: 2, mentioning: "the file is empty")
        #expect(!result.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }

    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func hostileSamplesPrintNoRawControls() throws {
        let dir = Self.packageRoot.appendingPathComponent("Samples/hostile")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
        #expect(!names.isEmpty)
        for name in names {
            for arguments in [["--width", "30"], ["--json"]] {
                let result = try run(["parse", dir.appendingPathComponent(name).path] + arguments)
                #expect(result.status == 0, "\(name)")
                let bad = result.stdout.unicodeScalars.filter { s in
                    let v = s.value
                    return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                        || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C || v == 0x2028
                        || v == 0x2029
                }
                #expect(bad.isEmpty, "\(name) \(arguments): \(bad.map { String($0.value, radix: 16) })")
            }
        }
    }

    @Test(.enabled(if: binaryExists, "newsroom binary not built"))
    func seedArticleMatchesItsExpectedJSON() throws {
        let candidates = ["../shared/spec", "../../shared/spec"].map {
            Self.packageRoot.appendingPathComponent($0).standardized
        }
        guard let spec = candidates.first(where: {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("seed-article.txt").path)
        }) else { return }  // the spec is not shipped with the package
        let result = try run(["parse", spec.appendingPathComponent("seed-article.txt").path, "--json"])
        #expect(result.status == 0)
        let actual = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSDictionary
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: spec.appendingPathComponent("seed-article.expected.json"))) as? NSDictionary
        #expect(actual != nil && actual == expected)
    }
}
