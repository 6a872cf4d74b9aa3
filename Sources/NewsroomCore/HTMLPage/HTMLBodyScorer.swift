/// Finds the elements that hold the article's text, readability-style: every text block
/// (a `p`, `pre`, or an element with its own text, as in div soup and table layouts) scores
/// by its length and commas, and passes its score to its parent, half to its grandparent and
/// less further up; class/id words of content or chrome add or take off, and link text lowers
/// an element's score. The best element, moved up when its parent or several near-equal
/// candidates say the text spreads wider, is the container; its siblings that score well
/// or hold plain paragraphs join it.
struct HTMLBodyScorer {
    let page: HTMLPage
    /// Chrome and hidden nodes (and their subtrees).
    let excluded: [Bool]
    let stats: HTMLTextStats
    private(set) var scores: [Int: Double] = [:]
    /// The containers, found once (the assembler and the body both ask).
    private var found: [Int] = []

    init(page: HTMLPage) {
        self.page = page
        // First pass: paragraph text with hidden nodes left out, so a chrome-looking class on an
        // element that holds most of the page's paragraphs (a wrapper "page has-sidebar") does
        // not throw the article away.
        let hiddenOnly = HTMLTextStats(page: page, excluded: page.hidden)
        var total: Int32 = 1, looseTotal: Int32 = 1
        for k in 0..<page.count where page[k].parent < 0 {
            total += hiddenOnly.paragraphLength[k]
            looseTotal += hiddenOnly.looseTextLength[k]
        }
        var excluded = page.hidden
        for k in 0..<page.count where !excluded[k] {
            let node = page[k]
            if node.isText {
                excluded[k] = node.parent >= 0 && excluded[node.parent]
                continue
            }
            if node.parent >= 0 && excluded[node.parent] { excluded[k] = true; continue }
            if HTMLBoilerplate.isChrome(node, hint: page.hint[k]) {
                // Pages without `<p>` (div soup, old blog editors) count their loose text instead.
                let share = max(Double(hiddenOnly.paragraphLength[k]) / Double(total),
                                Double(hiddenOnly.looseTextLength[k]) / Double(looseTotal))
                excluded[k] = share < 0.4 || HTMLBoilerplate.chromeTags.contains(node.name) && node.name != "header" && share < 0.7
            }
        }
        self.excluded = excluded
        stats = HTMLTextStats(page: page, excluded: excluded)
        scoreParagraphs()
        found = findContainers()
    }

    private static let scoredContainers: Set<String> = [
        "div", "section", "article", "main", "td", "span", "font", "center", "blockquote", "body", "dd", "li",
    ]

    private mutating func scoreParagraphs() {
        for k in 0..<page.count where !excluded[k] && !page[k].isText {
            let name = page[k].name
            let textLength: Int32
            if name == "p" || name == "pre" {
                textLength = stats.length[k]
            } else if HTMLBodyScorer.scoredContainers.contains(name), stats.directLength[k] >= 25 {
                textLength = stats.directLength[k]
            } else {
                continue
            }
            guard textLength >= 25 else { continue }
            let commas = name == "p" || name == "pre" ? stats.commas[k] : min(stats.commas[k], textLength / 50)
            let score = 1 + Double(commas) + min(Double(textLength) / 100, 3)
            var ancestor = page[k].parent
            var level = 0
            if name != "p" && name != "pre" {
                // An element with its own text is a paragraph and a container at once.
                add(score, to: k)
            }
            while ancestor >= 0 && level < 5 {
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                add(score / divider, to: ancestor)
                ancestor = page[ancestor].parent
                level += 1
            }
        }
        for (k, score) in scores { scores[k] = score * (1 - stats.linkDensity(k)) }
    }

    private mutating func add(_ score: Double, to k: Int) {
        if let existing = scores[k] {
            scores[k] = existing + score
        } else {
            scores[k] = initialScore(k) + score
        }
    }

    private func initialScore(_ k: Int) -> Double {
        var score: Double
        switch page[k].name {
        case "div", "article", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        score += HTMLBoilerplate.weight(page.hint[k])
        if page[k].name == "article" || page[k].attribute("itemprop") == "articleBody" { score += 10 }
        return score
    }

    /// The container elements of the article text in document order; empty when the page
    /// holds no text block at all.
    func containers() -> [Int] { found }

    private mutating func findContainers() -> [Int] {
        let ranked = scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard var top = ranked.first?.key, var topScore = ranked.first?.value, topScore > 0 else { return [] }
        // Several near-equal candidates under one ancestor: the text spreads over it.
        let alternatives = ranked.dropFirst().prefix(5).filter { $0.value >= topScore * 0.75 }.map(\.key)
        if alternatives.count >= 3 {
            var ancestor = page[top].parent
            while ancestor >= 0, page[ancestor].name != "body" {
                let holding = alternatives.filter { page.isInside($0, ancestor) }.count
                if holding >= 3 { top = ancestor; break }
                ancestor = page[ancestor].parent
            }
            topScore = scores[top] ?? topScore
        }
        // Up through parents that score as well (their text is the same article).
        var last = topScore
        var parent = page[top].parent
        while parent >= 0, page[parent].name != "body", page[parent].name != "html" {
            guard let parentScore = scores[parent] else { parent = page[parent].parent; continue }
            if parentScore < last / 3 { break }
            if parentScore > last { top = parent; topScore = parentScore }
            last = parentScore
            parent = page[parent].parent
        }
        // An only child says nothing: its parent is the container.
        while page[top].parent >= 0, page[page[top].parent].name != "body", elementChildren(page[top].parent).count == 1 {
            top = page[top].parent
        }
        topScore = scores[top] ?? topScore
        let parentOfTop = page[top].parent
        guard parentOfTop >= 0 else { return [top] }
        var result: [Int] = []
        let threshold = max(10, topScore * 0.2)
        for sibling in elementChildren(parentOfTop) where !excluded[sibling] {
            if sibling == top { result.append(sibling); continue }
            var bonus = 0.0
            if !page.hint[top].isEmpty && page.hint[sibling] == page.hint[top] { bonus = topScore * 0.2 }
            if let score = scores[sibling], score + bonus >= threshold {
                result.append(sibling)
            } else if page[sibling].name == "p" {
                let length = stats.length[sibling]
                let density = stats.linkDensity(sibling)
                if length > 80 && density < 0.25 { result.append(sibling) }
                else if length > 0, length <= 80, density == 0, page.text(of: sibling).contains(". ") { result.append(sibling) }
            }
        }
        return result
    }

    func elementChildren(_ k: Int) -> [Int] {
        var children: [Int] = []
        var c = k + 1
        while c < page[k].end {
            if !page[c].isText { children.append(c) }
            c = page[c].end
        }
        return children
    }
}
