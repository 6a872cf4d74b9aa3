/// A feed as read from one file or response: its own fields and its items as Articles,
/// in the feed's order.
public struct ParsedFeed: Equatable, Sendable {
    public var format: FeedFormat
    /// The feed's (channel's) title; also every article's publication.
    public var title: String?
    /// The feed's home page.
    public var link: String?
    /// The channel description / Atom subtitle / JSON Feed description, as plain text.
    public var description: String?
    /// RSS `lastBuildDate` (else `pubDate`), Atom feed `updated`. Never copied onto items.
    public var updated: Timestamp?
    public var articles: [Article]

    public init(
        format: FeedFormat, title: String? = nil, link: String? = nil, description: String? = nil,
        updated: Timestamp? = nil, articles: [Article] = []
    ) {
        self.format = format
        self.title = title
        self.link = link
        self.description = description
        self.updated = updated
        self.articles = articles
    }
}

/// What `InputParser.parse` found in a file: one page-dump article or a feed.
public enum ParsedInput: Equatable, Sendable {
    case dump(Article)
    case feed(ParsedFeed)
}

/// The one entry point for "a file's bytes -> articles", whatever the format.
public enum InputParser {
    /// Inputs larger than this are refused before parsing (a feed is rarely over a few MB).
    public static let maximumSize = 256 * 1024 * 1024

    public static func parse(bytes: [UInt8]) throws(InputError) -> ParsedInput {
        switch FeedFormat.sniff(bytes) {
        case .dump: return .dump(try DumpParser.parse(bytes))
        case .unknown:
            throw InputError.malformed("not a page dump or a feed: the XML root is not rss, rdf:RDF or feed")
        default: return .feed(try parseFeed(bytes: bytes))
        }
    }

    /// Parses bytes known to be a feed (RSS, RDF, Atom or JSON Feed). `charset` is the label
    /// the transport named (HTTP `Content-Type: ...; charset=`); it overrides the XML
    /// declaration, a byte order mark overrides both. JSON Feeds are UTF-8 (RFC 8259).
    public static func parseFeed(bytes: [UInt8], charset: String? = nil) throws(InputError) -> ParsedFeed {
        guard !bytes.isEmpty else { throw InputError.empty }
        guard bytes.count <= maximumSize else { throw InputError.tooLarge(limit: maximumSize) }
        switch FeedFormat.sniff(bytes) {
        case .jsonFeed: return try JSONFeedParser.parse(bytes)
        case .rss, .rdf, .atom:
            let document = try XMLReader.read(XMLEncoding.utf8(bytes, transport: charset))
            let root = document[0]
            if root.name == "feed" { return AtomParser.parse(document) }
            if root.name == "rss" || root.name == "RDF" { return RSSParser.parse(document, format: root.name == "rss" ? .rss : .rdf) }
            throw InputError.malformed("not a feed: the XML root element is <\(root.name)>")
        case .dump, .unknown:
            throw InputError.malformed("not a feed (RSS, Atom or JSON Feed)")
        }
    }
}
