/// Atom 1.0 (RFC 4287; Atom 0.3's namespace is read the same way) to Articles, by
/// shared/spec/feed-mapping.md.
enum AtomParser {
    static func parse(_ doc: XMLDocument) -> ParsedFeed {
        var feed = ParsedFeed(format: .atom)
        var feedAuthors: [Contact] = []
        for child in doc.children(of: 0) where isAtom(doc[child].namespace) {
            switch doc[child].name {
            case "title" where feed.title == nil: feed.title = FeedText.nonEmpty(textConstruct(doc, child))
            case "subtitle", "tagline": feed.description = FeedText.nonEmpty(textConstruct(doc, child))
            case "link" where feed.link == nil && isAlternate(doc[child]): feed.link = link(doc, child)
            case "updated", "modified": feed.updated = FeedDate.parse(doc.text(child)) ?? feed.updated
            case "author": if let contact = person(doc, child) { feedAuthors.append(contact) }
            default: break
            }
        }
        for child in doc.children(of: 0) where doc[child].name == "entry" && isAtom(doc[child].namespace) {
            feed.articles.append(article(doc, entry: child, publication: feed.title, feedAuthors: feedAuthors))
        }
        return feed
    }

    /// Atom elements; unprefixed elements of a feed that forgot its namespace count too.
    static func isAtom(_ ns: XMLNamespace) -> Bool { ns == .atom || ns == .none }

    static func article(_ doc: XMLDocument, entry: Int, publication: String?, feedAuthors: [Contact]) -> Article {
        var title: String?
        var link: String?
        var id: String?
        var published: Timestamp?
        var issued: Timestamp?
        var created: Timestamp?
        var updated: Timestamp?
        var authors: [Contact] = []
        var section: String?
        var summary: Int?
        var content: Int?
        var enclosures: [String] = []
        for child in doc.children(of: entry) where isAtom(doc[child].namespace) {
            let element = doc[child]
            switch element.name {
            case "title" where title == nil: title = textConstruct(doc, child)
            case "link":
                let rel = element.attribute("rel").map(FeedText.trimmed)
                if link == nil && isAlternate(element) { link = self.link(doc, child) }  // nil: the next one may do
                if rel == "enclosure", let href = self.link(doc, child) { enclosures.append(href) }
            case "id" where id == nil: id = FeedText.nonEmpty(doc.text(child))
            case "published": if published == nil { published = FeedDate.parse(doc.text(child)) }
            case "issued": if issued == nil { issued = FeedDate.parse(doc.text(child)) }
            case "created": if created == nil { created = FeedDate.parse(doc.text(child)) }
            case "updated", "modified": if updated == nil { updated = FeedDate.parse(doc.text(child)) }
            case "author": if let contact = person(doc, child) { authors.append(contact) }
            case "category" where section == nil: section = FeedText.nonEmpty(element.attribute("term").map(FeedText.collapsed))
            case "summary" where summary == nil: summary = child
            case "content" where content == nil: content = child
            default: break
            }
        }
        let teaser = summary.flatMap { FeedText.nonEmpty(textConstruct(doc, $0)) }
        var body = HTMLText.Result(blocks: [])
        if let content { body = paragraphs(doc, content) }
        if body.blocks.isEmpty, let summary { body = paragraphs(doc, summary) }
        let finalTitle = title.flatMap { $0.isEmpty ? nil : $0 }
            ?? FeedText.fallbackTitle(teaser: teaser, body: body.paragraphs, link: link)
        return Article(
            title: finalTitle, teaser: teaser, blocks: body.blocks, publication: publication,
            section: section, contacts: authors.isEmpty ? feedAuthors : authors, published: published ?? issued ?? created ?? updated,
            link: link, guid: id, updated: updated, enclosures: enclosures)
    }

    static func isAlternate(_ element: XMLElement) -> Bool {
        guard let rel = element.attribute("rel") else { return true }
        let value = FeedText.trimmed(rel)
        return value == "alternate" || value == "http://www.iana.org/assignments/relation/alternate"
    }

