/// The article's body: the text blocks of the scorer's containers, in order, without the
/// chrome inside them (link lists, image and form boxes, ad labels, "Read also" lines), and
/// ending where the article text ends (the related-articles heading, the comments, the
/// copyright line).
struct HTMLBodyExtractor {
    let page: HTMLPage
    let scorer: HTMLBodyScorer

    init(page: HTMLPage) {
        self.page = page
        scorer = HTMLBodyScorer(page: page)
    }

    /// The body blocks; `leaveOut` are blocks the page shows elsewhere (title, lead).
    func blocks(leavingOut leaveOut: Set<String>, endingAt boxes: [Int] = []) -> [ArticleBlock] {
        let containers = scorer.containers()
        var builder = HTMLBlockBuilder(page: page)
        for container in containers {
            builder.add(container) { k in isClutter(k, in: container) }
            builder.breakBlock()
        }
        let normalizedLeaveOut = Set(leaveOut.map(HTMLBodyExtractor.key))
        // A block much longer than every left-out text cannot have the same key.
        let longestLeaveOut = 2 * (leaveOut.map(\.utf8.count).max() ?? 0) + 64
        var result: [ArticleBlock] = []
        let built = builder.finish()
        for (index, block) in built.enumerated() {
            let text = block.text
            if HTMLEndMarkers.endsArticle(block) { break }
            // An editor box ends the text; one before any text (a byline box) is only left out.
            if boxes.contains(where: { page.isInside(builder.starts[index], $0) }) {
                if result.isEmpty { continue } else { break }
            }
            if HTMLTeaser.isDateOrByline(text) { continue }
            if text.utf8.count <= longestLeaveOut, normalizedLeaveOut.contains(HTMLBodyExtractor.key(text)) { continue }
            if HTMLEndMarkers.isNoise(block) { continue }
            result.append(block)
        }
        return result
    }

    /// Lower-cased text without spaces and punctuation, for "is this block the title".
    static func key(_ text: String) -> String {
        if let ascii = asciiKey(text) { return ascii }
        return String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// `key` of ASCII text on its bytes, nil for other text. It must equal the general path:
    /// in ASCII only A-Z and a-z are alphabetic, only 0-9 have a numeric type, and
    /// `lowercased()` maps A-Z to a-z and leaves the rest.
    static func asciiKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { u -> String? in
            var key: [UInt8] = []
            key.reserveCapacity(u.count)
            for b in u {
                if b >= 0x80 { return nil }
                let lower = b >= 65 && b <= 90 ? b | 0x20 : b
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) { key.append(lower) }
            }
            return String(decoding: key, as: UTF8.self)
        }
    }

    /// A descendant of a container that is not article text: chrome, or a box that is mostly
    /// links, images or form controls (readability's conditional cleaning).
    func isClutter(_ k: Int, in container: Int) -> Bool {
        if scorer.excluded[k] { return true }
        let node = page[k]
        if node.isText { return false }
        // A box holding most of the container's plain (not link) text is the article itself,
        // however many links sit beside it (an archive column in the same row).
        let stats = scorer.stats
        if 2 * (stats.length[k] - stats.linkLength[k]) > stats.length[container] - stats.linkLength[container] { return false }
        switch node.name {
        case "table", "ul", "ol", "div", "section", "dl", "center", "span":
            break
        default:
            return false
        }
        let weight = HTMLBoilerplate.weight(page.hint[k])
        if stats.commas[k] >= 10 { return false }
        let length = stats.length[k]
        let paragraphs = stats.paragraphs[k]
        let images = stats.images[k]
        let items = stats.listItems[k]
        let density = stats.linkDensity(k)
        if node.name == "span" { return length > 0 && density > 0.8 && stats.directLength[k] == 0 && length < 200 }
        if images > 1 && Double(paragraphs) / Double(images) < 0.5 && length < 200 * Int32(images) { return true }
        if node.name != "ul" && node.name != "ol" && items > paragraphs + 1 && density > 0.3 { return true }
        if stats.inputs[k] > paragraphs / 3 && stats.inputs[k] > 0 { return true }
        if weight < 25 && density > 0.25 && length > 0 { return true }
        if weight >= 25 && density > 0.5 { return true }
        return false
    }
}
