import Foundation
import Testing
@testable import NewsroomConfig

@Suite("newsroom config: the report")
struct ConfigurationReportTests {
    static let path = "/home/u/.config/newsroom/config"

    func report(_ text: String?, environment: [String: String] = [:]) throws -> String {
        ConfigurationReport.text(try load(text, environment: environment), databasePath: "/home/u/.local/share/newsroom/newsroom.sqlite",
                                 urlsPath: "/home/u/.config/newsroom/urls")
    }

    func line(_ key: String, in report: String) -> String? {
        report.split(separator: "\n").map(String.init).first { $0.hasPrefix(key + " = ") }
    }

    @Test("each setting says where it came from")
    func origins() throws {
        let text = try report("layout = \"single\"\n\n[colors]\nlink = \"underline 39\"\n", environment: ["NEWSROOM_DB": "/env.sqlite"])
        #expect(text.contains("# configuration file: \(Self.path) (the standard place)"))
        #expect(line("layout", in: text) == "layout = \"single\"                 # \(Self.path):1")
        #expect(line("split", in: text) == "split = 40                        # default")
        #expect(line("db", in: text) == "db = \"/env.sqlite\"                # environment NEWSROOM_DB")
        #expect(line("urls", in: text) == "urls = \"/home/u/.config/newsroom/urls\" # default")
        #expect(line("link", in: text) == "link = \"underline 39\"             # \(Self.path):4")
        #expect(line("kicker", in: text) == "kicker = \"bold cyan\"              # default")
        #expect(text.contains("# browser = \"w3m\""))
    }

    @Test("the report is a configuration file that loads to the same settings")
    func roundTrip() throws {
        let original = try load("layout = \"stacked\"\nsplit = 25\ndate-format = \"%e %b\"\nbrowser = [\"a b\", \"-x\"]\n[colors]\ntitle = \"bold #ff8800 on 17\"\n")
        let text = ConfigurationReport.text(original, databasePath: "/d", urlsPath: "/u")
        let again = try load(text)
        #expect(again.readerSettings == original.readerSettings)
        #expect(again.browser.value == ["a b", "-x"])
        #expect(again.looks[.title] == original.looks[.title])
        #expect(again.database.value == "/d")
    }

    @Test("under NO_COLOR the colours are marked off")
    func noColor() throws {
        #expect(try report(nil, environment: ["NO_COLOR": "1"]).contains("# colours are off (environment NO_COLOR)"))
    }
}

@Suite("The documented examples load")
struct DocumentedExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The ```toml blocks of a document.
    static func examples(in name: String) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        return text.components(separatedBy: "```toml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    }

    @Test("every TOML example in the README and docs/cli.md is a valid configuration", arguments: ["README.md", "docs/cli.md"])
    func examplesLoad(document: String) throws {
        let examples = try Self.examples(in: document)
        #expect(!examples.isEmpty)
        for example in examples {
            #expect(throws: Never.self) { try load(example) }
        }
    }
}
