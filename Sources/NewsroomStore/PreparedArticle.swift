import NewsroomCore

/// An article in the form the articles table stores it: its identity, its fingerprint and
/// its JSON columns, everything an import computes without the database. Preparing costs
/// about as much as the insert itself, so callers prepare on their own thread (a feed's
/// fetch task, the file reader of `newsroom add`) while another batch holds the write lock.
/// It keeps only what the row needs: the body lives on as its JSON bytes alone.
public struct PreparedArticle: Sendable {
    let source: ArticleSource
    /// 16 hex digits (ArticleIdentity.identity).
    let identity: String
    /// `ArticleColumn.contentHash` of the fields below.
    private(set) var contentHash: Int64 = 0
    let title: String
    let kicker: String?
    let teaser: String?
    let publication: String?
    let section: String?
    let imageCredit: String?
    let copyright: String?
    let link: String?
    let guid: String?
    let published: Timestamp?
    let updated: Timestamp?
    /// Editor names, one a line, for the full-text index.
    let editors: String
    /// The JSON columns, as UTF-8. `body` is the plain paragraphs (what search indexes);
    /// `blocks` the document with its spans, nil when it is nothing but plain paragraphs
    /// (page dumps), so those rows cost no second copy of the body.
    let body: [UInt8]
    let blocks: [UInt8]?
    let contacts: [UInt8]
    let headlines: [UInt8]
    let related: [UInt8]
    let enclosures: [UInt8]

    /// Every text column goes through `StoredText` (no NUL: reads would stop there); the JSON
    /// columns escape NUL as `\u0000` themselves.
    public init(_ article: Article, from source: ArticleSource) {
        self.source = source
        identity = ArticleIdentity.identity(of: article, from: source)
        blocks = StoredColumns.blocksBytes(article.blocks)
        title = StoredText.text(article.title)
        kicker = StoredText.text(article.kicker)
        teaser = StoredText.text(article.teaser)
        publication = StoredText.text(article.publication)
        section = StoredText.text(article.section)
        imageCredit = StoredText.text(article.imageCredit)
        copyright = StoredText.text(article.copyright)
        link = StoredText.text(article.link)
        guid = StoredText.text(article.guid)
        published = article.published
        updated = article.updated
        editors = StoredText.text(StoredColumns.editors(article.contacts))
        body = StoredColumns.jsonBytes(article.body)
        contacts = StoredColumns.jsonBytes(article.contacts)
        headlines = StoredColumns.jsonBytes(article.headlines)
        related = StoredColumns.jsonBytes(article.related)
        enclosures = StoredColumns.jsonBytes(article.enclosures)
        contentHash = ArticleColumn.contentHash(self)
    }
}
