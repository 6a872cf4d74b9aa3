import NewsroomCore
import Testing
@testable import NewsroomStore

/// The one column table: every stored field is bound, decoded and part of the content hash.
@Suite struct ArticleColumnTests {
    static let full = Article(
        title: "T", kicker: "K", teaser: "Te",
        blocks: [ArticleBlock(spans: [InlineSpan("a "), InlineSpan("link", link: "https://x.example/")])],
        publication: "P", section: "S", imageCredit: "I", contacts: [Contact(name: "N", email: "e@x.example")],
        copyright: "©", published: Timestamp(secondsSince1970: 1_700_000_000, utcOffsetSeconds: 3600),
        headlines: ["H"], related: ["R"], link: "https://x.example/a", guid: "g",
        updated: Timestamp(secondsSince1970: 1_700_000_100, utcOffsetSeconds: 0), enclosures: ["https://x.example/e.mp3"])

    @Test func everyFieldChangesTheContentHash() {
        let base = PreparedArticle(Self.full, from: .file("f")).contentHash
        let changes: [(String, (inout Article) -> Void)] = [
            ("title", { $0.title += "!" }), ("kicker", { $0.kicker = nil }), ("teaser", { $0.teaser = "x" }),
            ("blocks", { $0.blocks[0].spans[1].link = "https://y.example/" }), ("publication", { $0.publication = "Q" }),
            ("section", { $0.section = nil }), ("imageCredit", { $0.imageCredit = "J" }),
            ("contacts", { $0.contacts[0].phone = "1" }), ("copyright", { $0.copyright = nil }),
            ("published", { $0.published?.utcOffsetSeconds = 7200 }), ("headlines", { $0.headlines = [] }),
            ("related", { $0.related.append("R2") }), ("link", { $0.link = nil }), ("guid", { $0.guid = "h" }),
            ("updated", { $0.updated = nil }), ("enclosures", { $0.enclosures = [] }),
        ]
        #expect(changes.count == ArticleColumn.allCases.count)
        for (name, change) in changes {
            var article = Self.full
            change(&article)
            #expect(PreparedArticle(article, from: .file("f")).contentHash != base, "\(name) is not in the hash")
        }
        // The source names the identity only.
        #expect(PreparedArticle(Self.full, from: .feed("https://x.example/feed")).contentHash == base)
    }

    @Test func whatIsStoredComesBackWhole() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try store.importArticles([Self.full], source: .file("/f.txt"))
        let id = try #require(try store.articleID(title: "T"))
        #expect(try store.article(id: id) == Self.full)
    }
}
