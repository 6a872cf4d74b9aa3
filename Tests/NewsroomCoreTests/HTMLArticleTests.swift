import Testing
@testable import NewsroomCore

/// The HTML article extractor on small pages of our own writing, one CMS shape each.
@Suite struct HTMLArticleTests {
    private func extract(_ html: String, url: String? = nil) throws -> Article {
        try HTMLArticleExtractor.extract(bytes: Array(html.utf8), url: url)
    }

    private let paragraphs = """
        <p>The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate that had lasted for more than six years.</p>
        <p>Engineers said the new bridge would carry trams as well as cars, and that work could start in the spring, weather permitting.</p>
        <p>Residents of the harbour district, who had collected signatures for the project, welcomed the decision at a meeting in the evening.</p>
        """

    @Test func jsonLDWithOpenGraph() throws {
        let html = """
            <!doctype html><html><head><title>Bridge to be rebuilt | Harbour Times</title>
            <meta property="og:site_name" content="Harbour Times">
            <meta property="og:description" content="The council decided.">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage","@id":"#page","name":"x"},
              {"@type":"NewsArticle","headline":"Bridge to be rebuilt","datePublished":"2024-01-15T10:47:00+01:00",
               "dateModified":"2024-02-01T08:00:00Z","articleSection":["City","Politics"],
               "author":[{"@type":"Person","name":"Anna Berg","jobTitle":"City editor","email":"mailto:anna@example.com"},
                         {"@type":"Organization","name":"Harbour Times"}]}]}</script></head>
            <body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
            <article><h1>Bridge to be rebuilt</h1>\(paragraphs)</article>
            <footer><p>© 2024 Harbour Times | Imprint</p></footer></body></html>
            """
        let article = try extract(html)
        #expect(article.title == "Bridge to be rebuilt")
        #expect(article.publication == "Harbour Times")
        #expect(article.section == "City")
        #expect(article.published?.iso8601 == "2024-01-15T10:47:00+01:00")
        #expect(article.contacts == [Contact(name: "Anna Berg", role: "City editor", email: "anna@example.com")])
        #expect(article.body.count == 3)
        #expect(article.body[0].hasPrefix("The city council voted"))
        #expect(article.copyright == "© 2024 Harbour Times")
        #expect(article.teaser == "The council decided.")
    }

    /// A description that quotes the first paragraph of the article's text does not make that
    /// paragraph a lead: it stays the first body paragraph.
    @Test func descriptionQuotingTheFirstParagraphKeepsItInTheBody() throws {
        let html = """
            <!doctype html><html><head><title>Bridge to be rebuilt</title>
            <meta property="og:type" content="article">
            <meta property="og:description" content="The city council voted on Tuesday to rebuild the old harbour bridge, ending a debate">
            </head><body><h1>Bridge to be rebuilt</h1>
            <div class="entry-content">\(paragraphs)</div></body></html>
            """
        let article = try extract(html)
        #expect(article.body.count == 3)
        #expect(article.body.first?.hasPrefix("The city council voted") == true)
    }

