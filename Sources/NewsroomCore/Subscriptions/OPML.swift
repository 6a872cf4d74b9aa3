/// OPML 2.0 subscription lists: `newsroom import-opml` and `newsroom export-opml`.
///
/// Read with the project's own `XMLReader` (no DTD, no entity expansion, no network; a
/// DOCTYPE declaring entities is refused). Tags are `category` attributes (comma-separated,
/// a leading `/` path separator as in OPML 2.0's `/tag/sub`), and the titles of the folders
/// (outlines without `xmlUrl`) an outline sits in are tags too.
public enum OPML {
    /// One feed outline found in an OPML file.
    public struct Outline: Equatable, Sendable {
        public var url: String
        public var title: String?
        public var tags: [String]

        public init(url: String, title: String? = nil, tags: [String] = []) {
            self.url = url
            self.title = title
            self.tags = tags
        }
    }

    /// The feed outlines in document order (a URL listed twice: once, tags merged).
    public static func parse(_ bytes: [UInt8]) throws(InputError) -> [Outline] {
        guard !bytes.isEmpty else { throw InputError.empty }
        let document = try XMLReader.read(XMLEncoding.utf8(bytes))
        guard document[0].name == "opml" else {
            throw InputError.malformed("not an OPML file: the XML root element is <\(document[0].name)>")
        }
        guard let body = document.firstChild(of: 0, "body", .none) else {
            throw InputError.malformed("not an OPML file: no <body>")
        }
        var outlines: [Outline] = []
        var positions: [String: Int] = [:]
        collect(document, under: body, folders: [], into: &outlines, positions: &positions)
        return outlines
    }

    private static func collect(
        _ document: XMLDocument, under parent: Int, folders: [String],
        into outlines: inout [Outline], positions: inout [String: Int]
    ) {
        for child in document.children(of: parent) where document[child].name == "outline" {
            let element = document[child]
            let title = (element.attribute("title") ?? element.attribute("text")).map(FeedText.trimmed)
            guard let rawURL = element.attribute("xmlUrl") else {
                // A folder: its title tags every feed inside it.
                var inner = folders
                if let folder = title.flatMap(tag), !inner.contains(folder) { inner.append(folder) }
                collect(document, under: child, folders: inner, into: &outlines, positions: &positions)
                continue
            }
            let url = FeedText.trimmed(rawURL)
            var tags = folders
            for tag in categories(element.attribute("category")) where !tags.contains(tag) { tags.append(tag) }
            if let index = positions[url] {
                for tag in tags where !outlines[index].tags.contains(tag) { outlines[index].tags.append(tag) }
            } else {
                positions[url] = outlines.count
                outlines.append(Outline(url: url, title: title.flatMap { $0.isEmpty ? nil : $0 }, tags: tags))
            }
            // Feeds nested under a feed: their tags include nothing of the feed's.
            collect(document, under: child, folders: folders, into: &outlines, positions: &positions)
        }
    }

    /// `a, b/c` -> ["a", "b/c"]; `/news/local` (an OPML 2.0 category path) -> ["news/local"].
    static func categories(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(separator: ",").compactMap { tag(String($0)) }
    }

    /// A folder title or category as a tag: trimmed, without leading `/`; nil when empty.
    static func tag(_ text: String) -> String? {
        var tag = FeedText.trimmed(text)
        while tag.hasPrefix("/") { tag = FeedText.trimmed(String(tag.dropFirst())) }
        return tag.isEmpty ? nil : tag
    }

    /// An OPML 2.0 document listing `subscriptions`; `titles` gives a feed's title when known.
    public static func render(_ subscriptions: [Subscription], titles: [String: String] = [:]) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head>
                <title>Newsroom subscriptions</title>
              </head>
              <body>

            """
        for subscription in subscriptions {
            let title = titles[subscription.url] ?? subscription.url
            out += "    <outline type=\"rss\" text=\"\(escaped(title))\" title=\"\(escaped(title))\" xmlUrl=\"\(escaped(subscription.url))\""
            if !subscription.tags.isEmpty {
                out += " category=\"\(escaped(subscription.tags.joined(separator: ",")))\""
            }
            out += "/>\n"
        }
        return out + "  </body>\n</opml>\n"
    }

    /// Attribute text: markup characters as references; control characters (not allowed in
    /// XML 1.0, except tab and line ends, which attributes would normalise) as spaces.
    static func escaped(_ text: String) -> String {
        var clean = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let forbidden = value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
            clean.append(forbidden ? " " : scalar)
        }
        return MarkupEscape.text(String(clean))
    }
}
