import Testing
@testable import NewsroomCore

/// Feed HTML becomes the article document: blocks with kinds, inline spans with links and
/// styles, no markers in the text; the document survives its JSON form.
@Suite struct ArticleDocumentTests {
    @Test func blockKindsComeFromTheirElements() {
        let html = "<h2>Head</h2><p>para</p><ol start=\"4\"><li>four</li><li>five</li></ol><ul><li>dot</li></ul>"
            + "<blockquote><p>quoted</p></blockquote><pre>  a\n  b</pre>"
        let blocks = HTMLText.body(html).blocks
        #expect(blocks.map(\.kind) == [
            .heading(level: 2), .paragraph, .listItem(number: 4), .listItem(number: 5), .listItem(number: nil), .quote,
            .preformatted,
        ])
        #expect(blocks.map(\.text) == ["Head", "para", "four", "five", "dot", "quoted", "  a\n  b"])
        // `body` keeps the bullet and number plain-text readers have always had.
        #expect(blocks.map(\.bodyText) == ["Head", "para", "4. four", "5. five", "• dot", "quoted", "  a\n  b"])
    }

    @Test func stylesAndLinksAreSpans() {
        let html = #"<p>A <em>soft</em> and <strong>bold <code>x()</code></strong> <a href="/t">new timetable</a>.</p>"#
        let block = HTMLText.body(html, base: "https://g.example/a/").blocks[0]
        #expect(block.spans == [
            InlineSpan("A "), InlineSpan("soft", style: .emphasis), InlineSpan(" and "), InlineSpan("bold ", style: .strong),
            InlineSpan("x()", style: [.strong, .code]), InlineSpan(" "),
            InlineSpan("new timetable", link: "https://g.example/t"), InlineSpan("."),
        ])
        #expect(block.text == "A soft and bold x() new timetable.")
    }

    /// A block keeps one text and where its style changes: the same words cut into spans
    /// differently are the same block, and its spans come back cut only where style or link change.
    @Test func aBlockIsItsTextAndWhereTheStyleChanges() {
        let cut = ArticleBlock(spans: [
            InlineSpan("Der "), InlineSpan(""), InlineSpan("neue ", style: .emphasis), InlineSpan("Fahrplan", style: .emphasis),
            InlineSpan(" gilt", link: "https://g.example/f"), InlineSpan(" ab Mai."),
        ])
        let whole = ArticleBlock(spans: [
            InlineSpan("Der "), InlineSpan("neue Fahrplan", style: .emphasis), InlineSpan(" gilt", link: "https://g.example/f"),
            InlineSpan(" ab Mai."),
        ])
        #expect(cut == whole)
        #expect(cut.hashValue == whole.hashValue)
        #expect(cut.text == "Der neue Fahrplan gilt ab Mai.")
        #expect(cut.spans == whole.spans)
        #expect(cut.spans.map(\.text) == ["Der ", "neue Fahrplan", " gilt", " ab Mai."])
        #expect(cut != ArticleBlock(text: "Der neue Fahrplan gilt ab Mai."))
        #expect(ArticleBlock.links(in: [cut]) == ["https://g.example/f"])
        // A styled empty span or plain spans alone leave a plain paragraph.
        #expect(ArticleBlock(spans: [InlineSpan("", style: .strong)]).isPlainParagraph)
        #expect(ArticleBlock(spans: [InlineSpan("a"), InlineSpan("b")]) == ArticleBlock(text: "ab"))
        #expect(ArticleBlock(text: "").spans == [InlineSpan("")])
        // Setting the spans re-cuts the block.
        var edited = cut
        edited.spans[2].link = "https://g.example/g"
        #expect(edited.spans[2] == InlineSpan(" gilt", link: "https://g.example/g"))
        #expect(edited.text == cut.text)
    }

    @Test func aLinkAcrossParagraphsLinksEachPart() {
        let blocks = HTMLText.body(#"<a href="https://x.example">one<br><br>two</a> after"#).blocks
        #expect(blocks.map(\.spans) == [
            [InlineSpan("one", link: "https://x.example")],
            [InlineSpan("two", link: "https://x.example"), InlineSpan(" after")],
        ])
    }

    @Test func articleBodyIsDerivedFromTheBlocks() {
        var article = Article(title: "T", blocks: [
            ArticleBlock(.listItem(number: nil), spans: [InlineSpan("a", link: "https://a.example"), InlineSpan(" b")]),
            ArticleBlock(spans: [InlineSpan("c", link: "https://c.example"), InlineSpan("d", link: "https://a.example")]),
        ])
        #expect(article.body == ["• a b", "cd"])
        #expect(article.links == ["https://a.example", "https://c.example"])
        article.body = ["plain"]
        #expect(article.blocks == [ArticleBlock(text: "plain")])
        #expect(article.links == [])
        let plain = Article(title: "T", body: ["x", "y"])
        #expect(plain.blocks.allSatisfy { $0.isPlainParagraph })
    }

    @Test func blocksRoundTripThroughJSON() throws {
        let blocks = [
            ArticleBlock(.heading(level: 3), text: "H"),
            ArticleBlock(.listItem(number: 7), spans: [InlineSpan("i", style: [.emphasis, .code], link: "mailto:a@b.c")]),
            ArticleBlock(.listItem(number: nil), text: "•"),
            ArticleBlock(.quote, spans: [InlineSpan("\u{1B}[31m\"q\"")]),
            ArticleBlock(.preformatted, text: "a\nb"),
            ArticleBlock(spans: []),
        ]
        let bytes = ArticleBlockJSON.bytes(blocks)
        #expect(!bytes.contains(0x1B))
        #expect(try ArticleBlockJSON.decode(bytes) == blocks)
        #expect(throws: InputError.self) { try ArticleBlockJSON.decode(Array(#"[{"kind":"table","spans":[]}]"#.utf8)) }
        #expect(throws: InputError.self) { try ArticleBlockJSON.decode(Array(#"{"kind":"paragraph"}"#.utf8)) }
    }
}
