import Testing
@testable import NewsroomCore

/// The HTML-to-text rules of feed-mapping.md, one by one.
@Suite struct FeedHTMLTests {
    func paragraphs(_ html: String) -> [String] { HTMLText.body(html).paragraphs }

    /// Text without tags or references takes a short way to one line; it must read as the
    /// converter reads it (an empty inline tag sends the same text through the converter).
    @Test func plainTextWithoutMarkupReadsAsTheConverterReadsIt() {
        let inputs = [
            "", " ", "Fähre", "  Ferry  timetable\n\tagreed ", "a\u{0C}b\rc", "\u{A0}", " \u{A0} \u{A0}", "\u{A0}x",
            "x\u{A0}", "ctrl\u{01}byte", "Ridge pass decision number 7", "日本 語",
        ]
        for input in inputs {
            #expect(HTMLText.plain(input) == HTMLText.plain(input + "<b></b>"), "\(input.debugDescription)")
        }
        #expect(HTMLText.plain("  Ferry  timetable\n\tagreed ") == "Ferry timetable agreed")
        #expect(HTMLText.plain(" \u{A0} ") == "")
    }

    @Test func blockElementsMakeParagraphs() {
        #expect(paragraphs("<p>a</p><p>b</p>") == ["a", "b"])
        #expect(paragraphs("<div>a<div>b</div>c</div>") == ["a", "b", "c"])
        #expect(paragraphs("<h1>Title</h1>text<h3>Sub</h3>more") == ["Title", "text", "Sub", "more"])
        #expect(paragraphs("before<blockquote>quoted</blockquote>after") == ["before", "quoted", "after"])
    }

    @Test func listItemsAreOwnParagraphsWithPrefixes() {
        #expect(paragraphs("<ul><li>one</li><li>two</li></ul>") == ["• one", "• two"])
        #expect(paragraphs("<ol><li>a<li>b</ol>") == ["1. a", "2. b"])
        #expect(paragraphs("<ol start=\"3\"><li>c</li></ol>") == ["3. c"])
        #expect(paragraphs("<ul><li><p>x</p></li><li></li></ul>after") == ["• x", "after"])
    }

    @Test func preKeepsItsLines() {
        #expect(paragraphs("<p>a</p><pre>\n  let x = 1\n    y  =  2\n</pre><p>b</p>") == ["a", "  let x = 1\n    y  =  2", "b"])
    }

    @Test func plainTextIsOneCollapsedLineEvenForPre() {
        // Found by HTMLFuzz: `pre` kept its indentation and newlines in one-line text.
        #expect(HTMLText.plain("<pre>  a\n    b\n</pre><p>c</p>") == "a b c")
    }

    @Test func lineBreaks() {
        #expect(paragraphs("a<br>b") == ["a b"])
        #expect(paragraphs("a<br><br>b") == ["a", "b"])
        #expect(paragraphs("a<br/>\n  <BR />b") == ["a", "b"])
    }

    @Test func inlineTagsAddNothing() {
        #expect(paragraphs("CO<sub>2</sub> and <b>bold</b><i>italic</i>") == ["CO2 and bolditalic"])
        #expect(HTMLText.plain("see <a href=\"https://x.example\">this</a>.") == "see this.")
        #expect(paragraphs("see <a href=\"https://x.example\">this</a>.") == ["see this."])
    }

    @Test func droppedElements() {
        let html = "a<script>var s = \"<p>x</p>\";</script>b<style>p { color: red }</style>c<!-- <p>hidden</p> -->d<iframe src=\"https://ads.example\">frame</iframe>e<noscript>no</noscript>"
        #expect(paragraphs(html) == ["abcde"])
        #expect(paragraphs("<SCRIPT>alert(1)</SCRIPT>ok") == ["ok"])
    }

    @Test func noEmptyParagraphs() {
        #expect(paragraphs("<p></p><p>  </p><p>&nbsp;</p><div><br></div>x<p>\n</p>") == ["x"])
        #expect(paragraphs("") == [])
    }

    @Test func entitiesDecodedOnce() {
        #expect(paragraphs("&eacute;&#233;&#xE9; &amp;amp; &lt;b&gt; &bogus; &#150; &euro;") == ["ééé &amp; <b> &bogus; – €"])
    }

    @Test func whitespaceCollapses() {
        #expect(paragraphs("  a \n\t b  ") == ["a b"])
        #expect(paragraphs("<span>a</span> <span>b</span>") == ["a b"])
    }

    @Test func linksAreSpansNotMarkers() {
        let result = HTMLText.body("<a href=\"https://a.example\">A</a> <a href=\"https://b.example\">B</a> <a href='https://a.example'>again</a>")
        #expect(result.paragraphs == ["A B again"])
        #expect(result.blocks == [ArticleBlock(spans: [
            InlineSpan("A", link: "https://a.example"), InlineSpan(" "), InlineSpan("B", link: "https://b.example"),
            InlineSpan(" "), InlineSpan("again", link: "https://a.example"),
        ])])
        #expect(result.links == ["https://a.example", "https://b.example"])
        let unsafe = HTMLText.body("<a href=\"javascript:alert(1)\">x</a> <a href=\"#top\">top</a> <a href=\"https://e.example\"></a>")
        #expect(unsafe.paragraphs == ["x top"])
        #expect(unsafe.links == [])
        let relative = HTMLText.body("<a href=\"../b\">b</a>", base: "https://r.example/x/y/z")
        #expect(relative.links == ["https://r.example/x/b"])
    }

    @Test func images() {
        #expect(paragraphs("<p>Before<img src=\"a.jpg\" alt=\"Harbour at dawn\">after</p>") == ["Before [image: Harbour at dawn] after"])
        #expect(paragraphs("<img src=\"a.jpg\">") == ["[image]"])
        #expect(paragraphs("<img src=\"a.jpg\" alt=\"\">x<img src=\"t.gif\" width=\"1\" height=\"1\" alt=\"pixel\">") == ["x"])
        #expect(HTMLText.plain("<img alt=\"x\">text") == "text")
    }

    @Test func tablesCellsAreSpaced() {
        #expect(paragraphs("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>") == ["a b", "c"])
    }

    @Test func plainTextSplitsAtBlankLines() {
        #expect(FeedText.plainParagraphs("a\nb\n\n \n\nc\r\n\r\nd") == ["a b", "c", "d"])
        #expect(FeedText.plainParagraphs("x < y & z") == ["x < y & z"])
    }

    @Test func strayMarkupIsText() {
        #expect(paragraphs("1 < 2, 3 <4 & 5") == ["1 < 2, 3 <4 & 5"])
        // Like a browser: a tag still open at the end of the input shows nothing.
        #expect(paragraphs("a<b") == ["a"])
        #expect(paragraphs("<p>unclosed") == ["unclosed"])
        #expect(paragraphs("<a href=\"https://x.example\">never closed") == ["never closed"])
    }

    @Test func prefixedXhtmlTags() {
        #expect(paragraphs("<xhtml:p>a</xhtml:p><xhtml:p>b</xhtml:p>") == ["a", "b"])
    }
}
