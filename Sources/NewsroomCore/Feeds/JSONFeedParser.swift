/// JSON Feed 1.1 (and 1.0's singular `author`) to Articles, by shared/spec/feed-mapping.md.
enum JSONFeedParser {
    static func parse(_ bytes: [UInt8]) throws(InputError) -> ParsedFeed {
        let root = try JSONValue.parse(bytes)
        guard case .object = root else { throw InputError.malformed("not a JSON Feed: the top level is not an object") }
        let version = root["version"]?.string ?? ""
        guard version.contains("jsonfeed.org") || root["items"]?.array != nil else {
            throw InputError.malformed("not a JSON Feed: no version and no items")
        }
        var feed = ParsedFeed(format: .jsonFeed)
        feed.title = root["title"]?.string.flatMap { FeedText.nonEmpty(FeedText.collapsed($0)) }
        feed.link = FeedText.nonEmpty(root["home_page_url"]?.string)
        feed.description = root["description"]?.string.flatMap { FeedText.nonEmpty(FeedText.collapsed($0)) }
        let feedAuthors = authors(root)
        for item in root["items"]?.array ?? [] {
            guard case .object = item else { continue }
            feed.articles.append(article(item, publication: feed.title, feedAuthors: feedAuthors))
        }
        return feed
    }

    static func article(_ item: JSONValue, publication: String?, feedAuthors: [Contact]) -> Article {
        let link = FeedText.nonEmpty(item["url"]?.string)
        var guid: String?
        switch item["id"] {
        case .string(let value): guid = FeedText.nonEmpty(value)
        case .number(let value): guid = value
        default: break
        }
        let teaser = item["summary"]?.string.flatMap { FeedText.nonEmpty(FeedText.collapsed($0)) }
        var body = HTMLText.Result(blocks: [])
        if let html = item["content_html"]?.string { body = HTMLText.body(html, base: link) }
        if body.paragraphs.isEmpty, let text = item["content_text"]?.string {
            body = HTMLText.Result(paragraphs: FeedText.plainParagraphs(text))
        }
        if body.paragraphs.isEmpty, let summary = item["summary"]?.string {
            body = HTMLText.Result(paragraphs: FeedText.plainParagraphs(summary))
        }
        let section = (item["tags"]?.array ?? []).lazy.compactMap { $0.string.flatMap { FeedText.nonEmpty(FeedText.collapsed($0)) } }.first
        let enclosures = (item["attachments"]?.array ?? []).compactMap { FeedText.nonEmpty($0["url"]?.string) }
        let itemAuthors = authors(item)
        let title = item["title"]?.string.map(FeedText.collapsed).flatMap { $0.isEmpty ? nil : $0 }
            ?? FeedText.fallbackTitle(teaser: teaser, body: body.paragraphs, link: link)
        return Article(
            title: title, teaser: teaser, blocks: body.blocks, publication: publication, section: section,
            contacts: itemAuthors.isEmpty ? feedAuthors : itemAuthors,
            published: item["date_published"]?.string.flatMap(FeedDate.parse),
            link: link, guid: guid, updated: item["date_modified"]?.string.flatMap(FeedDate.parse),
            enclosures: enclosures)
    }

    /// `authors` (1.1) or `author` (1.0); a `mailto:` url is the e-mail address.
    static func authors(_ object: JSONValue) -> [Contact] {
        var list = object["authors"]?.array ?? []
        if list.isEmpty, let single = object["author"] { list = [single] }
        return list.compactMap { author in
            let name = author["name"]?.string.flatMap { FeedText.nonEmpty(FeedText.collapsed($0)) }
            var email: String?
            if let url = author["url"]?.string.map(FeedText.trimmed), url.lowercased().hasPrefix("mailto:") {
                email = FeedText.nonEmpty(String(url.dropFirst(7)))
            }
            guard let display = name ?? email else { return nil }
            return Contact(name: display, email: email)
        }
    }
}
