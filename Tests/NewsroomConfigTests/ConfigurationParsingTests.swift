import NewsroomCore
import NewsroomTerminal
import NewsroomUI
import Testing
@testable import NewsroomConfig

/// Loads a configuration from text, as if it were the file at /home/u/.config/newsroom/config.
func load(_ text: String?, environment: [String: String] = [:], options: ConfigurationOptions = ConfigurationOptions())
    throws(ConfigurationError) -> Configuration {
    var variables = ["HOME": "/home/u"]
    variables.merge(environment) { _, new in new }
    return try ConfigurationLoader.load(options: options, environment: variables) { _ throws(ConfigurationError) in
        text.map { Array($0.utf8) }
    }
}

/// The one line a bad configuration gives, or nil when it loads.
func problem(_ text: String, environment: [String: String] = [:]) -> String? {
    do {
        _ = try load(text, environment: environment)
        return nil
    } catch {
        return error.description
    }
}

@Suite("Configuration file: parsing and checking")
struct ConfigurationParsingTests {
    static let path = "/home/u/.config/newsroom/config"

    @Test("every key of a good file is read, with its line as the origin")
    func goodFile() throws {
        let configuration = try load("""
            # reader
            layout = "stacked"
            split = 30
            reading-width = 72
            date-format = "%Y-%m-%d"
            browser = "firefox --new-tab"
            full-article = true
            reload-at-start = true
            hyperlinks = "off"
            db = "~/news/library.sqlite"
            urls = "/srv/feeds/urls"

            [colors]
            kicker = "bold bright-cyan"
            selection = "white on #1d4f91"
            status-bar = "black on 214"
            """)
        #expect(configuration.fileExists)
        #expect(configuration.layout == Sourced(.stacked, .file(path: Self.path, line: 2)))
        #expect(configuration.split == Sourced(30, .file(path: Self.path, line: 3)))
        #expect(configuration.readingWidth.value == 72)
        #expect(configuration.dateFormat.value.pattern == "%Y-%m-%d")
        #expect(configuration.browser.value == ["firefox", "--new-tab"])
        #expect(configuration.fullArticle.value && configuration.reloadAtStart.value)
        #expect(configuration.hyperlinks.value == .off)
        #expect(configuration.database.value == "/home/u/news/library.sqlite")
        #expect(configuration.urls == Sourced("/srv/feeds/urls", .file(path: Self.path, line: 11)))
        #expect(configuration.colors[.kicker] == Sourced(Look(.indexed(14), on: .terminalDefault, .bold), .file(path: Self.path, line: 14)))
        #expect(configuration.colors[.selection]?.value == Look(.white, on: .rgb(0x1d, 0x4f, 0x91)))
        #expect(configuration.colors[.statusBar]?.value == Look(.black, on: .indexed(214)))
        let isoDates = try DateFormat("%Y-%m-%d")
        #expect(configuration.readerSettings == ReaderSettings(layout: .stacked, splitPercent: 30, readingWidth: 72, dateFormat: isoDates))
    }

    @Test("no file at the standard place: every setting is its default")
    func noFile() throws {
        let configuration = try load(nil)
        #expect(!configuration.fileExists)
        #expect(configuration.file == Sourced(Self.path))
        #expect(configuration.readerSettings == ReaderSettings())
        #expect(configuration.layout.origin == .standard)
        #expect(configuration.colors.isEmpty && configuration.browser.value == nil)
    }

    @Test("an unknown key stops with file:line: key")
    func unknownKey() {
        #expect(problem("layout = \"auto\"\n\ncolour = \"red\"\n")
            == "\(Self.path):3: colour: unknown key (keys: db, urls, layout, split, reading-width, date-format, browser, full-article, reload-at-start, hyperlinks, colors)")
        #expect(problem("[colors]\nheadline = \"red\"\n")?.hasPrefix("\(Self.path):2: colors.headline: unknown role (roles: normal, dim,") == true)
    }

    @Test("a bad value stops with file:line: key and why", arguments: [
        ("layout = \"sideways\"", "layout: \"sideways\" is not one of auto, side-by-side, stacked, single"),
        ("split = 95", "split: 95 is out of range (10-90 percent)"),
        ("split = \"wide\"", "split: is a string, not a number of percent (10-90)"),
        ("reading-width = 12.5", "reading-width: is a fraction, not a number of columns (20-400)"),
        ("date-format = \"%d.%q\"", "date-format: \"%d.%q\" %q is not a date field (use %d %e %m %b %y %Y %H %M %a %%)"),
        ("browser = \"\"", "browser: is empty (name a program, e.g. \"w3m\")"),
        ("full-article = \"yes\"", "full-article: is a string, not true or false"),
        ("db = \"library.sqlite\"", "db: \"library.sqlite\" is not an absolute path (start it with / or ~/)"),
        ("[colors]\ntitle = \"purple\"", "colors.title: \"purple\" is not a colour (a name like cyan or bright-cyan, 0-255, #rrggbb, or default)"),
        ("[colors]\ntitle = \"red on\"", "colors.title: \"on\" needs a background colour after it"),
        ("[colors]\ntitle = 300", "colors.title: is a number, not a colour like \"bold cyan on default\""),
    ])
    func badValue(line: String, message: String) {
        let text = "# my settings\n" + line + "\n"
        let lineNumber = line.contains("\n") ? 3 : 2
        #expect(problem(text) == "\(Self.path):\(lineNumber): \(message)")
    }

    @Test("the first problem in the file is the one reported")
    func firstProblem() {
        #expect(problem("split = 5\nlayout = \"x\"\nbogus = 1\n")?.hasPrefix("\(Self.path):1: split:") == true)
    }

    @Test("text that is not TOML names the line TOMLKit found")
    func notTOML() {
        #expect(problem("layout = \"auto\"\nsplit = \n")?.hasPrefix("\(Self.path):2: not valid TOML: ") == true)
    }

    @Test("a file that --config or $NEWSROOM_CONFIG names must exist")
    func namedFileMustExist() {
        #expect(throws: ConfigurationError("/tmp/nope: no such configuration file (named by option --config)")) {
            try load(nil, options: ConfigurationOptions(configFile: "/tmp/nope"))
        }
        #expect(throws: ConfigurationError("/tmp/nope: no such configuration file (named by environment NEWSROOM_CONFIG)")) {
            try load(nil, environment: ["NEWSROOM_CONFIG": "/tmp/nope"])
        }
    }

    @Test("keys in dotted form, quoted, and in inline tables are found on their lines")
    func keyLines() {
        let lines = KeyLines("a = 1\n\"b\" = 2\n[colors]\n  title = \"x\"\nc = { d = 1 }\ns = \"\"\"\nz = 1\n\"\"\"\nlast = 2\n")
        #expect(lines.line(of: ["a"]) == 1)
        #expect(lines.line(of: ["b"]) == 2)
        #expect(lines.line(of: ["colors", "title"]) == 4)
        #expect(lines.line(of: ["colors", "c", "d"]) == 5)
        #expect(lines.line(of: ["colors", "last"]) == 9)
        #expect(lines.line(of: ["colors", "z"]) == 3, "inside a multi-line string: no key there")
    }
}
