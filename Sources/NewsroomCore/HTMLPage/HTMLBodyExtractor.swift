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
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter(isKeyScalar)))
    }

    /// A letter or a digit. ASCII is decided here (`isAlphabetic` is exactly A-Z and a-z
    /// there, `numericType` exactly 0-9): the Unicode property lookups were 2 % of the
    /// extraction benchmark, asked of every scalar of every candidate block.
    static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
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
