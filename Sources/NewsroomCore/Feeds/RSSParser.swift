/// RSS 0.9x / 2.0 (`<rss><channel><item>`) and RSS 1.0 (`<rdf:RDF><channel/><item>`) to
/// Articles, by shared/spec/feed-mapping.md.
enum RSSParser {
    static func parse(_ doc: XMLDocument, format: FeedFormat) -> ParsedFeed {
        let channel = doc.children(of: 0).first { doc[$0].name == "channel" && doc[$0].namespace.isRSSCore }
        var feed = ParsedFeed(format: format)
        // Dublin Core (and iTunes) stand-ins, used only where RSS's own element is missing.
        var dcTitle: String?
        var dcDescription: String?
        var itunesDescription: String?
        var modified: Timestamp?
        if let channel {
            for child in doc.children(of: channel) {
                let element = doc[child]
                switch (element.namespace, element.name) {
                case (let ns, "title") where ns.isRSSCore && feed.title == nil:
                    feed.title = FeedText.nonEmpty(FeedText.title(doc.text(child)))
                case (.dc, "title") where dcTitle == nil:
                    dcTitle = FeedText.nonEmpty(FeedText.title(doc.text(child)))
                case (let ns, "link") where ns.isRSSCore && feed.link == nil:
                    feed.link = FeedText.nonEmpty(doc.text(child))
                case (let ns, "description") where ns.isRSSCore && feed.description == nil:
                    feed.description = FeedText.nonEmpty(HTMLText.plain(doc.text(child)))
                case (.dc, "description") where dcDescription == nil:
                    dcDescription = FeedText.nonEmpty(HTMLText.plain(doc.text(child)))
                case (.none, "lastBuildDate"):
                    feed.updated = FeedDate.parse(doc.text(child)) ?? feed.updated
                case (.none, "pubDate"), (.dc, "date"):
                    if feed.updated == nil { feed.updated = FeedDate.parse(doc.text(child)) }
                case (.dc, "modified") where modified == nil:
                    modified = FeedDate.parse(doc.text(child))
                case (.itunes, "summary"), (.itunes, "subtitle"):
                    if itunesDescription == nil { itunesDescription = FeedText.nonEmpty(FeedText.collapsed(doc.text(child))) }
                default: break
                }
            }
        }
        feed.title = feed.title ?? dcTitle
        feed.description = feed.description ?? dcDescription ?? itunesDescription
        feed.updated = feed.updated ?? modified
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
        var dcTitle: String?
        var link: String?
        var permalinkGuid: String?
        var guid: String?
        // `description` and `summary` are both teasers: the first is, a second one is the body.
        var description: Int?
        var secondDescription: Int?
        var dcDescription: Int?
        var content: Int?
        var xhtmlBody: Int?
        var fullItem: Int?
        var pubDate: Timestamp?
        var dcDate: Timestamp?
        var issued: Timestamp?
        var created: Timestamp?
        var modified: Timestamp?
        var contacts: [Contact] = []
        // iTunes and Media RSS stand-ins, used only where RSS and Dublin Core have nothing.
        var itunesAuthor: Contact?
        var itunesSummary: Int?
        var itunesCategory: String?
        var mediaTitle: String?
        var category: String?
        var subject: String?
        var enclosures: [String] = []
        for child in doc.children(of: item) {
            let element = doc[child]
            let ns = element.namespace
            if ns.isRSSCore {
                switch element.name {
                case "title" where title == nil: title = FeedText.title(doc.text(child))
                case "link" where link == nil: link = FeedText.nonEmpty(doc.text(child))
                case "guid" where guid == nil:
                    guid = FeedText.nonEmpty(doc.text(child))
                    let isPermaLink = element.attribute("isPermaLink").map { FeedText.trimmed($0).lowercased() }
                    if isPermaLink == nil || isPermaLink == "true" { permalinkGuid = guid }
                case "description", "summary":
                    if description == nil { description = child } else if secondDescription == nil { secondDescription = child }
                case "pubDate" where pubDate == nil: pubDate = FeedDate.parse(doc.text(child))
                case "author":
                    if let contact = FeedText.contact(fromRSSAuthor: doc.text(child)) { contacts.append(contact) }
                case "category" where category == nil: category = FeedText.nonEmpty(FeedText.collapsed(doc.text(child)))
                case "fullitem" where fullItem == nil: fullItem = child
                case "enclosure":
                    if let url = FeedText.nonEmpty(element.attribute("url")) { enclosures.append(url) }
                default: break
                }
            } else if ns == .dc {
                switch element.name {
                case "creator", "author":
                    if let contact = FeedText.contact(fromRSSAuthor: doc.text(child)) { contacts.append(contact) }
                case "title" where dcTitle == nil: dcTitle = FeedText.title(doc.text(child))
                case "description" where dcDescription == nil: dcDescription = child
                case "date" where dcDate == nil: dcDate = FeedDate.parse(doc.text(child))
                case "issued" where issued == nil: issued = FeedDate.parse(doc.text(child))
                case "created" where created == nil: created = FeedDate.parse(doc.text(child))
                case "modified" where modified == nil: modified = FeedDate.parse(doc.text(child))
                case "subject" where subject == nil: subject = FeedText.nonEmpty(FeedText.collapsed(doc.text(child)))
                default: break
                }
            } else if ns == .content && element.name == "encoded" && content == nil {
                content = child
            } else if ns == .xhtml && element.name == "body" && xhtmlBody == nil {
                xhtmlBody = child
            } else if ns == .itunes {
                switch element.name {
                case "author" where itunesAuthor == nil: itunesAuthor = FeedText.contact(fromRSSAuthor: doc.text(child))
                case "summary" where itunesSummary == nil: itunesSummary = child
                case "subtitle" where itunesSummary == nil: itunesSummary = child
                case "category" where itunesCategory == nil:
                    itunesCategory = FeedText.nonEmpty(element.attribute("text").map(FeedText.collapsed))
                default: break
                }
            } else if ns == .media && element.name == "title" && mediaTitle == nil {
                mediaTitle = FeedText.nonEmpty(FeedText.title(doc.text(child)))
            }
        }
        description = description ?? dcDescription ?? itunesSummary
        if contacts.isEmpty, let itunesAuthor { contacts.append(itunesAuthor) }
        title = title.flatMap { $0.isEmpty ? nil : $0 } ?? dcTitle ?? mediaTitle
        if guid == nil, let about = doc[item].attribute("about", namespace: .rdf) { guid = FeedText.nonEmpty(about) }
        let resolvedLink = link ?? permalinkGuid
        let teaser = description.flatMap { FeedText.nonEmpty(doc.withMarkup($0) { HTMLText.plain($0) }) }
        var body = HTMLText.Result(blocks: [])
        for source in [content, xhtmlBody, fullItem, secondDescription, description] {
            guard body.blocks.isEmpty, let source else { continue }
            body = doc.withMarkup(source) { HTMLText.body($0, base: resolvedLink) }
        }
        let finalTitle = title.flatMap { $0.isEmpty ? nil : $0 }
            ?? FeedText.fallbackTitle(teaser: teaser, body: body.paragraphs, link: resolvedLink)
        return Article(
            title: finalTitle, teaser: teaser, blocks: body.blocks, publication: publication,
            section: category ?? subject ?? itunesCategory, contacts: contacts, published: pubDate ?? dcDate ?? issued ?? created,
            link: resolvedLink, guid: guid, updated: modified, enclosures: enclosures)
    }
}
