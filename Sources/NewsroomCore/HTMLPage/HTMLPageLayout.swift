/// Where the article sits on the page: its container (`<article>`, a schema.org Article
/// `itemtype`, an hAtom `hentry`), its headline element, and the page's text blocks in
/// document order, which the field rules walk from the headline on.
struct HTMLPageLayout {
    let page: HTMLPage
    let metadata: HTMLMetadata
    /// The main article element, nil when the page marks none.
    let articleElement: Int?
    /// The headline element (usually an `h1`), nil when the page shows no title.
    let headlineElement: Int?
    /// Every rendered text block of the page, without links.
    let blocks: [ArticleBlock]
    /// The node each block's text starts in.
    let blockStarts: [Int]
    /// The innermost block element each block was written in.
    let blockOwners: [Int]

    init(page: HTMLPage, metadata: HTMLMetadata) {
        self.page = page
        self.metadata = metadata
        var builder = HTMLBlockBuilder(page: page, links: false)
        for k in 0..<page.count where page[k].parent < 0 { builder.add(k) }
        blocks = builder.finish()
        blockStarts = builder.starts
        blockOwners = builder.owners
        let articles = HTMLPageLayout.articleCandidates(page)
        let h1s = page.elements("h1").filter { !page.inChrome[$0] && !page.text(of: $0).isEmpty }
        var main: Int?
        if let withHeadline = articles.first(where: { a in h1s.contains { page.isInside($0, a) } }) {
            main = withHeadline
        } else if articles.count == 1 {
            main = articles[0]
        } else if !articles.isEmpty {
            // Several: the one holding the most paragraph text, when it clearly leads.
            let sized = articles.map { a in (a, HTMLPageLayout.paragraphText(page, a)) }.sorted { $0.1 > $1.1 }
            if sized[0].1 > 400 && sized[0].1 > 2 * (sized.count > 1 ? sized[1].1 : 0) { main = sized[0].0 }
        }
        // The innermost article element with the headline (a wrapper `<article>` around cards is not it).
        articleElement = main
        let title = metadata.headline
        if let main, let h1 = h1s.first(where: { page.isInside($0, main) }) {
            headlineElement = h1
        } else if let title, let h1 = h1s.first(where: { HTMLBodyExtractor.key(page.text(of: $0)) == HTMLBodyExtractor.key(title) }) {
            headlineElement = h1
        } else if let h1 = h1s.first {
            headlineElement = h1
        } else if let title {
            headlineElement = HTMLPageLayout.element(showing: title, in: page)
        } else {
            headlineElement = nil
        }
    }

    static func articleCandidates(_ page: HTMLPage) -> [Int] {
        var result: [Int] = []
        for k in 0..<page.count where !page.hidden[k] && !page[k].isText {
            let node = page[k]
            var isArticle = node.name == "article"
            if let type = node.attribute("itemtype"), let last = type.split(separator: "/").last,
               HTMLJSONLD.articleTypes.contains(String(last)) { isArticle = true }
            if page.hint[k].hasSubstring("entry"), page.hint[k].split(separator: " ").contains(where: { $0 == "hentry" || $0 == "h-entry" }) { isArticle = true }
            guard isArticle, !page.hint[k].hasSubstring("comment"), !page.inChrome[k] else { continue }
            result.append(k)
        }
        // An article inside another is a card or a comment of it; keep the outer ones first.
        return result
    }

    static func paragraphText(_ page: HTMLPage, _ k: Int) -> Int {
        var total = 0
        for p in k..<page[k].end where page[p].name == "p" && !page.hidden[p] { total += page.text(of: p).count }
        return total
    }

    /// Navigation, a sidebar, a footer or the comments (`HTMLPage.inChrome` adds the nodes
    /// inside them).
    static func isChromeItself(_ node: HTMLDOM.Node, hint: String) -> Bool {
        let name = node.name
        if name == "nav" || name == "aside" || name == "footer" { return true }
        if !hint.isEmpty, chromeWords.occurs(in: hint) { return true }
        if let role = node.attribute("role"), role == "navigation" || role == "complementary" || role == "contentinfo" { return true }
        return false
    }

    private static let chromeWords = HTMLWordSet(["comment", "sidebar", "navigation"])

    /// The outermost element whose whole text is `title` (not a link, not in navigation).
    static func element(showing title: String, in page: HTMLPage) -> Int? {
        let key = HTMLBodyExtractor.key(title)
        guard !key.isEmpty else { return nil }
        for k in 0..<page.count where !page.hidden[k] && !page[k].isText {
            let name = page[k].name
            guard page[k].end - k < 64, name != "a", name != "title", name != "html", name != "body", !page.inChrome[k] else { continue }
            guard page.ancestors(of: k).allSatisfy({ page[$0].name != "a" }) else { continue }
            if HTMLBodyExtractor.key(page.text(of: k)) == key { return k }
        }
        return nil
    }

    /// Indices of the blocks that start after the headline element (all blocks without one).
    var blocksAfterHeadline: Range<Int> {
        guard let h = headlineElement else { return blocks.indices }
        let end = page[h].end
        let first = blockStarts.firstIndex { $0 >= end } ?? blocks.count
        return first..<blocks.count
    }

    /// True when block `b` lies inside element `k`.
    func block(_ b: Int, isInside k: Int) -> Bool { page.isInside(blockStarts[b], k) }
}