    @Test func editorBoxAfterTheText() throws {
        let html = """
            <html><head><meta charset="utf-8"><title>Hafenbrücke wird neu gebaut - Stadtanzeiger</title></head><body>
            <div class="content"><p class="kicker">STADTRAT</p><h1>Hafenbrücke wird neu gebaut</h1>
            <p>Montag, 15.07.2024, 10:47 Uhr</p>\(paragraphs)
            <div><b>Erika Muster</b><br>Redakteurin Lokales<br>Tel.: 0821 123-456<br>Fax: 0821 123-457<br>
            <a href="mailto:erika@example.de?subject=Hallo">eMail</a> <a href="https://facebook.com/x">facebook</a></div></div>
            </body></html>
            """
        let article = try extract(html)
        #expect(article.title == "Hafenbrücke wird neu gebaut")
        #expect(article.kicker == "STADTRAT")
        #expect(article.published?.iso8601 == "2024-07-15T10:47:00+02:00")
        #expect(article.contacts == [Contact(name: "Erika Muster", role: "Redakteurin Lokales", phone: "0821 123-456",
                                             fax: "0821 123-457", email: "erika@example.de", channels: ["eMail", "facebook"])])
        #expect(!article.body.contains { $0.contains("Erika") })
        #expect(article.body.count == 3)
    }

    @Test func hCardAndBlogByline() throws {
        let html = """
            <html><head><title>Notes</title><meta property="article:published_time" content="2024-03-02T09:00:00+0100"></head><body>
            <div class="hentry"><h1 class="entry-title">Harbour notes</h1>
            <p class="byline">By <a rel="author" href="/u/tom">Tom Reed</a></p>
            <div class="entry-content">\(paragraphs)</div>
            <div class="vcard"><span class="fn">Lena Stone</span> <span class="title">Photo editor</span>
            <span class="tel"><span class="type">fax</span> <span class="value">+49 30 1234</span></span></div></div>
            </body></html>
            """
        let article = try extract(html)
        #expect(article.title == "Harbour notes")
        #expect(article.published?.iso8601 == "2024-03-02T09:00:00+01:00")
        #expect(article.contacts.map(\.name) == ["Lena Stone", "Tom Reed"])
        #expect(article.contacts.first?.fax == "+49 30 1234")
        #expect(article.contacts.first?.role == "Photo editor")
    }

    @Test func divSoupWithDoubleBreaksAndTableLayout() throws {
        let html = """
            <html><head><title>Old site</title></head><body><table><tr><td><a href="/">Home</a><br><a href="/n">News</a></td>
            <td><h1>Ferry service resumes</h1>
            The ferry to the islands runs again from Monday, the operator said, after repairs to the pier were finished.<br><br>
            Tickets can be bought on board, and the timetable is the same as last summer, with six crossings a day.<br><br>
            The operator apologised for the long break and thanked passengers for their patience during the works.
            </td></tr></table></body></html>
            """
        let article = try extract(html)
        #expect(article.title == "Ferry service resumes")
        #expect(article.body.count == 3)
        #expect(article.body[1].hasPrefix("Tickets can be bought"))
        #expect(!article.body.joined().contains("Home"))
    }

    /// An old blog editor's post: text in spans inside plain divs (no `<p>`), photos between
    /// them, inside a wrapper whose class says "widget". Such loose text counts as paragraphs.
    @Test func blogPostWrittenInSpansBetweenPhotos() throws {
        let html = """
            <html><head><title>Actress shines in new photos</title></head><body>
            <div class="widget Blog"><div class="blog-post hentry"><h1 class="post-title">Actress shines in new photos</h1>
            <div class="post-body">
            <div><span><span>Photos released online show the actress, looking stunning in new make-up photos, fans said.</span></span></div>
            <div class="separator"><a href="/a.jpg"><img src="/a.jpg"></a></div>
            <div><span><span>The veteran actress, who won an award in 2008, shared the photos on her page and thanked her fans.</span></span></div>
            <div><img src="/b.jpg"></div><div><img src="/c.jpg"></div><div><img src="/d.jpg"></div>
            </div></div></div>
            <div class="sidebar"><ul><li><a href="/p1">Popular post one</a></li><li><a href="/p2">Popular post two</a></li></ul></div>
            </body></html>
            """
        let article = try extract(html)
        #expect(article.body.count == 2)
        #expect(article.body.last?.hasPrefix("The veteran actress") == true)
    }

    /// A page wrapper marked "content" that also holds a column of archive links and the footer:
    /// the best text block (written straight into its column, between photos) is never dropped
    /// as a link box with its neighbours.
    @Test func bestTextBlockSurvivesALinkHeavyWrapper() throws {
        var archive = ""
        for year in 2005...2018 { archive += "<li><a href=\"/news?y=\(year)\">\(year) news archive</a></li>" }
        let html = """
            <html><head><title>Home care cars broken into</title></head><body><div id="wrapper">
            <div class="container" id="content"><div class="row"><div class="row">
            <div class="col-3"><ul>\(archive)</ul></div>
            <div class="col-9"><p class="title">Home care cars broken into</p>
            <small><b>05/10/2018</b> - by Clara Borba - <a href="/cat/19">Health</a></small><br><br>
            <img src="/a.jpg"><img src="/b.jpg">The home care team reported this morning that two of its five cars had been broken into, with their batteries gone, and the police came to see the damage. Patients booked for this morning are being given new dates, and the service expects to be back to normal in the afternoon.<br><br><br>
            <a href="/share/fb">Facebook</a> <a href="/share/tw">Twitter</a></div>
            </div></div></div>
            <div class="bottom">City hall, Main street 1, open on weekdays</div></div></body></html>
            """
        let article = try extract(html)
        #expect(article.body.contains { $0.hasPrefix("The home care team reported") })
        #expect(!article.body.joined().contains("news archive"))
    }

    @Test func windows1251Page() throws {
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>x</title></head><body><article><h1>".utf8)
        // "Цитата" in windows-1251, then a paragraph of it.
        let word: [UInt8] = [0xD6, 0xE8, 0xF2, 0xE0, 0xF2, 0xE0]
        var bytes = head + word + Array("</h1><p>".utf8)
        for _ in 0..<12 { bytes += word + Array(", ".utf8) }
        bytes += Array("</p></article></body></html>".utf8)
        let article = try HTMLArticleExtractor.extract(bytes: bytes, url: nil)
        #expect(article.title == "Цитата")
        #expect(article.body.first?.hasPrefix("Цитата, Цитата") == true)
    }

    @Test func frontPageHasNoArticle() throws {
        var cards = ""
        for i in 1...5 { cards += "<article><h2><a href=\"/a\(i)\">Story \(i)</a></h2><p>Teaser text of story \(i), a short one.</p></article>" }
        let html = "<html><head><meta property=\"og:type\" content=\"website\"><title>Harbour Times</title></head><body>\(cards)</body></html>"
        #expect(throws: InputError.malformed("no article found")) { try extract(html) }
    }

    @Test func hostilePagesNeitherCrashNorHang() throws {
        let deep = String(repeating: "<div>", count: 100_000) + "text"
        _ = try? extract(deep)
        let bold = String(repeating: "<b><i>", count: 50_000)
        _ = try? extract(bold)
        let attribute = "<p class=\"" + String(repeating: "a", count: 10_000_000) + "\">x</p>"
        _ = try? extract(attribute)
        let html = """
            <html><body><article><h1>Alert\u{1B}[2J title</h1><script>alert(1)</script>
            <p>Read <a href="javascript:alert(1)">this</a> and <a href="data:text/html,x">that</a> and
            <a href="https://example.com/ok">the source</a> \u{202E}reversed text, long enough to be a paragraph.</p></article></body></html>
            """
        let article = try extract(html)
        #expect(!article.body.joined().contains("alert(1)"))
        #expect(article.links == ["https://example.com/ok"])
        #expect(!Sanitizer.display(article.title).contains("\u{1B}"))
        #expect(throws: InputError.binary) { try HTMLArticleExtractor.extract(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]) }
    }

    @Test func looksLikeHTML() {
        #expect(HTMLArticleExtractor.looksLikeHTML(Array("\u{FEFF}<!-- x --><!DOCTYPE html><html>".utf8)))
        #expect(!HTMLArticleExtractor.looksLikeHTML(Array("<rss version=\"2.0\">".utf8)))
        #expect(!HTMLArticleExtractor.looksLikeHTML(Array("TITLE\n\nbody".utf8)))
    }
}
