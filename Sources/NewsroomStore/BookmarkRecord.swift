import GRDB
import NewsroomCore

/// A bookmark as exports write it and imports read it: the row plus its full identity, which
/// makes an import of our own export recognise bookmarks it already has.
public struct BookmarkRecord: Equatable, Sendable {
    public var identity: String
    public var row: BookmarkRow

    public init(identity: String, row: BookmarkRow) {
        self.identity = identity
        self.row = row
    }
}

extension LibraryStore {
    /// Every bookmark with its identity, most recently saved first.
    public func bookmarkRecords() throws(StoreError) -> [BookmarkRecord] {
        let rows = try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT b.*, a.id AS article_id FROM bookmarks b
                LEFT JOIN articles a ON a.identity = b.identity
                ORDER BY b.saved_at DESC, b.short_id
                """)
        }
        return try rows.map { row throws(StoreError) in
            BookmarkRecord(identity: row["identity"], row: try ArticleRows.bookmark(row))
        }
    }
}

/// Timestamps in exports: ISO 8601 with offset (`2024-01-22T15:32:00+01:00`), read back by
/// `parse`, which also takes `Z` and fractional seconds (browsers and other tools write them).
enum ISO8601 {
    static func format(secondsUTC: Int64) -> String {
        Timestamp(secondsSince1970: secondsUTC, utcOffsetSeconds: 0).iso8601
    }

    static func parse(_ text: String) -> Timestamp? {
        let s = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= s.count else { return nil }
            var value = 0
            for index in range {
                guard s[index] >= 48, s[index] <= 57 else { return nil }
                value = value * 10 + Int(s[index] - 48)
            }
            return value
        }
        guard s.count >= 19, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"),
            s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: " "),
            s[13] == UInt8(ascii: ":"), s[16] == UInt8(ascii: ":"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        if index < s.count, s[index] == UInt8(ascii: ".") {
            index += 1
            while index < s.count, s[index] >= 48, s[index] <= 57 { index += 1 }
        }
        var offset = 0
        if index == s.count {
            offset = 0
        } else if s[index] == UInt8(ascii: "Z") || s[index] == UInt8(ascii: "z"), index + 1 == s.count {
            offset = 0
        } else if s[index] == UInt8(ascii: "+") || s[index] == UInt8(ascii: "-"), index + 6 == s.count,
            s[index + 3] == UInt8(ascii: ":"),
            let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6)
        {
            offset = (hours * 3600 + minutes * 60) * (s[index] == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        let civil = CivilTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return Timestamp(secondsSince1970: civil.secondsSince1970AsUTC - Int64(offset), utcOffsetSeconds: Int32(offset))
    }
}
