import NewsroomCore

/// The Netscape bookmark file (`<!DOCTYPE NETSCAPE-Bookmark-file-1>`) that every browser
/// exports and imports. We add `DATA-NEWSROOM-*` attributes (browsers ignore unknown ones) so
/// our own export imports back exactly; a browser's file imports with what it has.
enum NetscapeBookmarkFile {
    static func document(_ records: [BookmarkRecord]) -> String {
        var out = """
            <!DOCTYPE NETSCAPE-Bookmark-file-1>
            <!-- This is an automatically generated file. It will be read and overwritten. DO NOT EDIT! -->
            <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
            <TITLE>Bookmarks</TITLE>
            <H1>Newsroom bookmarks</H1>
            <DL><p>

            """
        for record in records {
            let row = record.row
            var attributes = [
                ("HREF", href(for: row.source, identity: record.identity)),
                ("ADD_DATE", String(row.savedAt)),
            ]
            // A source that may not be a link (javascript:, data:, ...) is kept as text only.
            if let source = row.source, BookmarkLink.url(for: source) == nil {
                attributes.append(("DATA-NEWSROOM-SOURCE", source))
            }
            if !row.tags.isEmpty { attributes.append(("TAGS", row.tags.joined(separator: ","))) }
            attributes.append(("DATA-NEWSROOM-ID", record.identity))
            if let publication = row.publication { attributes.append(("DATA-NEWSROOM-PUBLICATION", publication)) }
            if let section = row.section { attributes.append(("DATA-NEWSROOM-SECTION", section)) }
            if let published = row.published { attributes.append(("DATA-NEWSROOM-PUBLISHED", published.iso8601)) }
            let attributeText = attributes.map { "\($0.0)=\"\(escape($0.1))\"" }.joined(separator: " ")
            out += "    <DT><A \(attributeText)>\(escape(row.title))</A>\n"
            if let note = row.note, !note.isEmpty { out += "    <DD>\(escape(note))\n" }
        }
        out += "</DL><p>\n"
        return out
    }

    /// Text for HTML content and double-quoted attributes: sanitized (a browser shows it),
    /// then the five markup characters as entities.
    static func escape(_ text: String) -> String {
        MarkupEscape.text(Sanitizer.display(text))
    }

    /// An http(s) link, a file path as a `file://` URL, or (no source, or one that may not be
    /// a link: see `BookmarkLink`) a `newsroom:` URL of the id.
    static func href(for source: String?, identity: String) -> String {
        source.flatMap(BookmarkLink.url(for:)) ?? "newsroom:" + identity
    }

    /// What an imported `<A>` points at.
    enum Target: Equatable {
        /// A `newsroom:` or missing HREF: no source, unless `DATA-NEWSROOM-SOURCE` keeps one as text.
        case none
        case source(String)
        /// `javascript:`, `data:`, ...: the bookmark is refused.
        case refused
    }

    static func target(fromHref href: String) -> Target {
        if href.hasPrefix("newsroom:") || href.isEmpty { return .none }
        guard BookmarkLink.isImportable(href) else { return .refused }
        if href.lowercased().hasPrefix("file://") { return .source(PercentEncoding.decode(String(href.dropFirst(7)))) }
        return .source(href)
    }

    /// One `<A>` of a bookmark file.
    struct Entry: Equatable {
        var attributes: [String: String]
        var title: String
        var note: String?
    }

    /// Every `<A ...>title</A>` (with the `<DD>` note after it) of a bookmark file. Tolerant:
    /// browsers write unclosed `<DT>`/`<p>` tags and upper or lower case names.
    static func parse(_ text: String) -> [Entry] {
        let scalars = Array(text.unicodeScalars)
        var scanner = HTMLScanner(scalars)
        var entries: [Entry] = []
        while let tag = scanner.nextTag() {
            if tag.name == "a", !tag.isClosing {
                let title = scanner.text(until: "a")
                entries.append(Entry(attributes: tag.attributes, title: HTMLEntities.decode(title).trimmed, note: nil))
            } else if tag.name == "dd", !tag.isClosing, !entries.isEmpty {
                let note = HTMLEntities.decode(scanner.textUntilNextTag()).trimmed
                if !note.isEmpty { entries[entries.count - 1].note = note }
            }
        }
        return entries
    }
}

extension String {
    var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
