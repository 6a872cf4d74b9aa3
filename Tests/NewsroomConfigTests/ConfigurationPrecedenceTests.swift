import NewsroomTerminal
import Testing
@testable import NewsroomConfig

@Suite("Configuration: precedence and origins")
struct ConfigurationPrecedenceTests {
    static let path = "/home/u/.config/newsroom/config"

    @Test("option over NEWSROOM_DB over the file over the standard place")
    func database() throws {
        let file = "db = \"/from/file.sqlite\"\n"
        #expect(try load(nil).database == Sourced(nil))
        #expect(try load(file).database == Sourced("/from/file.sqlite", .file(path: Self.path, line: 1)))
        #expect(try load(file, environment: ["NEWSROOM_DB": "/env.sqlite"]).database
            == Sourced("/env.sqlite", .environment("NEWSROOM_DB")))
        #expect(try load(file, environment: ["NEWSROOM_DB": "/env.sqlite"], options: ConfigurationOptions(database: "x.sqlite")).database
            == Sourced("x.sqlite", .option("--db")))
    }

    @Test("the urls file: --urls over NEWSROOM_URLS over the file")
    func urls() throws {
        let file = "urls = \"/from/file\"\n"
        #expect(try load(file, environment: ["NEWSROOM_URLS": "/env"]).urls == Sourced("/env", .environment("NEWSROOM_URLS")))
        #expect(try load(file, options: ConfigurationOptions(urls: "u")).urls == Sourced("u", .option("--urls")))
    }

    @Test("the file's browser over $BROWSER, which is used without one")
    func browser() throws {
        #expect(try load(nil, environment: ["BROWSER": " lynx :w3m"]).browser == Sourced(["lynx"], .environment("BROWSER")))
        #expect(try load("browser = [\"w3m\", \"-N\"]\n", environment: ["BROWSER": "lynx"]).browser
            == Sourced(["w3m", "-N"], .file(path: Self.path, line: 1)))
    }

    @Test("--hyperlinks over the file's hyperlinks")
    func hyperlinks() throws {
        #expect(try load("hyperlinks = \"on\"\n").hyperlinks.value == .on)
        #expect(try load("hyperlinks = \"on\"\n", options: ConfigurationOptions(hyperlinks: .off)).hyperlinks
            == Sourced(.off, .option("--hyperlinks")))
    }

    @Test("where the file is: --config, $NEWSROOM_CONFIG, $XDG_CONFIG_HOME (absolute only), HOME")
    func location() {
        let home = ["HOME": "/home/u"]
        #expect(ConfigurationLoader.location(option: "/c", environment: home) == Sourced("/c", .option("--config")))
        #expect(ConfigurationLoader.location(option: nil, environment: home.merging(["NEWSROOM_CONFIG": "/n"]) { $1 })
            == Sourced("/n", .environment("NEWSROOM_CONFIG")))
        #expect(ConfigurationLoader.location(option: nil, environment: home.merging(["XDG_CONFIG_HOME": "/x"]) { $1 })
            == Sourced("/x/newsroom/config"))
        #expect(ConfigurationLoader.location(option: nil, environment: home.merging(["XDG_CONFIG_HOME": "rel"]) { $1 })
            == Sourced("/home/u/.config/newsroom/config"))
        #expect(ConfigurationLoader.location(option: nil, environment: [:]) == nil)
    }

    @Test("NO_COLOR is noted, whatever the file says")
    func noColor() throws {
        let configuration = try load("[colors]\ntitle = \"red\"\n", environment: ["NO_COLOR": ""])
        #expect(configuration.noColor)
        #expect(configuration.looks[.title] == Look(.red))
    }
}
