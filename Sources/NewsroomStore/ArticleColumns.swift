import GRDB
import NewsroomCore

/// The one table of an article's stored fields: the insert and update statements, the
/// binding order, the content hash and the decoding of a row all follow it, so a new field is
/// one case here (and the migration that adds its column).
enum ArticleColumn: CaseIterable {
    case title, kicker, teaser, document, publication, section, imageCredit, contacts, copyright
    case published, headlines, related, link, guid, updated, enclosures

    /// A value as it is bound: text, UTF-8 JSON, or an integer; nil is SQL NULL.
    enum Value {
        case text(String?)
        case json([UInt8]?)
        case integer(Int64?)
    }

    /// The SQL columns of the field, in binding order.
    var names: [String] {
        switch self {
        case .title: ["title"]
        case .kicker: ["kicker"]
        case .teaser: ["teaser"]
        // The plain paragraphs (what search indexes) and the document with its spans (nil
        // when it is nothing but plain paragraphs).
        case .document: ["body", "blocks"]
        case .publication: ["publication"]
        case .section: ["section"]
        case .imageCredit: ["image_credit"]
        // The contacts as JSON and the editor names, one a line, for the full-text index.
        case .contacts: ["contacts", "editors"]
        case .copyright: ["copyright"]
        case .published: ["published", "published_offset"]
        case .headlines: ["headlines"]
        case .related: ["related"]
        case .link: ["link"]
        case .guid: ["guid"]
        case .updated: ["updated", "updated_offset"]
        case .enclosures: ["enclosures"]
        }
    }

    /// The field's values of a prepared article, one per name in `names`.
    func values(_ article: PreparedArticle) -> [Value] {
        switch self {
        case .title: [.text(article.title)]
        case .kicker: [.text(article.kicker)]
        case .teaser: [.text(article.teaser)]
        case .document: [.json(article.body), .json(article.blocks)]
        case .publication: [.text(article.publication)]
        case .section: [.text(article.section)]
        case .imageCredit: [.text(article.imageCredit)]
        case .contacts: [.json(article.contacts), .text(article.editors)]
        case .copyright: [.text(article.copyright)]
        case .published: Self.time(article.published)
        case .headlines: [.json(article.headlines)]
        case .related: [.json(article.related)]
        case .link: [.text(article.link)]
        case .guid: [.text(article.guid)]
        case .updated: Self.time(article.updated)
        case .enclosures: [.json(article.enclosures)]
        }
    }

    /// Sets the field of `article` from a row of `SELECT *`.
    func decode(_ row: Row, into article: inout Article) throws(StoreError) {
        switch self {
        case .title: article.title = row["title"]
        case .kicker: article.kicker = row["kicker"]
        case .teaser: article.teaser = row["teaser"]
        case .document: article.blocks = try StoredColumns.decodeBlocks(row["blocks"], body: row["body"])
        case .publication: article.publication = row["publication"]
        case .section: article.section = row["section"]
        case .imageCredit: article.imageCredit = row["image_credit"]
        case .contacts: article.contacts = try StoredColumns.decodeContacts(row["contacts"])
        case .copyright: article.copyright = row["copyright"]
        case .published: article.published = ArticleRows.timestamp(row["published"], row["published_offset"])
        case .headlines: article.headlines = try StoredColumns.decodeStrings(row["headlines"])
        case .related: article.related = try StoredColumns.decodeStrings(row["related"])
        case .link: article.link = row["link"]
        case .guid: article.guid = row["guid"]
        case .updated: article.updated = ArticleRows.timestamp(row["updated"], row["updated_offset"])
        case .enclosures: article.enclosures = try StoredColumns.decodeStrings(row["enclosures"])
        }
    }

    private static func time(_ timestamp: Timestamp?) -> [Value] {
        [.integer(timestamp?.secondsSince1970), .integer(timestamp.map { Int64($0.utcOffsetSeconds) })]
    }

    /// Every content column's name, in binding order.
    static let allNames: [String] = allCases.flatMap(\.names)

    /// Binds every content column of `article`, in `allNames` order.
    static func bindAll(_ article: PreparedArticle, into row: inout StatementBinder) {
        for column in allCases {
            for value in column.values(article) {
                switch value {
                case .text(let text): row.bind(text)
                case .json(let bytes): row.bind(utf8: bytes)
                case .integer(let number): row.bind(number)
                }
            }
        }
    }

    /// The fingerprint of everything stored: a re-import with the same hash changes nothing.
    static func contentHash(_ article: PreparedArticle) -> Int64 {
        var hash = StableHash()
        for column in allCases {
            for value in column.values(article) {
                switch value {
                case .text(let text): hash.add(field: text)
                case .json(let bytes?):
                    hash.add(bytes: bytes)
                    hash.add(byte: 0xFF)
                case .json(nil): hash.add(field: nil)
                case .integer(let number): hash.add(number: number)
                }
            }
        }
        return Int64(bitPattern: hash.value)
    }

    /// An article from a row of `SELECT * FROM articles`.
    static func article(_ row: Row) throws(StoreError) -> Article {
        var article = Article(title: "")
        for column in allCases { try column.decode(row, into: &article) }
        return article
    }
}
