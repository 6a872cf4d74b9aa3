/// Puts the fields of one page's article together, each from its sources in the spec's order.
struct HTMLArticleAssembler {
    let page: HTMLPage
    let metadata: HTMLMetadata
    let layout: HTMLPageLayout

    init(page: HTMLPage) {
        self.page = page
        metadata = HTMLMetadata(page: page)
        layout = HTMLPageLayout(page: page, metadata: metadata)
    }

    func article() throws(InputError) -> Article {
        guard let title = title() else { throw InputError.malformed("no article found") }
        let kicker = HTMLKicker.find(layout)
        let extractor = HTMLBodyExtractor(page: page)
        let containers = extractor.scorer.containers()
        let lead = HTMLTeaser.visibleLead(layout, bodyContainers: containers)
        let teaser = lead ?? HTMLTeaser.described(metadata)
        var leaveOut: Set<String> = [title]
        // Only a lead the page shows is left out of the body: a meta description that repeats
        // the first paragraph does not take that paragraph away.
        if let lead { leaveOut.insert(lead) }
        if let kicker { leaveOut.insert(kicker) }
        let contacts = HTMLContacts(layout: layout, bodyContainers: containers).collected()
        let body = lead == nil && HTMLTeaser.isTeaserOnly(layout) ? [] : extractor.blocks(leavingOut: leaveOut, endingAt: contacts.boxes)
        if body.isEmpty && lead == nil && metadata.article == nil { throw InputError.malformed("no article found") }
        if HTMLArticleAssembler.isFrontPage(layout, metadata) { throw InputError.malformed("no article found") }
        let fields = HTMLPageFields(layout: layout)
        return Article(
            title: title,
            kicker: kicker,
            teaser: teaser,
            blocks: body,
            publication: fields.publication(),
            section: fields.section(),
            imageCredit: fields.imageCredit(),
            contacts: contacts.all,
            copyright: fields.copyright(),
            published: HTMLPublished.find(layout),
            headlines: fields.headlines(),
            related: fields.related(),
            link: metadata.value("og:url") ?? page.canonical
        )
    }

    /// The text of the headline element; else the metadata's headline.
    func title() -> String? {
        if let h = layout.headlineElement, let text = FeedText.nonEmpty(page.text(of: h)) { return text }
        return metadata.headline
    }

    /// A page of teaser cards (a front page or section index) with no article of its own.
    static func isFrontPage(_ layout: HTMLPageLayout, _ metadata: HTMLMetadata) -> Bool {
        guard metadata.article == nil, layout.articleElement == nil else { return false }
        if let type = metadata.value("og:type")?.lowercased(), type == "article" { return false }
        let cards = layout.page.elements("article").count
        return cards >= 3 || metadata.value("og:type")?.lowercased() == "website" && layout.headlineElement == nil
    }
}

extension HTMLPage {
    /// `<link rel="canonical" href>`.
    var canonical: String? {
        for k in 0..<count where dom[k].name == "link" {
            if dom[k].attribute("rel")?.lowercased() == "canonical", let href = dom[k].attribute("href") { return FeedText.nonEmpty(href) }
        }
        return nil
    }
}
