/// The lead (standfirst) between the headline and the body: the first text block after the
/// headline (dates, bylines, images and captions skipped) when it is inside the article's
/// `<header>`, marked as lead/intro/standfirst/summary (`itemprop="description"` too), bold as
/// a whole, or the page's description. Without one, the metadata's description.
enum HTMLTeaser {
    static let markers = ["lead", "intro", "standfirst", "summary", "teaser", "abstract", "excerpt", "dek", "subline", "sapo", "chapo", "deck"]

    /// `bodyContainers`: the body's containers. A block inside them that only matches the
    /// description (not placed or marked as a lead) is the first body paragraph, which the
    /// description quotes: it stays in the body and is no lead.
    static func visibleLead(_ layout: HTMLPageLayout, bodyContainers: [Int] = []) -> String? {
        guard layout.headlineElement != nil else { return nil }
        let page = layout.page
        let descriptions = [described(layout.metadata)].compactMap { $0 }.map(HTMLBodyExtractor.key)
        var seen = 0
        for b in layout.blocksAfterHeadline {
            seen += 1
            if seen > 12 { break }
            let text = layout.blocks[b].text
            let start = layout.blockStarts[b]
            let chain = [start] + page.ancestors(of: start)
            if chain.contains(where: { isSkippedBox(page, $0) }) { continue }
            if isDateOrByline(text) || text.count < 20 { continue }
            var marked = false
            for a in chain.prefix(6) {
                let node = page[a]
                if node.name == "header", let article = layout.articleElement, page.isInside(a, article) { marked = true }
                if node.name == "header", let h = layout.headlineElement, page.isInside(h, a) { marked = true }
                if node.attribute("itemprop") == "description" { marked = true }
                let hint = page.hint[a]
                if !hint.isEmpty, markers.contains(where: { hint.hasSubstring($0) }) { marked = true }
                if node.name == "p" || node.name == "body" { break }
            }
            let spans = layout.blocks[b].spans
            if spans.allSatisfy({ $0.style.contains(.strong) || $0.text.allSatisfy(\.isWhitespace) }) { marked = true }
            if marked { return text }
            let key = HTMLBodyExtractor.key(text)
            guard descriptions.contains(where: { $0 == key || (!$0.isEmpty && key.hasPrefix($0) && $0.count > 40) }) else { return nil }
            return bodyContainers.contains(where: { page.isInside(start, $0) }) ? nil : text
        }
        return nil
    }

    /// Image, caption and media boxes, and chrome, which the lead search steps over.
    static func isSkippedBox(_ page: HTMLPage, _ k: Int) -> Bool {
        let node = page[k]
        if node.name == "figure" || node.name == "figcaption" || node.name == "time" || node.name == "nav" || node.name == "aside" { return true }
        let hint = page.hint[k]
        guard !hint.isEmpty else { return false }
        for word in ["caption", "byline", "author", "date", "meta", "share", "social", "breadcrumb", "credit", "media", "image", "photo", "video", "tags", "toolbar", "timestamp", "dateline"]
        where hint.hasSubstring(word) { return true }
        return false
    }

    static func isDateOrByline(_ text: String) -> Bool {
        // Asked of every body block: most are long, so the length is checked first, and
        // counted only as far as the limit (lower-casing every block was 8 % of the
        // extraction benchmark).
        guard hasFewerCharacters(text, than: 100) else { return false }
        if hasFewerCharacters(text, than: 90) && HTMLPageDate.visible(text) != nil && text.split(separator: " ").count < 12 { return true }
        let lower = text.lowercased()
        return lower.hasPrefix("von ") || lower.hasPrefix("by ") || lower.hasPrefix("autor") || lower.hasPrefix("author")
    }

    /// `text.count < limit`, counting no further than the limit.
    static func hasFewerCharacters(_ text: String, than limit: Int) -> Bool {
        text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex) == nil
    }

    static func described(_ metadata: HTMLMetadata) -> String? {
        metadata.articleText("description") ?? metadata.value("og:description", "description", "twitter:description")
    }

    static func isTeaserOnly(_ layout: HTMLPageLayout) -> Bool { false }
}
