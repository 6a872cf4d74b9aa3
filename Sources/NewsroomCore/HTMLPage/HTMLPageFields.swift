import Foundation

/// The page's smaller fields: publication, section, image credit, copyright line, related
/// articles and the list of other headlines.
struct HTMLPageFields {
    let layout: HTMLPageLayout
    var page: HTMLPage { layout.page }
    var metadata: HTMLMetadata { layout.metadata }

    static let homeWords: Set<String> = ["startseite", "home", "homepage", "start", "accueil", "inicio"]

    func publication() -> String? {
        if let name = metadata.value("og:site_name") { return name }
        if let article = metadata.article, let name = metadata.jsonLD.text(metadata.jsonLD.resolved(article["publisher"])?["name"]) { return name }
        if let name = metadata.value("application-name") { return name }
        if let first = breadcrumb().first, !HTMLPageFields.homeWords.contains(first.lowercased()) { return first }
        for k in page.elements("a") where page[k].attribute("rel")?.lowercased().split(separator: " ").contains("home") == true {
            if let text = FeedText.nonEmpty(page.text(of: k)) { return text }
        }
        return nil
    }

    func section() -> String? {
        if let article = metadata.article, let section = metadata.jsonLD.text(article["articleSection"]) { return section }
        if let section = metadata.value("article:section") { return section }
        let crumbs = breadcrumb()
        if !crumbs.isEmpty {
            var items = crumbs
            if let first = items.first, HTMLPageFields.homeWords.contains(first.lowercased()) || first == publication() || items.count > 2 {
                items.removeFirst()
            }
            let title = HTMLBodyExtractor.key(metadata.headline ?? "")
            if let section = items.first(where: { HTMLBodyExtractor.key($0) != title && !HTMLPageFields.homeWords.contains($0.lowercased()) }) {
                return section
            }
        }
        for k in page.elements("a") where page[k].attribute("rel")?.lowercased() == "category tag" {
            if let text = FeedText.nonEmpty(page.text(of: k)) { return text }
        }
        return nil
    }

    /// The breadcrumb's item names: JSON-LD `BreadcrumbList`, microdata, or a marked element.
    func breadcrumb() -> [String] {
        if let list = metadata.jsonLD.first(type: "BreadcrumbList") {
            let items = metadata.jsonLD.list(list["itemListElement"])
            let sorted = items.enumerated().sorted { a, b in
                (Int(a.element["position"].flatMap(\.numberOrString) ?? "") ?? a.offset) < (Int(b.element["position"].flatMap(\.numberOrString) ?? "") ?? b.offset)
            }
            let names = sorted.compactMap { metadata.jsonLD.text($0.element["name"]) ?? metadata.jsonLD.text(metadata.jsonLD.resolved($0.element["item"])?["name"]) }
            if !names.isEmpty { return names }
        }
        for k in 0..<page.count where !page.hidden[k] && !page[k].isText {
            let node = page[k]
            let isCrumb = node.attribute("itemtype")?.hasSuffix("BreadcrumbList") == true
                || node.attribute("aria-label")?.lowercased().contains("breadcrumb") == true
                || page.hint[k].hasSubstring("breadcrumb")
            guard isCrumb else { continue }
            var names: [String] = []
            for item in k..<node.end where page[item].name == "li" || page[item].attribute("itemprop") == "itemListElement" {
                if let text = FeedText.nonEmpty(page.text(of: item)), !names.contains(text) { names.append(text) }
            }
            if names.isEmpty {
                for a in k..<node.end where page[a].name == "a" { if let text = FeedText.nonEmpty(page.text(of: a)) { names.append(text) } }
            }
            if !names.isEmpty { return names }
        }
        return []
    }

    static let creditLabels = ["Quelle:", "Foto:", "Fotos:", "Bild:", "Photo:", "Image:", "Credit:", "Bildquelle:", "Photos:"]

