import NewsroomCore

/// The formats `newsroom bookmarks export --format` writes.
public enum BookmarkExportFormat: String, CaseIterable, Sendable {
    /// Our JSON: an array of objects, read back by `importBookmarks`.
    case json
    /// A readable list for notes and wikis.
    case markdown
    /// The Netscape bookmark file every browser imports.
    case html
}

extension LibraryStore {
    public func exportBookmarks(format: BookmarkExportFormat) throws(StoreError) -> String {
        let records = try bookmarkRecords()
        switch format {
        case .json: return BookmarkJSON.document(records)
        case .markdown: return BookmarkMarkdown.document(records)
        case .html: return NetscapeBookmarkFile.document(records)
        }
    }
}

/// Our JSON export (also `bookmarks list --json`): one object per bookmark with
/// id, identity, title, publication, section, published, savedAt, note, tags, source, inLibrary.
public enum BookmarkJSON {
    public static func object(_ record: BookmarkRecord) -> String {
        let row = record.row
        return JSONText.object([
            ("id", JSONText.quote(row.shortID)),
            ("identity", JSONText.quote(record.identity)),
            ("title", JSONText.quote(row.title)),
            ("publication", JSONText.quote(row.publication)),
            ("section", JSONText.quote(row.section)),
            ("published", JSONText.quote(row.published?.iso8601)),
            ("savedAt", JSONText.quote(ISO8601.format(secondsUTC: row.savedAt))),
            ("note", JSONText.quote(row.note)),
            ("tags", JSONText.array(row.tags)),
            ("source", JSONText.quote(row.source)),
            ("inLibrary", row.articleID == nil ? "false" : "true"),
        ])
    }

    public static func document(_ records: [BookmarkRecord]) -> String {
        if records.isEmpty { return "[]\n" }
        return "[\n" + records.map { "  " + object($0) }.joined(separator: ",\n") + "\n]\n"
    }
}

/// A Markdown list: every string from an article passes the sanitizer (this is read by
/// people) and Markdown's own syntax characters are escaped, so a title cannot become a link.
enum BookmarkMarkdown {
    static func document(_ records: [BookmarkRecord]) -> String {
        var out = "# Bookmarks\n\n"
        for record in records {
            let row = record.row
            let title = escape(row.title)
            if let link = row.source.flatMap(BookmarkLink.url(for:)) {
                out += "- [\(title)](<\(linkTarget(link))>)"
            } else {
                out += "- \(title)"
            }
            let details = [row.publication, row.section, row.published.map { String($0.iso8601.prefix(10)) }]
                .compactMap { $0 }.map(escape)
            if !details.isEmpty { out += " · " + details.joined(separator: " · ") }
            out += " `\(row.shortID)`\n"
            var saved = "  saved \(ISO8601.format(secondsUTC: row.savedAt).prefix(10))"
            if !row.tags.isEmpty { saved += ", tags: " + row.tags.map(escape).joined(separator: ", ") }
            out += saved + "\n"
            // A source that may not be a link (javascript:, data:, ...) is shown as text.
            if let source = row.source, BookmarkLink.url(for: source) == nil { out += "  source: \(escape(source))\n" }
            if let note = row.note, !note.isEmpty { out += "  > \(escape(note))\n" }
        }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in Sanitizer.display(text) {
            if "\\`*_{}[]()<>|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A link target inside `<...>` (a `BookmarkLink` URL): spaces and angle brackets are
    /// percent-encoded so the target cannot end early.
    static func linkTarget(_ url: String) -> String {
        var out = ""
        for scalar in Sanitizer.display(url).unicodeScalars {
            switch scalar {
            case " ": out += "%20"
            case "<": out += "%3C"
            case ">": out += "%3E"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
