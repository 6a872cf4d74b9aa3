import Testing
@testable import NewsroomCore

@Suite struct UrlsFileTests {
    @Test func readsUrlsTagsQuotesAndComments() {
        let file = UrlsFile(text: "# comment\r\n\nhttps://a.example/rss news \"long reads\" \"say \\\"hi\\\"\"\n\thttps://b.example\n#https://c.example\nhttps://a.example/rss dup\n")
        #expect(file.subscriptions == [
            Subscription(url: "https://a.example/rss", tags: ["news", "long reads", "say \"hi\""]),
            Subscription(url: "https://b.example"),
        ])
    }

    @Test func addMergesTagsAndRemoveKeepsOtherLines() throws {
        var file = UrlsFile(text: "# mine\nhttps://a.example/rss news\n")
        let merged = try file.add(Subscription(url: "https://a.example/rss", tags: ["news", "two words"]))
        let again = try file.add(Subscription(url: "https://a.example/rss", tags: ["news"]))
        let added = try file.add(Subscription(url: "https://b.example/atom"))
        #expect(merged && !again && added)
        #expect(file.text == "# mine\nhttps://a.example/rss news \"two words\"\nhttps://b.example/atom\n")
        let removed = file.remove(url: "https://a.example/rss")
        let removedAgain = file.remove(url: "https://a.example/rss")
        #expect(removed && !removedAgain)
        #expect(file.text == "# mine\nhttps://b.example/atom\n")
        // What was written reads back the same.
        let tagged = Subscription(url: "https://c.example", tags: ["a\\b", "q\"t", "sp ace"])
        var other = UrlsFile(text: "")
        try other.add(tagged)
        #expect(UrlsFile(text: other.text).subscriptions == [tagged])
    }

    /// newsboat runs `exec:` lines of this file: a tag (from an OPML `category` or `--tag`) with
    /// a line break used to be written as a line of its own.
    @Test(arguments: ["a\r\nexec:touch /tmp/x", "t\nexec:x", "t\rexec:x", "t\u{2028}exec:x", "t\u{85}exec:x", "\u{0}t\u{1B}[2J"])
    func noTagCanStartALine(_ tag: String) throws {
        var file = UrlsFile(text: "# mine\n")
        try file.add(Subscription(url: "https://a.example/rss", tags: [tag, "ok"]))
        #expect(file.lines.count == 2)
        let written = file.lines.joined().unicodeScalars
        #expect(!written.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x2028 })
        let read = UrlsFile(text: file.text)
        #expect(read.subscriptions.count == 1)
        #expect(read.subscriptions.first?.tags.count == 2)
        #expect(read.subscriptions.first?.tags.last == "ok")
        #expect(read.lines.allSatisfy { !$0.hasPrefix("exec:") })
    }

    /// `add` finds URLs through an index of the lines (not a scan per add): it must still
    /// merge into the first line of a URL listed twice, and see lines removed and added since.
    @Test func addFindsTheFirstLineOfAURLAfterEdits() throws {
        var file = UrlsFile(text: "https://a.example/rss one\nhttps://b.example/rss\nhttps://a.example/rss two\n")
        try file.add(Subscription(url: "https://a.example/rss", tags: ["three"]))
        #expect(file.lines[0] == "https://a.example/rss one three")
        file.remove(url: "https://a.example/rss")
        try file.add(Subscription(url: "https://c.example/rss"))
        try file.add(Subscription(url: "https://b.example/rss", tags: ["x"]))
        try file.add(Subscription(url: "https://c.example/rss", tags: ["y"]))
        #expect(file.text == "https://b.example/rss x\nhttps://c.example/rss y\n")
        let added = try file.add(Subscription(url: "https://a.example/rss"))
        #expect(added && file.lines.count == 3)
    }

    @Test func aTagOfOnlyControlCharactersIsDropped() throws {
        var file = UrlsFile(text: "")
        try file.add(Subscription(url: "https://a.example/rss", tags: ["\n\r\t", "news"]))
        #expect(file.text == "https://a.example/rss news\n")
    }

    @Test(arguments: ["https://a.example/x\nexec:ls", "https://a.example/x y", "https://a.example/\u{0}", "exec:ls"])
    func theWriterRefusesLocationsThatCouldBreakALine(_ url: String) {
        var file = UrlsFile(text: "# mine\n")
        #expect(throws: RefusedSubscription.self) { try file.add(Subscription(url: url)) }
        #expect(file.text == "# mine\n")
    }

    @Test(arguments: ["javascript:alert(1)", "exec:ls", "filter:x:y", "", "http://", "https://a b", "data:text/html,x", "relative/path"])
    func refusesLocationsThatAreNotFeeds(_ location: String) {
        #expect(Subscription.problem(with: location) != nil)
    }

    @Test(arguments: ["http://a.example/f", "HTTPS://a.example", "file:///tmp/f.xml", "/tmp/f.xml"])
    func acceptsFeedLocations(_ location: String) {
        #expect(Subscription.problem(with: location) == nil)
    }
}

