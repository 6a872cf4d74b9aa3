/// Puts the fields of one page's article together, each from its sources in the spec's order.
struct HTMLArticleAssembler {
    let page: HTMLPage

    func article() throws(InputError) -> Article {
        let title = headline()
        let body = HTMLBodyExtractor(page: page).blocks(leavingOut: title.map { [$0] } ?? [])
        guard let title, !body.isEmpty else { throw InputError.malformed("no article found") }
        return Article(title: title, blocks: body)
    }

    func headline() -> String? {
        for h1 in page.elements("h1") {
            let text = page.text(of: h1)
            if !text.isEmpty { return text }
        }
        for title in page.elements("title", includingHidden: true) {
            let text = FeedText.collapsed(page.rawText(of: title))
            if !text.isEmpty { return text }
        }
        return nil
    }
}
