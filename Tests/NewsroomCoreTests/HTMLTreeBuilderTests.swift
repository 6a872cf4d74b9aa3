import Testing
@testable import NewsroomCore

/// The page parser's HTML5 rules, on the shapes real pages rely on: the tree is written as
/// nested tags, `#text` for text nodes.
@Suite struct HTMLTreeBuilderTests {
    /// The body's subtree as `<tag>children</tag>`, text as written.
    private func body(_ html: String) -> String {
        let nodes = HTMLTreeBuilder(utf8: Array(html.utf8)).nodes
        guard let body = nodes.firstIndex(where: { $0.name == "body" }) else { return "(no body)" }
        var out = ""
        var open: [Int] = []
        for k in (body + 1)..<nodes[body].end {
            while let top = open.last, nodes[top].end <= k { out += "</\(nodes[top].name)>"; open.removeLast() }
            if nodes[k].isText { out += nodes[k].text; continue }
            out += "<\(nodes[k].name)>"
            open.append(k)
        }
        while let top = open.popLast() { out += "</\(nodes[top].name)>" }
        return out
    }

    @Test func impliedHeadAndBody() {
        let nodes = HTMLTreeBuilder(utf8: Array("<title>T</title><meta charset=utf-8>Text".utf8)).nodes
        #expect(nodes.map(\.name) == ["html", "head", "title", "", "meta", "body", ""])
        #expect(nodes[1].end == 5)  // the head holds title, its text and meta
        #expect(nodes[6].text == "Text")
    }

    @Test func paragraphsAndListItemsCloseThemselves() {
        #expect(body("<p>a<p>b<div>c</div>") == "<p>a</p><p>b</p><div>c</div>")
        #expect(body("<ul><li>a<li>b<div>c<li>d</ul>") == "<ul><li>a</li><li>b<div>c</div></li><li>d</li></ul>")
        #expect(body("<dl><dt>a<dd>b<dt>c</dl>") == "<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>")
        #expect(body("<h2>a<h3>b</h2>c") == "<h2>a</h2><h3>b</h3>c")
    }

    @Test func tablesGetTheirImpliedSectionsAndRows() {
        #expect(body("<table><td>a<td>b<tr><td>c</table>x")
            == "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>x")
        // A stray end tag inside a cell closes nothing outside it.
        #expect(body("<div><table><tr><td>a</div>b</td></tr></table>c</div>")
            == "<div><table><tbody><tr><td>ab</td></tr></tbody></table>c</div>")
    }

    @Test func endTagsCloseOnlyWhatIsOpen() {
        #expect(body("<div><span>a</div>b") == "<div><span>a</span></div>b")
        #expect(body("<b>a</i>b</b>") == "<b>ab</b>")
        #expect(body("<a href=x>one<a href=y>two</a>") == "<a>one</a><a>two</a>")
        #expect(body("<br></br>x") == "<br></br><br></br>x")  // `</br>` is a `<br>`
    }

    @Test func rawTextElements() {
        // Code and style sheets are skipped whole (their text is never read); JSON-LD is kept.
        #expect(body("<body><script>if (a < b) { x = '</div>' }</script><p>t") == "<script></script><p>t</p>")
        #expect(body("<body><script><!-- document.write('<script>x</script>') --></script>after")
            == "<script></script>after")
        #expect(body("<body><script type=\"application/ld+json\">{\"a\": \"</p>\"}</script>")
            == "<script>{\"a\": \"</p>\"}</script>")
        #expect(body("<textarea>a &amp; <b></textarea>") == "<textarea>a & <b></textarea>")
        #expect(body("<body><style>p > a {}</style>x") == "<style></style>x")
        // Before the body, a script belongs to the head.
        #expect(body("<script>x</script>text") == "text")
    }

    @Test func svgEndsAtTheFirstHTMLBlock() {
        #expect(body("<svg><title>icon</title><path/><g></g><p>text") == "<svg><title>icon</title><path></path><g></g></svg><p>text</p>")
    }

    @Test func characterReferences() {
        #expect(body("a &amp; b &copy 2024 &eacute;t&eacute; &#8211; &#x41; &bogus; &") == "a & b © 2024 été – A &bogus; &")
        let nodes = HTMLTreeBuilder(utf8: Array("<a href=\"?a=1&copy=2&amp;b=3&lt\" title='x&quot;y'>".utf8)).nodes
        let a = nodes.first { $0.name == "a" }
        #expect(a?.attribute("href") == "?a=1&copy=2&b=3<")
        #expect(a?.attribute("title") == "x\"y")
    }

    @Test func attributesAndComments() {
        let nodes = HTMLTreeBuilder(utf8: Array("<!-- <p>no</p> --><DIV Class=\"A b\" id=x data-x hidden CLASS=dup>t</DIV><!--->".utf8)).nodes
        let div = nodes.first { $0.name == "div" }
        #expect(div?.attributes.map(\.name) == ["class", "id", "data-x", "hidden"])
        #expect(div?.attribute("class") == "A b")
        #expect(!nodes.contains { $0.name == "p" })
    }

    @Test func cutOffMarkupNeitherCrashesNorHangs() {
        for page in ["<", "</", "<div", "<div class=\"x", "<!--", "<script>x", "<a href=", "&#", "&#x110000;", "<table><tr><td", "<svg><![CDATA[x"] {
            _ = HTMLTreeBuilder(utf8: Array(page.utf8)).nodes
        }
        #expect(body("a &#0; b") == "a \u{FFFD} b")
    }
}
