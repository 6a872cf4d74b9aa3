import Foundation
import NewsroomCore
import Testing
@testable import NewsroomStore

@Suite struct BookmarkTests {
    @Test func toggleAddsThenRemoves() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore(now: 1_750_000_000)
        let ids = try SampleArticles.fill(store, count: 3)
        #expect(try store.toggleBookmark(id: ids[1]) == true)
        let saved = try store.bookmarks()
        #expect(saved.count == 1)
        #expect(saved[0].articleID == ids[1])
        #expect(saved[0].savedAt == 1_750_000_000)
        #expect(saved[0].source == "/dumps/article-1.txt")
        #expect(try store.toggleBookmark(id: ids[1]) == false)
        #expect(try store.bookmarks().isEmpty)
        #expect(throws: StoreError.self) { try store.toggleBookmark(id: 9999) }
    }

    @Test func addingAgainUpdatesNoteAndTags() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let ids = try SampleArticles.fill(store, count: 1)
        #expect(try store.addBookmark(id: ids[0], note: "erst", tags: ["a"]))
        #expect(try !store.addBookmark(id: ids[0], note: "dann", tags: []))
        let row = try #require(try store.bookmarks().first)
        #expect(row.note == "dann")
        #expect(row.tags == ["a"])
    }

    @Test func bookmarkOutlivesItsArticle() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let ids = try SampleArticles.fill(store, count: 2)
        try store.addBookmark(id: ids[0], note: "behalten", tags: ["x"])
        let before = try #require(try store.bookmarks().first)
        #expect(try store.deleteArticle(id: ids[0]))
        #expect(try store.articleCount() == 1)
        let after = try #require(try store.bookmarks().first)
        #expect(after.articleID == nil)
        #expect(after.title == before.title)
        #expect(after.publication == before.publication)
        #expect(after.section == before.section)
        #expect(after.published == before.published)
        #expect(after.source == before.source)
        #expect(try store.exportBookmarks(format: .json).contains(before.title))
        // The short id still names it, and removing works without the article.
        let resolved = try store.resolve(shortID: before.shortID)
        #expect(resolved.articleID == nil)
        // Re-importing the article re-attaches the bookmark (same identity).
        _ = try store.importArticles([SampleArticles.article(0)], source: SampleArticles.file(0))
        #expect(try store.bookmarks().first?.articleID != nil)
        #expect(try store.headlines(filter: HeadlineFilter(bookmarkedOnly: true), offset: 0, limit: 5).count == 1)
        try store.deleteArticle(id: try #require(try store.bookmarks().first?.articleID))
        #expect(try store.removeBookmark(resolved))
        #expect(try store.bookmarks().isEmpty)
    }

    @Test func jsonExportImportsBackExactlyAndOnlyOnce() throws {
        let source = try TemporaryDirectory()
        let store = try source.openStore(now: 1_760_000_000)
        let ids = try SampleArticles.fill(store, count: 4)
        try store.addBookmark(id: ids[0], note: "Notiz mit \"Quotes\" und \u{1B}[31m", tags: ["gas", "netz"])
        try store.addBookmark(id: ids[2])
        try store.deleteArticle(id: ids[2])
        let json = try store.exportBookmarks(format: .json)
        #expect(!json.unicodeScalars.contains("\u{1B}"))

        let target = try TemporaryDirectory()
        let other = try target.openStore()
        #expect(try other.importBookmarks(json) == BookmarkImportCounts(added: 2))
        #expect(try other.importBookmarks(json) == BookmarkImportCounts(added: 0, alreadyPresent: 2))
        let strip = { (rows: [BookmarkRow]) in rows.map { row -> BookmarkRow in
            var copy = row
            copy.articleID = nil
            return copy
        } }
        #expect(strip(try other.bookmarks()) == strip(try store.bookmarks()))
        // Importing the article later attaches it to the imported bookmark.
        _ = try other.importArticles([SampleArticles.article(0)], source: SampleArticles.file(0))
        #expect(try other.headlines(filter: HeadlineFilter(bookmarkedOnly: true), offset: 0, limit: 5).count == 1)
    }

    @Test func netscapeExportEscapesHostileTitlesAndImportsBack() throws {
        let source = try TemporaryDirectory()
        let store = try source.openStore()
        let hostile = "</A><script>alert('x')</script> & \"Q\" \u{1B}]8;;evil\u{07} \u{202E}rev"
        _ = try store.importArticles([Article(title: hostile, publication: "P&Q", link: "https://e.org/?a=1&b=\"2\"")],
            source: .feed("https://e.org/feed"))
        let id = try #require(try store.headlines(filter: .all, offset: 0, limit: 1).first).id
        try store.addBookmark(id: id, note: "<b>bold</b>", tags: ["t1", "t2"])
        let html = try store.exportBookmarks(format: .html)
        #expect(html.hasPrefix("<!DOCTYPE NETSCAPE-Bookmark-file-1>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        #expect(html.contains("HREF=\"https://e.org/?a=1&amp;b=&quot;2&quot;\""))
        #expect(html.components(separatedBy: "<DT><A ").count == 2)

        let target = try TemporaryDirectory()
        let other = try target.openStore()
        #expect(try other.importBookmarks(html) == BookmarkImportCounts(added: 1))
        #expect(try other.importBookmarks(html) == BookmarkImportCounts(alreadyPresent: 1))
        let original = try #require(try store.bookmarks().first)
        let imported = try #require(try other.bookmarks().first)
        // What a browser shows is the sanitized title; that is what comes back.
        #expect(imported.title == Sanitizer.display(hostile))
        #expect(imported.note == "<b>bold</b>")
        #expect(imported.tags == ["t1", "t2"])
        #expect(imported.source == original.source)
        #expect(imported.shortID == original.shortID)
        #expect(imported.savedAt == original.savedAt)
        #expect(imported.publication == "P&Q")
    }

    @Test func browserBookmarkFilesImport() throws {
        let html = """
            <!DOCTYPE NETSCAPE-Bookmark-file-1>
            <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
            <TITLE>Bookmarks</TITLE>
            <DL><p>
                <DT><H3 ADD_DATE="1">Folder</H3>
                <DL><p>
                    <dt><a href="https://example.org/x" add_date="1700000000" tags="a, b">Caf&eacute; &amp; &#x4E2D; &#228;</a>
                    <DD>A note
                </DL><p>
                <DT><A HREF='/local/file.txt'>Local</A>
            </DL><p>
            """
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        #expect(try store.importBookmarks(html) == BookmarkImportCounts(added: 2))
        let rows = try store.bookmarks()
        let web = try #require(rows.first { $0.source == "https://example.org/x" })
        #expect(web.title == "Caf&eacute; & 中 ä")
        #expect(web.tags == ["a", "b"])
        #expect(web.note == "A note")
        #expect(web.savedAt == 1_700_000_000)
        #expect(try store.importBookmarks(html).added == 0)
    }

    @Test func markdownExportEscapesMarkup() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try store.importArticles([Article(title: "[click](javascript:x) *bold*")], source: .file("/a b/c.txt"))
        let id = try #require(try store.headlines(filter: .all, offset: 0, limit: 1).first).id
        try store.addBookmark(id: id)
        let markdown = try store.exportBookmarks(format: .markdown)
        #expect(markdown.contains("\\[click\\]\\(javascript:x\\) \\*bold\\*"))
        #expect(markdown.contains("(<file:///a%20b/c.txt>)"))
    }

    @Test func unreadableBookmarkFilesAreErrors() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        #expect(throws: StoreError.self) { try store.importBookmarks("hello") }
        #expect(throws: StoreError.self) { try store.importBookmarks("[1, 2") }
        #expect(throws: StoreError.self) { try store.importBookmarks("[{\"note\": \"no title\"}]") }
        #expect(throws: StoreError.self) { try store.importBookmarks("<html><body>nothing</body></html>") }
    }

    /// A feed item's `javascript:` link, once bookmarked, was exported as HREF="javascript:..."
    /// and as a Markdown link: a browser importing the file would run it.
    @Test(arguments: ["javascript:alert(document.cookie)", "JavaScript:alert(1)", "vbscript:msgbox(1)",
                      "data:text/html,<script>alert(1)</script>", " javascript:alert(1)"])
    func linksThatAreNotHttpStayTextInEveryExport(_ link: String) throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try store.importArticles([Article(title: "Trap", link: link)], source: .feed("https://e.org/feed"))
        let id = try #require(try store.headlines(filter: .all, offset: 0, limit: 1).first).id
        try store.addBookmark(id: id)
        let html = try store.exportBookmarks(format: .html)
        let hrefs = html.components(separatedBy: "HREF=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(hrefs.count == 1)
        #expect(hrefs.allSatisfy { $0.hasPrefix("newsroom:") }, "\(hrefs)")
        let markdown = try store.exportBookmarks(format: .markdown)
        #expect(!markdown.contains("]("), "\(markdown)")
        #expect(markdown.contains("source: "))
        // Our own export comes back with the source as text, never as a link.
        let otherDirectory = try TemporaryDirectory()
        let other = try otherDirectory.openStore()
        #expect(try other.importBookmarks(html) == BookmarkImportCounts(added: 1))
        #expect(try other.bookmarks().first?.source == Sanitizer.display(link))
        #expect(try !other.exportBookmarks(format: .html).lowercased().contains("href=\"javascript"))
    }

    @Test func importRefusesLinksThatAreNotHttpOrFilesAndCountsThem() throws {
        let html = """
            <!DOCTYPE NETSCAPE-Bookmark-file-1>
            <DL><p>
                <DT><A HREF="https://example.org/ok">Fine</A>
                <DT><A HREF="javascript:alert(1)">Script</A>
                <DT><A HREF="JavaScript:alert(2)">Script 2</A>
                <DT><A HREF="data:text/html,x">Data</A>
                <DT><A HREF="vbscript:x">VB</A>
                <DT><A HREF="file:///home/me/a.txt">File</A>
            </DL><p>
            """
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        #expect(try store.importBookmarks(html) == BookmarkImportCounts(added: 2, refused: 4))
        #expect(Set(try store.bookmarks().compactMap(\.source)) == ["https://example.org/ok", "/home/me/a.txt"])
    }
}
