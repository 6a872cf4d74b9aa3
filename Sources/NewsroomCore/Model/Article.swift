/// One news article, whatever format it came from (page dump, RSS, Atom, JSON Feed, HTML page).
///
/// Strings are kept verbatim as the source had them (valid UTF-8, NFC), control characters
/// included: `--json` output escapes them, and every human-facing output (the text printer,
/// the screen buffer) passes them through the one `Sanitizer` on the way out.
public struct Article: Equatable, Hashable, Sendable {
    public var title: String
    /// The all-caps label above the title in page dumps (`STADTWERKE`), without the colon.
    public var kicker: String?
    public var teaser: String?
    /// The body as a document: ordered blocks with inline spans (links, emphasis).
    public var blocks: [ArticleBlock]
    public var publication: String?
    public var section: String?
    public var imageCredit: String?
    /// The editors (page dumps) or authors (feeds).
    public var contacts: [Contact]
    public var copyright: String?
    public var published: Timestamp?
    /// The headline list printed at the top of a page dump: titles of other articles.
    public var headlines: [String]
    /// Titles listed under "Mehr zum Thema".
    public var related: [String]
    /// Feeds: the item's link (page dumps have none).
    public var link: String?
    /// Feeds: the item's guid / id.
    public var guid: String?
    /// Feeds: the feed's last-updated date for the item, when given.
    public var updated: Timestamp?
    /// Feeds: enclosure URLs (podcasts, images), kept as links.
    public var enclosures: [String]

    public init(
        title: String,
        kicker: String? = nil,
        teaser: String? = nil,
        body: [String] = [],
        blocks: [ArticleBlock]? = nil,
        publication: String? = nil,
        section: String? = nil,
        imageCredit: String? = nil,
        contacts: [Contact] = [],
        copyright: String? = nil,
        published: Timestamp? = nil,
        headlines: [String] = [],
        related: [String] = [],
        link: String? = nil,
        guid: String? = nil,
        updated: Timestamp? = nil,
        enclosures: [String] = []
    ) {
        self.title = title
        self.kicker = kicker
        self.teaser = teaser
        self.blocks = blocks ?? body.map { ArticleBlock(text: $0) }
        self.publication = publication
        self.section = section
        self.imageCredit = imageCredit
        self.contacts = contacts
        self.copyright = copyright
        self.published = published
        self.headlines = headlines
        self.related = related
        self.link = link
        self.guid = guid
        self.updated = updated
        self.enclosures = enclosures
    }
}

extension Article {
    /// Body paragraphs in order, as plain text (no link markers): each block's `bodyText`.
    /// Setting it makes one plain paragraph block per string (page dumps, plain text).
    public var body: [String] {
        get { blocks.map(\.bodyText) }
        set { blocks = newValue.map { ArticleBlock(text: $0) } }
    }

    /// The distinct link URLs of the body's spans, in order of first appearance: the
    /// numbered references listed under the article.
    public var links: [String] { ArticleBlock.links(in: blocks) }
}

/// An editor or author: the contact block of a page dump, or a feed item's author.
public struct Contact: Equatable, Hashable, Sendable {
    public var name: String
    public var role: String?
    public var phone: String?
    public var fax: String?
    public var email: String?
    /// Labels of links the page copy lost (`eMail`, `facebook`, `LinkedIn`), in order.
    public var channels: [String]

    public init(
        name: String, role: String? = nil, phone: String? = nil, fax: String? = nil,
        email: String? = nil, channels: [String] = []
    ) {
        self.name = name
        self.role = role
        self.phone = phone
        self.fax = fax
        self.email = email
        self.channels = channels
    }
}
