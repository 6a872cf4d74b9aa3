import Foundation
import GRDB
import NewsroomCore

/// What `newsroom bookmarks import` did.
public struct BookmarkImportCounts: Equatable, Sendable {
    /// New bookmarks.
    public var added = 0
    /// Bookmarks the library already had (importing the same file twice adds nothing).
    public var alreadyPresent = 0
    /// Bookmarks of a Netscape file whose link is neither http(s) nor file (`javascript:`,
    /// `data:`, `vbscript:`, ...): not imported (see `BookmarkLink`).
    public var refused = 0

    public init(added: Int = 0, alreadyPresent: Int = 0, refused: Int = 0) {
        self.added = added
        self.alreadyPresent = alreadyPresent
        self.refused = refused
    }
}

extension LibraryStore {
    /// Imports our JSON export or a Netscape bookmark file (told apart by their first
    /// character), all in one transaction. A bookmark whose identity is already saved is
    /// left as it is.
    public func importBookmarks(_ text: String) throws(StoreError) -> BookmarkImportCounts {
        let (records, refused) = try BookmarkFileReader.records(from: text, now: now())
        return try writing { db in
            var counts = BookmarkImportCounts(refused: refused)
            for record in records {
                if try Self.insertImported(db, record) { counts.added += 1 } else { counts.alreadyPresent += 1 }
            }
            return counts
        }
    }

    private static func insertImported(_ db: Database, _ record: BookmarkRecord) throws -> Bool {
        let exists = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM bookmarks WHERE identity = ?)", arguments: [record.identity]) ?? false
        if exists { return false }
        let row = record.row
        try db.execute(
            sql: """
                INSERT INTO bookmarks (identity, short_id, saved_at, note, tags, title, publication,
                section, published, published_offset, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.identity, try shortID(db, identity: record.identity), row.savedAt, StoredText.text(row.note),
                StoredColumns.encode(row.tags), StoredText.text(row.title), StoredText.text(row.publication),
                StoredText.text(row.section), row.published?.secondsSince1970, row.published?.utcOffsetSeconds,
                StoredText.text(row.source),
            ])
        return true
    }

    /// The article's short id when it is in the library; otherwise the shortest prefix (at
    /// least the default length) that no other article or bookmark shares.
    private static func shortID(_ db: Database, identity: String) throws -> String {
        if let length = try Int.fetchOne(db, sql: "SELECT short_length FROM articles WHERE identity = ?", arguments: [identity]) {
            return String(identity.prefix(length))
        }
        let prefix = String(identity.prefix(ArticleIdentity.shortLength))
        let others = try String.fetchAll(
            db, sql: """
                SELECT identity FROM articles WHERE identity >= ?1 AND identity < ?2
                UNION SELECT identity FROM bookmarks WHERE identity >= ?1 AND identity < ?2
                """,
            arguments: [prefix, prefix + "~"])
        var length = ArticleIdentity.shortLength
        while length < identity.count, others.contains(where: { $0.prefix(length) == identity.prefix(length) }) {
            length += 1
        }
        return String(identity.prefix(length))
    }
}

/// Reads bookmark files into records (no database access).
enum BookmarkFileReader {
    /// The bookmarks of a file, and how many were refused for their link.
    static func records(from text: String, now: Int64) throws(StoreError) -> (records: [BookmarkRecord], refused: Int) {
        let start = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if start.hasPrefix("[") { return (try fromJSON(text, now: now), 0) }
        if start.hasPrefix("<") {
            let entries = NetscapeBookmarkFile.parse(text)
            guard !entries.isEmpty || text.uppercased().contains("NETSCAPE-BOOKMARK-FILE") else {
                throw .unreadableBookmarks(reason: "no bookmarks (<A HREF=...>) found in the HTML")
            }
            let records = entries.compactMap { fromNetscape($0, now: now) }
            return (records, entries.count - records.count)
        }
        throw .unreadableBookmarks(reason: "neither a Newsroom JSON export nor a Netscape bookmark file")
    }

    static func fromJSON(_ text: String, now: Int64) throws(StoreError) -> [BookmarkRecord] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw .unreadableBookmarks(reason: "invalid JSON")
        }
        guard let objects = parsed as? [[String: Any]] else {
            throw .unreadableBookmarks(reason: "the JSON is not an array of bookmark objects")
        }
        return try objects.enumerated().map { (index, object) throws(StoreError) in
            guard let title = object["title"] as? String else {
                throw .unreadableBookmarks(reason: "bookmark \(index + 1) has no title")
            }
            let source = object["source"] as? String
            let identity = (object["identity"] as? String).flatMap(validIdentity)
                ?? derivedIdentity(source: source, title: title)
            let tags = (object["tags"] as? [Any])?.compactMap { $0 as? String } ?? []
            let row = BookmarkRow(
                articleID: nil, shortID: "", title: title,
                publication: object["publication"] as? String, section: object["section"] as? String,
                published: (object["published"] as? String).flatMap(ISO8601.parse),
                savedAt: (object["savedAt"] as? String).flatMap(ISO8601.parse)?.secondsSince1970 ?? now,
                note: object["note"] as? String, tags: tags, source: source)
            return BookmarkRecord(identity: identity, row: row)
        }
    }

    /// nil for a bookmark whose link may not be one (`NetscapeBookmarkFile.Target.refused`).
    static func fromNetscape(_ entry: NetscapeBookmarkFile.Entry, now: Int64) -> BookmarkRecord? {
        let attributes = entry.attributes
        let source: String?
        switch NetscapeBookmarkFile.target(fromHref: attributes["HREF"] ?? "") {
        case .refused: return nil
        case .source(let href): source = href
        // Our export keeps a source that may not be a link as text: it comes back as text.
        case .none: source = attributes["DATA-NEWSROOM-SOURCE"]
        }
        let title = entry.title.isEmpty ? (attributes["HREF"] ?? "") : entry.title
        let identity = attributes["DATA-NEWSROOM-ID"].flatMap(validIdentity)
            ?? derivedIdentity(source: source, title: title)
        let tags = (attributes["TAGS"] ?? "").split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
        let row = BookmarkRow(
            articleID: nil, shortID: "", title: title,
            publication: attributes["DATA-NEWSROOM-PUBLICATION"], section: attributes["DATA-NEWSROOM-SECTION"],
            published: attributes["DATA-NEWSROOM-PUBLISHED"].flatMap(ISO8601.parse),
            savedAt: attributes["ADD_DATE"].flatMap { Int64($0) } ?? now,
            note: entry.note, tags: tags, source: source)
        return BookmarkRecord(identity: identity, row: row)
    }

    private static func validIdentity(_ text: String) -> String? {
        let lower = text.lowercased()
        return lower.count == 16 && lower.allSatisfy(\.isHexDigit) ? lower : nil
    }

    /// A bookmark from a browser has no Newsroom id: its link (or title) stands in for one,
    /// so importing the same file twice still finds it the second time.
    private static func derivedIdentity(source: String?, title: String) -> String {
        var hash = StableHash()
        hash.add(field: "bookmark")
        if let source { hash.add(field: source) } else { hash.add(field: title) }
        return hash.hex
    }
}
