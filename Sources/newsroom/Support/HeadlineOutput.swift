import NewsroomCore
import NewsroomStore

/// How `list` and `search` print headlines: one line per article for people, or a JSON array
/// (fields documented in docs/cli.md) for scripts.
enum HeadlineOutput {
    static func json(_ rows: [HeadlineRow]) -> String {
        if rows.isEmpty { return "[]\n" }
        let objects = rows.map { row in
            JSONText.object([
                ("id", JSONText.quote(row.shortID)),
                ("title", JSONText.quote(row.title)),
                ("kicker", JSONText.quote(row.kicker)),
                ("publication", JSONText.quote(row.publication)),
                ("section", JSONText.quote(row.section)),
                ("published", JSONText.quote(row.published?.iso8601)),
                ("read", row.isRead ? "true" : "false"),
                ("bookmarked", row.isBookmarked ? "true" : "false"),
            ])
        }
        return "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
    }

    /// `3f9c2a1b  2024-01-22 15:32  *  Title  (Publication · Section)`; `*` marks a bookmark,
    /// `N` an unread article.
    static func text(_ rows: [HeadlineRow]) -> String {
        var out = ""
        for row in rows {
            let date = row.published.map { stamp in
                let iso = stamp.iso8601
                return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5))
            } ?? "                "
            let flags = (row.isBookmarked ? "*" : " ") + (row.isRead ? " " : "N")
            let place = [row.publication, row.section].compactMap { $0 }.joined(separator: " · ")
            var line = "\(row.shortID)  \(date)  \(flags)  \(row.title)"
            if !place.isEmpty { line += "  (\(place))" }
            out += Sanitizer.display(line) + "\n"
        }
        return out
    }
}
