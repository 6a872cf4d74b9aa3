import Foundation

/// What the page says about itself outside its visible text: `<meta>` tags (OpenGraph,
/// `article:*`, `name=...`, Dublin Core), JSON-LD and the `<title>`.
struct HTMLMetadata {
    let jsonLD: HTMLJSONLD
    /// The JSON-LD article object, if any.
    let article: JSONValue?
    /// `<meta property|name|itemprop=KEY content=...>`, keys lower-cased, first value kept.
    let meta: [String: String]
    let documentTitle: String?

    init(page: HTMLPage) {
        jsonLD = HTMLJSONLD(page: page)
        article = jsonLD.article
        var meta: [String: String] = [:]
        var title: String?
        for k in 0..<page.count {
            let node = page[k]
            if node.name == "meta", let content = node.attribute("content") {
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    guard let name = node.attribute(key)?.lowercased(), !name.isEmpty else { continue }
                    if meta[name] == nil, let value = FeedText.nonEmpty(FeedText.collapsed(content)) { meta[name] = value }
                }
            } else if node.name == "title", title == nil, !page.isInsideSVG(k) {
                title = FeedText.nonEmpty(FeedText.collapsed(page.rawText(of: k)))
            }
        }
        self.meta = meta
        documentTitle = title
    }

    func value(_ keys: String...) -> String? {
        for key in keys { if let value = meta[key] { return HTMLJSONLD.unescapeHTML(value) } }
        return nil
    }

    func articleText(_ key: String) -> String? { article.flatMap { jsonLD.text($0[key]) } }

    /// The headline the metadata gives: JSON-LD, then OpenGraph/Twitter, then `<title>` minus
    /// the site name.
    var headline: String? {
        articleText("headline") ?? value("og:title", "twitter:title") ?? documentTitle.map(strippingSiteName)
    }

    /// `<title>` without its site-name segment (" | Site", " - Site", " – Site", "Site - ...").
    func strippingSiteName(_ title: String) -> String {
        let site = value("og:site_name", "application-name")
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]), tail = String(title[range.upperBound...])
            if let site, head.lowercased() == site.lowercased() { return tail }
            if let site, tail.lowercased() != site.lowercased(), title.hasPrefix(site + separator) {
                return String(title.dropFirst(site.count + separator.count))
            }
            return head.count >= tail.count ? head : tail
        }
        return title
    }
}

extension HTMLPage {
    func isInsideSVG(_ k: Int) -> Bool { ancestors(of: k).contains { dom[$0].name == "svg" } }
}
