/// The overline (Dachzeile) right before the headline element: a short text element (at most
/// about 40 characters), not a link, marked as a kicker, written in capitals, or ending in
/// `:`. The colon is removed; breadcrumbs, category links and dates are not kickers.
enum HTMLKicker {
    static let markers = ["kicker", "overline", "dachzeile", "topline", "roofline", "eyebrow", "overhead", "spitzmarke", "supertitle"]

    static func find(_ layout: HTMLPageLayout) -> String? {
        let page = layout.page
        guard var h = layout.headlineElement else { return nil }
        // Climb out of wrappers that hold nothing but the headline.
        for _ in 0..<3 {
            guard previousElement(page, h) == nil, page[h].parent >= 0, page[page[h].parent].name != "body" else { break }
            h = page[h].parent
        }
        guard let candidate = previousElement(page, h) else { return nil }
        let node = page[candidate]
        guard node.name != "a", node.name != "time", node.name != "nav", node.name != "img", node.name != "figure" else { return nil }
        let hint = page.hint[candidate]
        if hint.hasSubstring("breadcrumb") || hint.hasSubstring("date") || hint.hasSubstring("time") || hint.hasSubstring("categor") { return nil }
        var text = page.text(of: candidate)
        guard !text.isEmpty, text.count <= 45 else { return nil }
        // Not a link: no anchor may hold its text.
        for k in candidate..<node.end where page[k].name == "a" && !page.text(of: k).isEmpty { return nil }
        guard HTMLPageDate.visible(text) == nil else { return nil }
        let marked = markers.contains { hint.hasSubstring($0) }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let upper = letters.count >= 2 && letters.allSatisfy { !$0.properties.isLowercase }
        let colon = text.hasSuffix(":")
        guard marked || upper || colon else { return nil }
        while text.hasSuffix(":") { text.removeLast() }
        return FeedText.nonEmpty(text)
    }

    /// The element sibling before `k`, skipping whitespace, comments and hidden elements.
    static func previousElement(_ page: HTMLPage, _ k: Int) -> Int? {
        let parent = page[k].parent
        guard parent >= 0 else { return nil }
        var previous: Int?
        var c = parent + 1
        while c < k {
            let node = page[c]
            if node.isText {
                if !node.text.unicodeScalars.allSatisfy(HTMLBlockBuilder.isSpace) { previous = nil }
            } else if !page.hidden[c] {
                previous = c
            }
            c = node.end
        }
        return previous
    }
}
