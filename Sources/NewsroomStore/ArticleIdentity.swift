import NewsroomCore

/// Where a batch of articles came from: a page-dump file on disk or a feed.
public enum ArticleSource: Equatable, Hashable, Sendable {
    /// A file path (page dumps, a saved feed file read as files).
    case file(String)
    /// The URL of a feed.
    case feed(String)

    var kind: String {
        switch self {
        case .file: return "file"
        case .feed: return "feed"
        }
    }

    var location: String {
        switch self {
        case .file(let path): return path
        case .feed(let url): return url
        }
    }
}

/// What makes two imports "the same article", and the hashes derived from it.
///
/// Page dumps carry no id, so an article is its publication, title and publication time:
/// the same page copied twice (or re-copied after a typo fix in the body) is one article.
/// Feed items are their feed plus guid (or link, or title when a feed has neither).
enum ArticleIdentity {
    /// Short ids start this long (32 bits: at 100,000 articles about one pair collides,
    /// and that pair gets a longer id, like git's abbreviated hashes).
    static let shortLength = 8

    static func key(of article: Article, from source: ArticleSource) -> StableHash {
        var hash = StableHash()
        switch source {
        case .file:
            hash.add(field: "dump")
            hash.add(field: article.publication)
            hash.add(field: article.title)
            hash.add(number: article.published?.secondsSince1970)
        case .feed(let url):
            hash.add(field: "feed")
            hash.add(field: url)
            if let guid = article.guid, !guid.isEmpty {
                hash.add(field: "guid")
                hash.add(field: guid)
            } else if let link = article.link, !link.isEmpty {
                hash.add(field: "link")
                hash.add(field: link)
            } else {
                hash.add(field: "title")
                hash.add(field: article.title)
            }
        }
        return hash
    }

    /// The 16-hex-digit identity stored with the article and its bookmark.
    static func identity(of article: Article, from source: ArticleSource) -> String {
        key(of: article, from: source).hex
    }

    /// A fingerprint of every field, so an unchanged re-import is recognised without a write.
    /// `blocks` is the stored document (`StoredColumns.blocksBytes`): nil for plain
    /// paragraphs, whose hash is then what it was before the document had structure.
    static func contentHash(of article: Article, blocks: [UInt8]?) -> Int64 {
        var hash = StableHash()
        hash.add(field: article.title)
        hash.add(field: article.kicker)
        hash.add(field: article.teaser)
        hash.add(number: Int64(article.blocks.count))
        for block in article.blocks { hash.add(field: block.bodyText) }
        hash.add(field: article.publication)
        hash.add(field: article.section)
        hash.add(field: article.imageCredit)
        hash.add(number: Int64(article.contacts.count))
        for contact in article.contacts {
            hash.add(field: contact.name)
            hash.add(field: contact.role)
            hash.add(field: contact.phone)
            hash.add(field: contact.fax)
            hash.add(field: contact.email)
            hash.add(number: Int64(contact.channels.count))
            for channel in contact.channels { hash.add(field: channel) }
        }
        hash.add(field: article.copyright)
        hash.add(number: article.published?.secondsSince1970)
        hash.add(number: article.published.map { Int64($0.utcOffsetSeconds) })
        for list in [article.headlines, article.related, article.links, article.enclosures] {
            hash.add(number: Int64(list.count))
            for item in list { hash.add(field: item) }
        }
        hash.add(field: article.link)
        hash.add(field: article.guid)
        hash.add(number: article.updated?.secondsSince1970)
        hash.add(number: article.updated.map { Int64($0.utcOffsetSeconds) })
        if let blocks {
            hash.add(field: "blocks")
            hash.add(field: String(decoding: blocks, as: UTF8.self))
        }
        return Int64(bitPattern: hash.value)
    }
}
