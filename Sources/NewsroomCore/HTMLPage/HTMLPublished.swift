/// The published date, from the first source that has a usable one: JSON-LD
/// `datePublished`, microdata `itemprop="datePublished"`, the `article:published_time` /
/// `date` / Dublin Core meta tags, the article's `<time>` marked published, then the visible
/// date line. Modified dates, comment dates and dates of other listed articles never count.
enum HTMLPublished {
    static func find(_ layout: HTMLPageLayout) -> Timestamp? {
        let page = layout.page
        let metadata = layout.metadata
        if let text = metadata.articleText("datePublished"), let date = HTMLPageDate.iso(text) ?? HTMLPageDate.visible(text) { return date }
        for k in 0..<page.count where page[k].attribute("itemprop") == "datePublished" && !inComments(page, k) {
            let raw = page[k].attribute("content") ?? page[k].attribute("datetime") ?? page.text(of: k)
            if let date = HTMLPageDate.iso(raw) ?? HTMLPageDate.visible(raw) { return date }
        }
        for key in ["article:published_time", "og:article:published_time", "date", "dc.date.issued", "dcterms.issued",
                    "pubdate", "publishdate", "publish-date", "article.published", "dc.date", "sailthru.date", "parsely-pub-date"] {
            if let raw = metadata.meta[key], let date = HTMLPageDate.iso(raw) { return date }
        }
        let scope = layout.articleElement ?? layout.headlineElement.map { page.ancestors(of: $0).dropFirst(2).first ?? 0 }
        let times = page.elements("time").filter { t in !inComments(page, t) && (scope.map { s in page.isInside(t, s) } ?? true) }
        func marked(_ k: Int, _ words: [String]) -> Bool {
            let hint = ([k] + page.ancestors(of: k).prefix(2)).map { page.hint[$0] }.joined(separator: " ")
            return words.contains { hint.hasSubstring($0) } || (words.contains("pubdate") && page[k].attribute("pubdate") != nil)
        }
        let updated = ["updated", "modified", "update", "changed", "aktualisiert"]
        for k in times where marked(k, ["published", "entry-date", "pubdate", "publish"]) && !page.hint[k].hasSubstring("updated") {
            if let raw = page[k].attribute("datetime"), let date = HTMLPageDate.iso(raw) { return date }
        }
        for k in times where !marked(k, updated) {
            if let raw = page[k].attribute("datetime"), let date = HTMLPageDate.iso(raw) { return date }
        }
        // The visible date line near the headline, in the article.
        var seen = 0
        for b in layout.blocksAfterHeadline {
            seen += 1
            if seen > 40 { break }
            let text = layout.blocks[b].text
            guard text.count < 90, !inComments(page, layout.blockStarts[b]) else { continue }
            let lower = text.lowercased()
            if updated.contains(where: { lower.contains($0) }) { continue }
            if let date = HTMLPageDate.visible(text) { return date }
        }
        return nil
    }

    static func inComments(_ page: HTMLPage, _ k: Int) -> Bool {
        ([k] + page.ancestors(of: k)).contains { page.hint[$0].hasSubstring("comment") }
    }
}