    func imageCredit() -> String? {
        if let article = metadata.article {
            for image in metadata.jsonLD.list(article["image"]) {
                if let credit = metadata.jsonLD.text(image["creditText"]) ?? metadata.jsonLD.text(image["copyrightHolder"])
                    ?? metadata.jsonLD.text(image["creator"]) { return credit }
            }
        }
        let scope = layout.articleElement ?? 0
        let end = layout.articleElement.map { page[$0].end } ?? page.count
        for k in scope..<end where page[k].name == "figure" || page[k].name == "img" {
            guard !page.hidden[k] else { continue }
            if page[k].name == "img" && page.ancestors(of: k).contains(where: { page[$0].name == "figure" }) { continue }
            let hint = ([k] + page.ancestors(of: k).prefix(2)).map { page.hint[$0] }.joined(separator: " ")
            if hint.hasSubstring("video") || hint.hasSubstring("embed") { continue }
            let caption: String
            if page[k].name == "figure" {
                caption = page.text(of: k)
            } else {
                // An image with its short caption block right after it.
                guard let parent = Optional(page[k].parent), parent >= 0 else { continue }
                caption = page.text(of: parent)
                guard caption.count < 300 else { return nil }
            }
            for label in HTMLPageFields.creditLabels {
                if let range = caption.range(of: label, options: .caseInsensitive) {
                    return FeedText.nonEmpty(String(caption[range.upperBound...]))
                }
            }
            return nil
        }
        return nil
    }

    func copyright() -> String? {
        for block in layout.blocks {
            let text = block.text
            // © is C2 A9 in UTF-8: most blocks are passed over without walking their characters.
            guard text.utf8.contains(0xA9), let sign = text.firstIndex(of: "©") else { continue }
            let before = text[..<sign]
            guard before.allSatisfy({ $0.isWhitespace }) || before.hasSuffix("| ") == false && before.count == 0 else { continue }
            var line = String(text[sign...])
            if let bar = line.range(of: " | ") { line = String(line[..<bar.lowerBound]) }
            if let bar = line.range(of: " · ") { line = String(line[..<bar.lowerBound]) }
            return FeedText.nonEmpty(line)
        }
        return nil
    }

    /// The anchor texts of the list under a related-articles heading, in the same section.
    func related() -> [String] {
        for k in 0..<page.count where !page.hidden[k] && !page[k].isText {
            let name = page[k].name
            guard HTMLTags.headings.contains(name) || name == "p" || name == "div" || name == "span" || name == "strong" else { continue }
            // Without a byte above 0x20 the text is blank or control characters, never a
            // heading: its text (a block build) is not asked for.
            guard page[k].end - k < 12, (1...64).contains(visibleBytes(k)) else { continue }
            let text = HTMLEndMarkers.simplified(page.text(of: k))
            guard HTMLEndMarkers.relatedHeadings.contains(text), !text.isEmpty else { continue }
            // The links after the heading, inside the heading's section (its parent, or grandparent
            // when the parent holds only the heading).
            var section = page[k].parent
            var titles: [String] = []
            for _ in 0..<3 where section >= 0 {
                titles = anchors(in: section, after: page[k].end)
                if !titles.isEmpty { break }
                section = page[section].parent
            }
            return titles
        }
        return []
    }

    /// The bytes above 0x20 of the text under `k` (the related headings are short).
    private func visibleBytes(_ k: Int) -> Int {
        var count = 0
        for t in k..<page[k].end where page[t].isText {
            for b in page[t].text.utf8 where b > 0x20 { count += 1 }
        }
        return count
    }

    private func anchors(in section: Int, after start: Int) -> [String] {
        var titles: [String] = []
        var k = start
        while k < page[section].end {
            if page[k].name == "a" && !page.hidden[k] {
                let text = page.text(of: k)
                let lower = text.lowercased()
                if !text.isEmpty, !["mehr", "mehr »", "more", "more »", "weiter", "read more", "mehr lesen"].contains(lower), !lower.hasPrefix("mehr ›"), !titles.contains(text) {
                    titles.append(text)
                }
                k = page[k].end
                continue
            }
            k += 1
        }
        return titles
    }

    func headlines() -> [String] { [] }
}

extension JSONValue {
    var numberOrString: String? {
        switch self {
        case .number(let n): return n
        case .string(let s): return s
        default: return nil
        }
    }
}
