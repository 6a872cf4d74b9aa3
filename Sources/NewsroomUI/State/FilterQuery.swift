import NewsroomCore

/// Turns what the user typed after `/` into a `HeadlineFilter`.
///
/// Words are full-text search terms, except these prefixes, which narrow the list the way the
/// issue asks ("filterable by publication/section"):
/// `section:NAME`, `pub:NAME` (or `publication:NAME`), `feed:URL`, `tag:NAME` (a tag of the
/// urls file), `is:unread`, `is:bookmarked`.
/// Underscores in NAME stand for spaces (`section:Erneuerbare_Energien`).
public enum FilterQuery {
    public static func parse(_ input: String) -> HeadlineFilter {
        var filter = HeadlineFilter()
        var words: [Substring] = []
        for word in input.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let lower = word.lowercased()
            if lower.hasPrefix("section:"), word.count > 8 {
                filter.section = value(word.dropFirst(8))
            } else if lower.hasPrefix("publication:"), word.count > 12 {
                filter.publication = value(word.dropFirst(12))
            } else if lower.hasPrefix("pub:"), word.count > 4 {
                filter.publication = value(word.dropFirst(4))
            } else if lower.hasPrefix("feed:"), word.count > 5 {
                filter.feeds = [String(word.dropFirst(5))]
            } else if lower.hasPrefix("tag:"), word.count > 4 {
                filter.tag = value(word.dropFirst(4))
            } else if lower == "is:unread" {
                filter.unreadOnly = true
            } else if lower == "is:bookmarked" {
                filter.bookmarkedOnly = true
            } else {
                words.append(word)
            }
        }
        if !words.isEmpty { filter.text = words.joined(separator: " ") }
        return filter
    }

    private static func value(_ raw: Substring) -> String {
        String(raw).replacingUnderscores()
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
