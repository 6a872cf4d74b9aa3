import GRDB
import NewsroomCore

/// Decoding rows of the articles and bookmarks tables into the model types.
enum ArticleRows {
    static let headlineColumns = """
        a.id, a.identity, a.short_length, a.title, a.publication, a.section, a.kicker,
        a.published, a.published_offset,
        EXISTS (SELECT 1 FROM read_state r WHERE r.identity = a.identity) AS is_read,
        EXISTS (SELECT 1 FROM bookmarks b WHERE b.identity = a.identity) AS is_bookmarked
        """

    /// A row of `SELECT \(headlineColumns)`. Columns by position, in `headlineColumns` order:
    /// looking them up by name cost more than the query itself (a page of 128 rows is read
    /// on key presses in the reader).
    static func headline(_ row: Row) -> HeadlineRow {
        let identity: String = row[1]
        let shortLength: Int = row[2]
        return HeadlineRow(
            id: row[0], shortID: String(identity.prefix(shortLength)), title: row[3],
            publication: row[4], section: row[5], kicker: row[6],
            published: timestamp(row[7], row[8]),
            isRead: row[9], isBookmarked: row[10])
    }

    static func bookmark(_ row: Row) throws(StoreError) -> BookmarkRow {
        BookmarkRow(
            articleID: row["article_id"], shortID: row["short_id"], title: row["title"],
            publication: row["publication"], section: row["section"],
            published: timestamp(row["published"], row["published_offset"]),
            savedAt: row["saved_at"], note: row["note"],
            tags: try StoredColumns.decodeStrings(row["tags"]), source: row["source"])
    }

    static func timestamp(_ seconds: Int64?, _ offset: Int32?) -> Timestamp? {
        seconds.map { Timestamp(secondsSince1970: $0, utcOffsetSeconds: offset ?? 0) }
    }
}
