import Foundation
import Testing

/// The configuration file through the real binary: `newsroom config`, a bad file stopping
/// every command the same way, `--db`/`--config` on every command but `parse`.
@Suite struct ConfigurationCommandTests {
    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: NewsroomBinary.path) }

    /// Every command that reads the configuration, with arguments that would otherwise work.
    static let commands: [[String]] = [
        ["config"], ["list"], ["search", "wasser"], ["add", "/nonexistent-file"], ["feeds"], ["reload"],
        ["subscribe", "https://example.org/feed.xml"], ["unsubscribe", "https://example.org/feed.xml"],
        ["import-opml", "/nonexistent.opml"], ["export-opml"],
        ["bookmarks"], ["bookmarks", "list"], ["bookmarks", "export", "--format", "json"],
        ["bookmarks", "add", "abcd"], ["bookmarks", "remove", "abcd"], ["bookmarks", "import", "/nonexistent.json"],
        ["read"], [],
    ]

    func write(_ text: String, in folder: StoreTestFolder, name: String = "config") throws -> String {
        let path = folder.path + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(.enabled(if: binaryExists))
    func configPrintsEachSettingWithWhereItCameFrom() throws {
        let folder = try StoreTestFolder()
        let config = try write("# mine\nlayout = \"stacked\"\nsplit = 30\n\n[colors]\nkicker = \"bold 208\"\n", in: folder)
        let result = try NewsroomBinary.run(
            ["config", "--config", config, "--db", folder.database],
            environment: ["NEWSROOM_URLS": "/elsewhere/urls", "BROWSER": "lynx"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        func line(_ key: String) -> String { lines.first { $0.hasPrefix(key + " = ") } ?? "(no \(key) line)" }
        #expect(lines.contains("# configuration file: \(config) (option --config)"))
        #expect(line("layout").hasPrefix("layout = \"stacked\"") && line("layout").hasSuffix("# \(config):2"))
        #expect(line("split").hasSuffix("# \(config):3"))
        #expect(line("reading-width").hasPrefix("reading-width = 80") && line("reading-width").hasSuffix("# default"))
        #expect(line("db").hasPrefix("db = \"\(folder.database)\"") && line("db").hasSuffix("# option --db"))
        #expect(line("urls").hasPrefix("urls = \"/elsewhere/urls\"") && line("urls").hasSuffix("# environment NEWSROOM_URLS"))
        #expect(line("browser").hasPrefix("browser = \"lynx\"") && line("browser").hasSuffix("# environment BROWSER"))
        #expect(line("kicker").hasPrefix("kicker = \"bold 208\"") && line("kicker").hasSuffix("# \(config):6"))
        #expect(line("title").hasSuffix("# default"))
    }

    @Test(.enabled(if: binaryExists))
    func theConfigOutputIsItselfAConfigurationFile() throws {
        let folder = try StoreTestFolder()
        let config = try write("date-format = \"%e %b\"\nbrowser = [\"w3m\", \"-N\"]\n", in: folder)
        let first = try NewsroomBinary.run(["config", "--config", config])
        let copy = try write(first.stdout, in: folder, name: "copy")
        let second = try NewsroomBinary.run(["config", "--config", copy])
        #expect(second.status == 0, "\(second.stderr)")
        let settings = { (text: String) in text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "#").first ?? "" } }
        #expect(settings(second.stdout) == settings(first.stdout))
    }

    @Test(.enabled(if: binaryExists), arguments: commands)
    func anUnknownKeyStopsEveryCommandNamingFileLineAndKey(command: [String]) throws {
        let folder = try StoreTestFolder()
        let config = try write("layout = \"auto\"\n\ncolour = \"red\"\n", in: folder)
        let result = try NewsroomBinary.run(command + ["--config", config, "--db", folder.database])
        #expect(result.status == 2, "\(command): \(result.stderr)")
        #expect(result.stderr == "newsroom: \(config):3: colour: unknown key (keys: db, urls, layout, split, reading-width, date-format, browser, full-article, reload-at-start, hyperlinks, colors)\n",
                "\(command)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.database), "\(command) opened the library")
    }

    @Test(.enabled(if: binaryExists))
    func aBadValueInTheStandardPlaceStopsTheReaderBeforeTheScreen() throws {
        let folder = try StoreTestFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/newsroom", withIntermediateDirectories: true)
        _ = try write("split = 95\n", in: folder, name: "newsroom/config")
        let result = try NewsroomBinary.run(["--db", folder.database, Reader.samples], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(result.status == 2)
        #expect(result.stderr == "newsroom: \(folder.path)/newsroom/config:1: split: 95 is out of range (10-90 percent)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.database), "nothing was imported")
    }

    @Test(.enabled(if: binaryExists))
    func aConfigFileNamedButMissingIsAnError() throws {
        let result = try NewsroomBinary.run(["list", "--config", "/nonexistent/config"])
        #expect(result.status == 2)
        #expect(result.stderr == "newsroom: /nonexistent/config: no such configuration file (named by option --config)\n")
    }

    @Test(.enabled(if: binaryExists))
    func theFilesDbIsTheLibraryBelowTheOptionAndTheEnvironment() throws {
        let folder = try StoreTestFolder()
        let fromFile = folder.path + "/from-file.sqlite"
        let config = try write("db = \"\(fromFile)\"\n", in: folder)
        let add = try NewsroomBinary.run(["add", "--config", config, Reader.samples + "/eh-gas-speicher.txt"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(FileManager.default.fileExists(atPath: fromFile))
        let viaFile = try NewsroomBinary.run(["list", "--config", config, "--json"])
        #expect(viaFile.stdout.contains("\"title\""))
        let viaOption = try NewsroomBinary.run(["list", "--config", config, "--db", folder.database, "--json"])
        #expect(viaOption.stdout == "[]\n")
        let viaEnvironment = try NewsroomBinary.run(["list", "--config", config, "--json"], environment: ["NEWSROOM_DB": folder.database])
        #expect(viaEnvironment.stdout == "[]\n")
    }

    @Test(.enabled(if: binaryExists))
    func subscribeAndImportOPMLTakeDbAndConfigLikeTheOthers() throws {
        let folder = try StoreTestFolder()
        let config = try write("urls = \"\(folder.path)/my-urls\"\n", in: folder)
        let subscribe = try NewsroomBinary.run(["subscribe", "https://example.org/feed.xml", "--db", folder.database, "--config", config])
        #expect(subscribe.status == 0, "\(subscribe.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/my-urls", encoding: .utf8).contains("https://example.org/feed.xml"))
        let opml = try write("<opml version=\"2.0\"><body><outline xmlUrl=\"https://example.org/b.xml\"/></body></opml>", in: folder, name: "f.opml")
        let imported = try NewsroomBinary.run(["import-opml", opml, "--db", folder.database, "--config", config])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try String(contentsOfFile: folder.path + "/my-urls", encoding: .utf8).contains("https://example.org/b.xml"))
    }

    @Test(.enabled(if: binaryExists))
    func parseTakesNeitherDbNorConfig() throws {
        let result = try NewsroomBinary.run(["parse", Reader.samples + "/eh-gas-speicher.txt", "--config", "/x"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Unknown option '--config'"))
    }

    @Test(.enabled(if: binaryExists))
    func theFullArticleDefaultReachesReload() throws {
        // A file:// feed whose item links to a page that is not there: with the default on,
        // reload tries the page (and says so); off, it does not.
        let folder = try StoreTestFolder()
        let feed = try write("""
            <rss version="2.0"><channel><title>T</title>
            <item><title>One</title><link>http://127.0.0.1:9/one</link><guid>one</guid><description>Teaser.</description></item>
            </channel></rss>
            """, in: folder, name: "feed.xml")
        let urls = try write("file://\(feed)\n", in: folder, name: "urls")
        let off = try write("full-article = false\n", in: folder, name: "off")
        let on = try write("full-article = true\n", in: folder, name: "on")
        let quiet = try NewsroomBinary.run(["reload", "--config", off, "--urls", urls, "--db", folder.database, "--timeout", "5"])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(!quiet.stdout.contains("full articles:"))
        let tried = try NewsroomBinary.run(["reload", "--config", on, "--urls", urls, "--db", folder.database, "--timeout", "5"])
        #expect(tried.stdout.contains("full articles: 0 loaded, 1 failed"), "\(tried.stdout)")
        // A feed tagged no-full-article opts out.
        _ = try write("file://\(feed) no-full-article\n", in: folder, name: "urls")
        let optedOut = try NewsroomBinary.run(["reload", "--config", on, "--urls", urls, "--db", folder.database, "--timeout", "5"])
        #expect(!optedOut.stdout.contains("full articles:"), "\(optedOut.stdout)")
    }
}