@Suite struct TextLinesTests {
    @Test func lfCrlfAndLoneCrEndLines() {
        #expect(TextLines("a\nb\r\nc\rd").lines == ["a", "b", "c", "d"])
        #expect(TextLines("a\r\n\r\nb\r\n").lines == ["a", "", "b"])
        #expect(TextLines("").lines == [])
        #expect(TextLines("\n").lines == [""])
        #expect(TextLines("é\r\n日本").lines == ["é", "日本"])
    }

    @Test func theFirstLineEndIsKept() {
        #expect(TextLines("a\r\nb\nc").lineEnd == .crlf)
        #expect(TextLines("a\rb").lineEnd == .cr)
        #expect(TextLines("a").lineEnd == .lf)
        #expect(TextLines("a\r\nb").text == "a\r\nb\r\n")
    }
}

@Suite struct UrlsFileLineEndTests {
    /// A CR LF urls file was one line: only its first feed was seen, and removing that feed
    /// removed the whole file.
    @Test(arguments: [TextLines.LineEnd.crlf, .cr, .lf])
    func everyFeedIsSeenAndRemovingOneKeepsTheOthers(_ end: TextLines.LineEnd) throws {
        let lines = ["# mine", "https://a.example/rss news", "https://b.example/atom", "https://c.example/feed"]
        var file = UrlsFile(text: lines.joined(separator: end.rawValue) + end.rawValue)
        #expect(file.subscriptions.map(\.url) == ["https://a.example/rss", "https://b.example/atom", "https://c.example/feed"])
        let removed = file.remove(url: "https://a.example/rss")
        #expect(removed)
        try file.add(Subscription(url: "https://d.example/new"))
        let expected = ["# mine", "https://b.example/atom", "https://c.example/feed", "https://d.example/new"]
        #expect(file.text == expected.joined(separator: end.rawValue) + end.rawValue)
    }
}

@Suite struct OPMLTests {
    @Test func foldersAndCategoriesBecomeTags() throws {
        let text = """
            <opml version="2.0"><body>
              <outline text="Tech"><outline text="Linux">
                <outline xmlUrl=" https://lwn.example/rss " title="LWN" category="/kernel,news"/>
              </outline></outline>
              <outline xmlUrl="https://lwn.example/rss" category="more"/>
              <outline text="no url, no children"/>
            </body></opml>
            """
        let outlines = try OPML.parse(Array(text.utf8))
        #expect(outlines == [OPML.Outline(url: "https://lwn.example/rss", title: "LWN", tags: ["Tech", "Linux", "kernel", "news", "more"])])
    }

    @Test func renderedDocumentReadsBack() throws {
        let subscriptions = [
            Subscription(url: "https://a.example/?x=1&y=<2>", tags: ["t1", "t2"]),
            Subscription(url: "https://b.example/feed"),
        ]
        let text = OPML.render(subscriptions, titles: ["https://b.example/feed": "B \"quoted\" & \u{1B}[31m"])
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        let outlines = try OPML.parse(Array(text.utf8))
        #expect(outlines.map(\.url) == subscriptions.map(\.url))
        #expect(outlines.map(\.tags) == [["t1", "t2"], []])
        #expect(outlines[1].title == "B \"quoted\" &  [31m")
    }

    @Test func refusesEntityDeclarationsAndOtherRoots() {
        #expect(throws: InputError.self) {
            try OPML.parse(Array("<!DOCTYPE opml [<!ENTITY x \"y\">]><opml><body/></opml>".utf8))
        }
        #expect(throws: InputError.self) { try OPML.parse(Array("<rss><channel/></rss>".utf8)) }
        #expect(throws: InputError.self) { try OPML.parse([]) }
    }
}
