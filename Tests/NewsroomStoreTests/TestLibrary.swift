import Foundation
import NewsroomCore
@testable import NewsroomStore

/// A fresh directory for one test's database files, removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/newsroom-store-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    var databasePath: String { path + "/library/newsroom.sqlite" }

    func openStore(now: Int64 = 1_800_000_000) throws -> LibraryStore {
        try LibraryStore(path: databasePath, now: { now })
    }
}

/// Articles for tests: distinct, dated a minute apart (index 0 is the oldest).
enum SampleArticles {
    static func article(_ index: Int, title: String? = nil, body: [String]? = nil) -> Article {
        Article(
            title: title ?? "Meldung Nummer \(index)",
            kicker: "STADTWERKE",
            teaser: "Teaser \(index)",
            body: body ?? ["Absatz eins von \(index).", "Absatz zwei mit \"Zitat\" und\ttab."],
            publication: index % 2 == 0 ? "Energie & Management" : "Northwind Courier",
            section: index % 3 == 0 ? "Stadtwerke" : "Politik",
            contacts: [Contact(name: "Fritz Wilhelm", role: "Redakteur", phone: "+49 (0) 6007 1", channels: ["eMail"])],
            copyright: "© 2025 Test",
            published: Timestamp(secondsSince1970: 1_700_000_000 + Int64(index) * 60, utcOffsetSeconds: 3600),
            headlines: ["Andere Meldung"],
            related: [])
    }

    static func file(_ index: Int) -> ArticleSource {
        .file("/dumps/article-\(index).txt")
    }

    /// Imports `count` articles, one file each; returns their row ids, oldest first.
    static func fill(_ store: LibraryStore, count: Int) throws -> [Int64] {
        _ = try store.importBatch((0..<count).map { (article: article($0), source: file($0)) })
        let all = try store.headlines(filter: .all, offset: 0, limit: count)
        return all.reversed().map(\.id)
    }
}

func fileBytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}