    /// `href` resolved against the `xml:base` in scope (feed, entry, the link itself). A link
    /// without `href` (pre-1.0 drafts, careless feeds) gives its text; one with neither is no link.
    static func link(_ doc: XMLDocument, _ index: Int) -> String? {
        guard let href = (doc[index].attribute("href") ?? FeedText.nonEmpty(doc.text(index))).map(FeedText.trimmed)
        else { return nil }
        guard let base = doc.base(of: index) else { return href.isEmpty ? nil : href }
        let resolved = URLResolver.resolve(href, against: base)
        return resolved.isEmpty ? nil : resolved
    }

    enum Kind { case text, html, xhtml }

    static func kind(_ element: XMLElement) -> Kind {
        let type = element.attribute("type").map { FeedText.trimmed($0).lowercased() } ?? "text"
        switch type {
        case "html", "text/html", "escaped": return .html
        case "xhtml", "application/xhtml+xml": return .xhtml
        default: return .text
        }
    }

    /// A title or summary as one line: `text` kept as is (`<` stays literal), `html` tags
    /// stripped and entities decoded, `xhtml` the div's text. Whitespace collapsed.
    static func textConstruct(_ doc: XMLDocument, _ index: Int) -> String {
        if let decoded = base64(doc, index) {
            switch kind(doc[index]) {
            case .text: return FeedText.collapsed(decoded)
            case .html, .xhtml: return HTMLText.plain(decoded)
            }
        }
        switch kind(doc[index]) {
        case .text: return FeedText.collapsed(doc.text(index))
        case .html, .xhtml: return doc.withMarkup(index) { HTMLText.plain($0) }
        }
    }

    /// Content or summary as body paragraphs; out-of-line content (`src`) has none.
    static func paragraphs(_ doc: XMLDocument, _ index: Int) -> HTMLText.Result {
        let element = doc[index]
        if element.attribute("src") != nil { return HTMLText.Result(blocks: []) }
        let base = doc.base(of: index)
        if let decoded = base64(doc, index) {
            switch kind(element) {
            case .text: return HTMLText.Result(paragraphs: FeedText.plainParagraphs(decoded))
            case .html, .xhtml: return HTMLText.body(decoded, base: base)
            }
        }
        switch kind(element) {
        case .text: return HTMLText.Result(paragraphs: FeedText.plainParagraphs(doc.text(index)))
        case .html, .xhtml: return doc.withMarkup(index) { HTMLText.body($0, base: base) }
        }
    }

    /// Atom 0.3's `mode="base64"`, and Atom 1.0's binary media types (RFC 4287 4.1.3.3: a
    /// `type` that is neither text nor XML is base64): the element's text decoded (as UTF-8;
    /// invalid bytes become U+FFFD). nil otherwise, and for text that is not base64 (then
    /// read as it is).
    static func base64(_ doc: XMLDocument, _ index: Int) -> String? {
        let element = doc[index]
        // Fast exit for the common case (no mode, a type without `/` such as `html`): this
        // runs for every title, summary and content.
        // (`utf8.contains`: String's `contains("/")` is Foundation's NSString search, which
        // cost more than the rest of the check.)
        let slash = UInt8(ascii: "/")
        if element.attribute("mode") == nil, element.attribute("type")?.utf8.contains(slash) != true { return nil }
        let mode = element.attribute("mode").map { FeedText.trimmed($0).lowercased() }
        let type = element.attribute("type").map { FeedText.trimmed($0).lowercased() } ?? "text"
        let binaryType = type.utf8.contains(slash) && !type.hasPrefix("text/") && !type.hasSuffix("xml")
        guard mode == "base64" || (mode == nil && binaryType), let bytes = Base64.decode(doc.text(index))
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `author`: name and email; the uri is not an email. A person with neither is skipped.
    static func person(_ doc: XMLDocument, _ index: Int) -> Contact? {
        var name: String?
        var email: String?
        for child in doc.children(of: index) where isAtom(doc[child].namespace) {
            switch doc[child].name {
            case "name" where name == nil: name = FeedText.nonEmpty(FeedText.collapsed(doc.text(child)))
            case "email" where email == nil: email = FeedText.nonEmpty(doc.text(child))
            default: break
            }
        }
        guard let display = name ?? email else { return nil }
        return Contact(name: display, email: email)
    }
}
