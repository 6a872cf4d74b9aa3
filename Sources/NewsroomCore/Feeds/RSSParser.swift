/// RSS 0.9x / 2.0 (`<rss><channel><item>`) and RSS 1.0 (`<rdf:RDF><channel/><item>`) to
/// Articles, by shared/spec/feed-mapping.md.
enum RSSParser {
    static func parse(_ doc: XMLDocument, format: FeedFormat) -> ParsedFeed {
        let channel = doc.children(of: 0).first { doc[$0].name == "channel" && doc[$0].namespace.isRSSCore }
        var feed = ParsedFeed(format: format)
        if let channel {
            for child in doc.children(of: channel) {
                let element = doc[child]
                switch (element.namespace, element.name) {
                case (let ns, "title") where ns.isRSSCore && feed.title == nil:
                    feed.title = FeedText.nonEmpty(FeedText.collapsed(doc.text(child)))
                case (let ns, "link") where ns.isRSSCore && feed.link == nil:
                    feed.link = FeedText.nonEmpty(doc.text(child))
                case (let ns, "description") where ns.isRSSCore && feed.description == nil:
                    feed.description = FeedText.nonEmpty(HTMLText.plain(doc.text(child)))
                case (.none, "lastBuildDate"):
                    feed.updated = FeedDate.parse(doc.text(child)) ?? feed.updated
                case (.none, "pubDate"), (.dc, "date"):
                    if feed.updated == nil { feed.updated = FeedDate.parse(doc.text(child)) }
                default: break
                }
            }
        }
        // Items live in the channel (RSS 2.0) or beside it (RSS 0.90 and 1.0): take both, in order.
        var articles: [Article] = []
        for index in doc.elements.indices where doc[index].name == "item" && doc[index].namespace.isRSSCore {
            let parent = doc[index].parent
            guard parent == 0 || parent == channel else { continue }
            articles.append(article(doc, item: index, publication: feed.title))
        }
        feed.articles = articles
        return feed
    }

    static func article(_ doc: XMLDocument, item: Int, publication: String?) -> Article {
        var title: String?
        var link: String?
        var permalinkGuid: String?
        var guid: String?
        var description: Int?
        var content: Int?
        var pubDate: Timestamp?
        var dcDate: Timestamp?
        var contacts: [Contact] = []
        var category: String?
        var subject: String?
        var enclosures: [String] = []
        for child in doc.children(of: item) {
            let element = doc[child]
            let ns = element.namespace
            if ns.isRSSCore {
                switch element.name {
                case "title" where title == nil: title = FeedText.collapsed(doc.text(child))
                case "link" where link == nil: link = FeedText.nonEmpty(doc.text(child))
                case "guid" where guid == nil:
                    guid = FeedText.nonEmpty(doc.text(child))
                    let isPermaLink = element.attribute("isPermaLink").map { FeedText.trimmed($0).lowercased() }
                    if isPermaLink == nil || isPermaLink == "true" { permalinkGuid = guid }
                case "description" where description == nil: description = child
                case "pubDate" where pubDate == nil: pubDate = FeedDate.parse(doc.text(child))
                case "author":
                    if let contact = FeedText.contact(fromRSSAuthor: doc.text(child)) { contacts.append(contact) }
                case "category" where category == nil: category = FeedText.nonEmpty(FeedText.collapsed(doc.text(child)))
                case "enclosure":
                    if let url = FeedText.nonEmpty(element.attribute("url")) { enclosures.append(url) }
                default: break
                }
            } else if ns == .dc {
                switch element.name {
                case "creator":
                    let name = FeedText.collapsed(doc.text(child))
                    if !name.isEmpty { contacts.append(Contact(name: name)) }
                case "date" where dcDate == nil: dcDate = FeedDate.parse(doc.text(child))
                case "subject" where subject == nil: subject = FeedText.nonEmpty(FeedText.collapsed(doc.text(child)))
                default: break
                }
            } else if ns == .content && element.name == "encoded" && content == nil {
                content = child
            }
        }
        if guid == nil, let about = doc[item].attribute("about", namespace: .rdf) { guid = FeedText.nonEmpty(about) }
        let resolvedLink = link ?? permalinkGuid
        let teaser = description.flatMap { FeedText.nonEmpty(doc.withMarkup($0) { HTMLText.plain(bytes: $0) }) }
        var body = HTMLText.Result(blocks: [])
        if let content { body = doc.withMarkup(content) { HTMLText.body(bytes: $0, base: resolvedLink) } }
        if body.paragraphs.isEmpty, let description {
            body = doc.withMarkup(description) { HTMLText.body(bytes: $0, base: resolvedLink) }
        }
        let finalTitle = title.flatMap { $0.isEmpty ? nil : $0 }
            ?? FeedText.fallbackTitle(teaser: teaser, body: body.paragraphs, link: resolvedLink)
        return Article(
            title: finalTitle, teaser: teaser, blocks: body.blocks, publication: publication,
            section: category ?? subject, contacts: contacts, published: pubDate ?? dcDate,
            link: resolvedLink, guid: guid, enclosures: enclosures)
    }
}
