/// A news page's DOM with what every extraction step asks of a node: whether it is ever
/// rendered (`hidden`), its class and id in lower case (`hint`), and its rendered text.
struct HTMLPage {
    let dom: HTMLDOM
    /// True for a node that is not rendered: `script`, `style`, form controls, `hidden`,
    /// `aria-hidden="true"`, `display:none`, ... or inside one.
    let hidden: [Bool]
    /// `class` and `id`, lower-cased, separated by a space ("" when neither is set).
    let hint: [String]
    /// The page's base for relative links: `<base href>`, else the URL it was saved from.
    let base: String?
    /// True for a node in navigation, a sidebar, a footer or the comments, or one of them
    /// itself (`HTMLPageLayout.isChromeItself`). Once per page: the layout asks it of most
    /// elements, and walking each one's ancestors was 2 % of the extraction benchmark.
    let inChrome: [Bool]

    init(dom: HTMLDOM, url: String?) {
        self.dom = dom
        var hidden = [Bool](repeating: false, count: dom.count)
        var hint = [String](repeating: "", count: dom.count)
        var baseHref: String?
        for i in 0..<dom.count {
            let node = dom[i]
            if node.isText {
                hidden[i] = node.parent >= 0 && hidden[node.parent]
                continue
            }
            if node.parent >= 0 && hidden[node.parent] { hidden[i] = true; continue }
            hidden[i] = HTMLPage.isUnrendered(node)
            let classes = node.attribute("class") ?? "", id = node.attribute("id") ?? ""
            if !classes.isEmpty || !id.isEmpty {
                hint[i] = (classes + " " + id).lowercased()
            }
            if node.name == "base", baseHref == nil, let href = node.attribute("href") { baseHref = href }
        }
        self.hidden = hidden
        self.hint = hint
        var inChrome = [Bool](repeating: false, count: dom.count)
        for i in 0..<dom.count {
            // A parent comes before its children in document order.
            let parent = dom[i].parent
            inChrome[i] = (parent >= 0 && inChrome[parent]) || HTMLPageLayout.isChromeItself(dom[i], hint: hint[i])
        }
        self.inChrome = inChrome
        if let baseHref, let url, URLResolver.scheme(of: baseHref) == nil {
            base = URLResolver.resolve(FeedText.trimmed(baseHref), against: url)
        } else {
            base = baseHref.map(FeedText.trimmed) ?? url
        }
    }

    subscript(index: Int) -> HTMLDOM.Node { dom[index] }
    var count: Int { dom.count }

    static func isUnrendered(_ node: HTMLDOM.Node) -> Bool {
        if HTMLTags.unrendered.contains(node.name) { return true }
        for attribute in node.attributes {
            switch attribute.name {
            case "hidden": return true
            case "aria-hidden": if attribute.value.lowercased() == "true" { return true }
            case "style":
                let style = attribute.value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: break
            }
        }
        return false
    }

    /// The indices of the elements named `name` in document order, rendered ones only unless asked.
    func elements(_ name: String, includingHidden: Bool = false) -> [Int] {
        (0..<count).filter { dom[$0].name == name && (includingHidden || !hidden[$0]) }
    }

    /// True when `index` is `ancestor` or inside it.
    func isInside(_ index: Int, _ ancestor: Int) -> Bool { index >= ancestor && index < dom[ancestor].end }

    /// The ancestors of `index`, nearest first.
    func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var k = dom[index].parent
        while k >= 0 { result.append(k); k = dom[k].parent }
        return result
    }

    /// The rendered text of the element: its blocks joined by a space, whitespace collapsed.
    func text(of index: Int) -> String {
        var builder = HTMLBlockBuilder(page: self, links: false)
        builder.add(index)
        return builder.finish().map(\.text).joined(separator: " ")
    }

    /// The concatenated raw text of the node's text descendants (for `script` contents).
    func rawText(of index: Int) -> String {
        var text = ""
        for k in index..<dom[index].end where dom[k].isText { text += dom[k].text }
        return text
    }
}
