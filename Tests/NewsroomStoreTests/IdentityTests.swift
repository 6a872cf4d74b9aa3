import NewsroomCore
import Testing
@testable import NewsroomStore

@Suite struct IdentityTests {
    @Test func sameDumpImportedTwiceIsOneArticle() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        let first = try store.importArticles([SampleArticles.article(1)], source: .file("/a.txt"))
        // The same page copied to another file is still the same article.
        let second = try store.importArticles([SampleArticles.article(1)], source: .file("/b.txt"))
        #expect(first == ImportCounts(added: 1))
        #expect(second == ImportCounts(unchanged: 1))
        #expect(try store.articleCount() == 1)
    }

    @Test func dumpIdentityIsPublicationTitleAndDate() {
        let base = SampleArticles.article(1)
        var otherDate = base
        otherDate.published = Timestamp(secondsSince1970: 1, utcOffsetSeconds: 0)
        var otherPublication = base
        otherPublication.publication = "Other"
        var otherBody = base
        otherBody.body = ["changed"]
        let id = { (a: Article) in ArticleIdentity.identity(of: a, from: .file("/x")) }
        #expect(id(base) != id(otherDate))
        #expect(id(base) != id(otherPublication))
        #expect(id(base) == id(otherBody))
        #expect(id(base).count == 16)
    }

    @Test func feedIdentityIsFeedAndGuidThenLink() {
        var item = Article(title: "A", link: "https://example.org/a", guid: "urn:1")
        let feed = ArticleSource.feed("https://example.org/feed")
        let byGuid = ArticleIdentity.identity(of: item, from: feed)
        item.title = "A, corrected"
        #expect(ArticleIdentity.identity(of: item, from: feed) == byGuid)
        #expect(ArticleIdentity.identity(of: item, from: .feed("https://other.org/feed")) != byGuid)
        item.guid = nil
        let byLink = ArticleIdentity.identity(of: item, from: feed)
        item.title = "A, again"
        #expect(ArticleIdentity.identity(of: item, from: feed) == byLink)
    }

    @Test func shortIDsAreStableAcrossDatabases() throws {
        let one = try TemporaryDirectory()
        let two = try TemporaryDirectory()
        let storeOne = try one.openStore()
        let storeTwo = try two.openStore()
        _ = try storeOne.importArticles([SampleArticles.article(7)], source: .file("/x"))
        _ = try storeTwo.importArticles([SampleArticles.article(3), SampleArticles.article(7)], source: .file("/y"))
        let idOne = try #require(storeOne.headlines(filter: .all, offset: 0, limit: 1).first).shortID
        let idsTwo = try storeTwo.headlines(filter: .all, offset: 0, limit: 2).map(\.shortID)
        #expect(idOne.count == 8)
        #expect(idsTwo.contains(idOne))
        let resolved = try storeOne.resolve(shortID: idOne)
        #expect(resolved.shortID == idOne)
        #expect(try storeOne.resolve(shortID: String(idOne.prefix(5))).articleID == resolved.articleID)
    }

    /// Two titles whose identities share the first 8 hex digits: found by search (about
    /// 80,000 hashes), then both imported; the second gets a longer, still unique short id.
    @Test func collidingShortIDsAreLengthened() throws {
        var seen: [String: Int] = [:]
        var pair: (Int, Int)?
        for index in 0..<1_000_000 {
            let prefix = String(ArticleIdentity.identity(of: Article(title: "t\(index)"), from: .file("/f")).prefix(8))
            if let earlier = seen[prefix] {
                pair = (earlier, index)
                break
            }
            seen[prefix] = index
        }
        let (a, b) = try #require(pair)
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        _ = try store.importArticles([Article(title: "t\(a)"), Article(title: "t\(b)")], source: .file("/f"))
        let rows = try store.headlines(filter: .all, offset: 0, limit: 2)
        let first = try #require(rows.first { $0.title == "t\(a)" })
        let second = try #require(rows.first { $0.title == "t\(b)" })
        #expect(first.shortID.count == 8)
        #expect(second.shortID.count > 8)
        #expect(!second.shortID.hasPrefix(first.shortID) || second.shortID.count > first.shortID.count)
        #expect(try store.resolve(shortID: first.shortID).articleID == first.id)
        #expect(try store.resolve(shortID: second.shortID).articleID == second.id)
        #expect(throws: StoreError.self) { try store.resolve(shortID: String(first.shortID.prefix(6))) }
    }

    @Test func unknownAndMalformedIDsAreErrors() throws {
        let directory = try TemporaryDirectory()
        let store = try directory.openStore()
        #expect(throws: StoreError.unknownID("zzzz")) { try store.resolve(shortID: "zzzz") }
        #expect(throws: StoreError.unknownID("abcdef12")) { try store.resolve(shortID: "abcdef12") }
    }
}
