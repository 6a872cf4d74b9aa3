/// Per-element text figures for the body scorer, summed over each subtree in one backward
/// pass (children come after their parent in document order, so a parent is complete when
/// the pass reaches it). Nodes in `excluded` count for nothing.
struct HTMLTextStats {
    /// Rendered characters (whitespace runs count once).
    var length: [Int32]
    /// Characters inside links.
    var linkLength: [Int32]
    /// Characters of the node's own text children (div soup, `<br>` text, table cells).
    var directLength: [Int32]
    var commas: [Int32]
    /// Characters inside `p` elements.
    var paragraphLength: [Int32]
    /// Characters of text written straight into elements other than `p` and `a` (25 or more
    /// in one element): the paragraphs of div soup and table layouts.
    var looseTextLength: [Int32]
    var paragraphs: [Int32]
    var images: [Int32]
    var listItems: [Int32]
    var inputs: [Int32]

    init(page: HTMLPage, excluded: [Bool]) {
        let n = page.count
        length = [Int32](repeating: 0, count: n)
        linkLength = length
        directLength = length
        commas = length
        paragraphLength = length
        looseTextLength = length
        paragraphs = length
        images = length
        listItems = length
        inputs = length
        var k = n - 1
        while k >= 0 {
            defer { k -= 1 }
            let node = page[k]
            guard !excluded[k] else {
                // Form controls are hidden but still tell a form box apart.
                if node.name == "input" || node.name == "textarea" || node.name == "select" || node.name == "button",
                   node.parent >= 0 { inputs[node.parent] += 1 }
                continue
            }
            if node.isText {
                let (chars, commaCount) = HTMLTextStats.measure(node.text)
                length[k] = chars
                commas[k] = commaCount
                if node.parent >= 0 { directLength[node.parent] += chars }
            } else {
                switch node.name {
                case "a": linkLength[k] = length[k]
                case "p":
                    paragraphLength[k] = length[k]
                    paragraphs[k] += 1
                case "img": images[k] += 1
                case "li": listItems[k] += 1
                default:
                    // Text written straight into a div, span or cell (div soup, table layouts,
                    // old blog editors) is a paragraph as much as a `<p>` is: without this an
                    // article of such blocks with a few photos looks like an image gallery.
                    if directLength[k] >= 25 {
                        paragraphs[k] += 1
                        looseTextLength[k] += directLength[k]
                    }
                }
            }
            let parent = node.parent
            guard parent >= 0 else { continue }
            length[parent] += length[k]
            linkLength[parent] += linkLength[k]
            commas[parent] += commas[k]
            paragraphLength[parent] += paragraphLength[k]
            looseTextLength[parent] += looseTextLength[k]
            paragraphs[parent] += paragraphs[k]
            images[parent] += images[k]
            listItems[parent] += listItems[k]
            inputs[parent] += inputs[k]
        }
    }

    func linkDensity(_ k: Int) -> Double {
        length[k] > 0 ? Double(linkLength[k]) / Double(length[k]) : 0
    }

    /// Rendered characters and commas of a text node.
    static func measure(_ text: String) -> (Int32, Int32) {
        var chars: Int32 = 0, commas: Int32 = 0
        var space = true
        for scalar in text.unicodeScalars {
            if HTMLBlockBuilder.isSpace(scalar) {
                if !space { chars += 1 }
                space = true
            } else {
                chars += 1
                space = false
                if scalar == "," || scalar == "\u{060C}" || scalar == "\u{FF0C}" || scalar == "\u{3001}" { commas += 1 }
            }
        }
        return (chars, commas)
    }
}
