import NewsroomCore

/// Where a batch of articles came from: a page-dump file on disk or a feed.
public enum ArticleSource: Equatable, Hashable, Sendable {
    /// A file path (page dumps, a saved feed file read as files).
    case file(String)
    /// The URL of a feed.
    case feed(String)
    /// The URL of one web page added by itself (`newsroom add URL`): the page is the article.
    case page(String)

    var kind: String {
        switch self {
        // The schema knows documents read whole ('file') and lists of items a reload
        // refreshes ('feed'); a page added by its URL is a document read whole.
        case .file, .page: return "file"
        case .feed: return "feed"
        }
    }

    var location: String {
        switch self {
        case .file(let path): return path
        case .feed(let url), .page(let url): return url
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
        case .page(let url):
            // Added again, the page updates its article in place, whatever its title became.
            hash.add(field: "page")
            hash.add(field: url)
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
}
