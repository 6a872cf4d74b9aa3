/// The tree-construction half of `HTMLTreeBuilder`: where each start tag, end tag and run of
/// text goes, given the open elements (the tokenizer in HTMLTreeBuilder.swift calls in here).
extension HTMLTreeBuilder {

    mutating func flushText() {
        guard !text.isEmpty else { return }
        defer { text.removeAll(keepingCapacity: true) }
        let isWhitespace = text.allSatisfy(isSpace)
        if body < 0 && (stack.count <= 1 || stack.last == head) {
            // Text before `<body>` (not in a `<title>` or `<script>`): whitespace stays where it
            // is, other text starts the body.
            if isWhitespace {
                if stack.isEmpty { return }
            } else {
                let saved = text
                text = []
                ensureBody()
                text = saved
            }
        }
        let parent = stack.last ?? -1
        let string = String(decoding: text, as: UTF8.self)
        if let last = nodes.indices.last, nodes[last].isText, nodes[last].parent == parent {
            nodes[last].text += string
            return
        }
        nodes.append(HTMLDOM.Node(name: "", text: string, attributes: [], parent: parent, end: nodes.count + 1))
    }

    @discardableResult
    private mutating func insert(_ name: String, flags: HTMLTagFlags, attributes: [(name: String, value: String)], push: Bool, foreign: Bool = false) -> Int {
        let index = nodes.count
        nodes.append(HTMLDOM.Node(name: name.isEmpty ? "unknown" : name, text: "", attributes: attributes, parent: stack.last ?? -1, end: index + 1))
        if push {
            stack.append(index)
            stackNames.append(name)
            stackFlags.append(flags)
            stackForeign.append(foreign)
        }
        return index
    }

    mutating func pop() {
        guard let top = stack.popLast() else { return }
        nodes[top].end = nodes.count
        stackNames.removeLast()
        stackFlags.removeLast()
        stackForeign.removeLast()
    }

    private mutating func popUntil(_ index: Int) {
        while let top = stack.last {
            pop()
            if top == index { return }
        }
    }

    /// The stack position of the nearest open `name` before a scope boundary (`extra` are
    /// boundaries too), nil when there is none.
    private func inScope(_ name: String, boundary: HTMLTagFlags = .scopeBoundary, extra: [String] = []) -> Int? {
        var j = stack.count - 1
        while j >= 0 {
            if stackNames[j] == name { return j }
            if !stackFlags[j].intersection(boundary).isEmpty || extra.contains(stackNames[j]) { return nil }
            j -= 1
        }
        return nil
    }

    private mutating func popToStackPosition(_ j: Int) {
        while stack.count > j { pop() }
    }

    private mutating func ensureHTML() {
        if stack.isEmpty && nodes.isEmpty { insert("html", flags: HTMLTagFlags.of("html"), attributes: [], push: true) }
    }

    private mutating func ensureHead() {
        ensureHTML()
        if head < 0 { head = insert("head", flags: HTMLTagFlags.of("head"), attributes: [], push: true) }
    }

    /// Closes the head and opens the body when the page has not yet.
    mutating func ensureBody(attributes: [(name: String, value: String)] = []) {
        guard body < 0 else { return }
        ensureHead()
        if let j = stack.firstIndex(of: head) { popToStackPosition(j) }
        headClosed = true
        body = insert("body", flags: HTMLTagFlags.of("body"), attributes: attributes, push: true)
    }

    private mutating func closeParagraph() {
        if let j = inScope("p", extra: ["button"]) { popToStackPosition(j) }
    }

    private mutating func mergeAttributes(_ attributes: [(name: String, value: String)], into index: Int) {
        for attribute in attributes where nodes[index].attribute(attribute.name) == nil { nodes[index].attributes.append(attribute) }
    }

    /// Inserts the element of a start tag; true when it is now the open element (its content follows).
    mutating func insertStart(_ name: String, flags: HTMLTagFlags, attributes: [(name: String, value: String)], selfClosing: Bool) -> Bool {
        if name == "html" {
            ensureHTML()
            mergeAttributes(attributes, into: 0)
            return false
        }
        if body < 0 {
            if name == "head" {
                if head < 0 { ensureHead(); mergeAttributes(attributes, into: head) }
                return false
            }
            if flags.contains(.headContent) && !headClosed {
                ensureHead()
                let void = flags.contains(.void)
                insert(name, flags: flags, attributes: attributes, push: !void)
                return !void
            }
            if name == "body" { ensureBody(attributes: attributes); return false }
            ensureBody()
        } else if name == "body" {
            mergeAttributes(attributes, into: body)
            return false
        } else if name == "head" {
            return false
        }
        // SVG and MathML: tags nest as written, `/>` closes; an HTML block tag ends them.
        if stackForeign.last == true {
            if flags.contains(.breaksOutOfForeign) || (name == "font" && attributes.contains { ["color", "face", "size"].contains($0.name) }) {
                while stackForeign.last == true { pop() }
            } else {
                insert(name, flags: [], attributes: attributes, push: !selfClosing, foreign: true)
                return !selfClosing
            }
        }
        if flags.contains(.foreignRoot) {
            insert(name, flags: flags, attributes: attributes, push: !selfClosing, foreign: true)
            return !selfClosing
        }
        if flags.contains(.closesParagraph) { closeParagraph() }
        switch name {
        case "li":
            closeListItem(["li"])
        case "dd", "dt":
            closeListItem(["dd", "dt"])
        case "h1", "h2", "h3", "h4", "h5", "h6":
            if stackFlags.last?.contains(.heading) == true { pop() }
        case "a":
            if let j = inScope("a") { popToStackPosition(j) }
        case "button":
            if let j = inScope("button") { popToStackPosition(j) }
        case "option":
            if stackNames.last == "option" { pop() }
        case "optgroup":
            if stackNames.last == "option" { pop() }
            if stackNames.last == "optgroup" { pop() }
        case "tr":
            guard let table = inScope("table", boundary: []) else { return false }
            if let tr = inScope("tr", boundary: [], extra: ["table"]) { popToStackPosition(tr) }
            else { closeToSection(table) }
            if stackNames.last == "table" { insert("tbody", flags: HTMLTagFlags.of("tbody"), attributes: [], push: true) }
        case "td", "th":
            guard let table = inScope("table", boundary: []) else { return false }
            if let cell = inScopeCell() { popToStackPosition(cell) }
            if stackNames.last != "tr" {
                closeToSection(table)
                if stackNames.last == "table" { insert("tbody", flags: HTMLTagFlags.of("tbody"), attributes: [], push: true) }
                if stackNames.last != "tr" { insert("tr", flags: HTMLTagFlags.of("tr"), attributes: [], push: true) }
            }
        case "tbody", "thead", "tfoot", "caption", "colgroup":
            guard let table = inScope("table", boundary: []) else { return false }
            closeToTable(table)
        case "col":
            guard inScope("table", boundary: []) != nil else { return false }
        default:
            break
        }
        let void = flags.contains(.void)
        insert(name, flags: flags, attributes: attributes, push: !void)
        return !void
    }

    /// Closes what is open inside the table at stack position `table` (sections, rows, cells).
    private mutating func closeToTable(_ table: Int) {
        popToStackPosition(table + 1)
    }

    /// Closes what is open inside the table at stack position `table` down to its innermost
    /// row, section or the table itself.
    private mutating func closeToSection(_ table: Int) {
        while stack.count > table + 1, let last = stackNames.last, last != "tr", !stackFlags[stack.count - 1].contains(.tableSection) { pop() }
    }

    private func inScopeCell() -> Int? {
        var j = stack.count - 1
        while j >= 0 {
            if stackFlags[j].contains(.cell) { return j }
            if stackNames[j] == "table" || stackNames[j] == "html" { return nil }
            j -= 1
        }
        return nil
    }

    /// A new `li` (or `dd`/`dt`) closes the open one, unless a block other than
    /// `address`, `div` or `p` lies between them.
    private mutating func closeListItem(_ names: [String]) {
        var j = stack.count - 1
        while j >= 0 {
            if names.contains(stackNames[j]) { popToStackPosition(j); return }
            if stackFlags[j].contains(.special) && stackNames[j] != "address" && stackNames[j] != "div" && stackNames[j] != "p" { return }
            j -= 1
        }
    }

    mutating func insertEnd(_ name: String) {
        if body < 0 {
            if name == "head" {
                if head >= 0, let j = stack.firstIndex(of: head) { popToStackPosition(j) }
                headClosed = true
                return
            }
            if let j = stack.lastIndex(of: head), head >= 0, let open = stackNames.lastIndex(of: name), open > j {
                popToStackPosition(open)
                return
            }
            if name != "html" && name != "body" && name != "br" { return }
            ensureBody()
        }
        if name == "body" || name == "html" { return }
        if name == "br" {
            insert("br", flags: HTMLTagFlags.of("br"), attributes: [], push: false)
            return
        }
        // Inside SVG/MathML an end tag closes the nearest foreign element of its name.
        if stackForeign.last == true {
            var j = stack.count - 1
            while j >= 0, stackForeign[j] {
                if stackNames[j] == name { popToStackPosition(j); return }
                j -= 1
            }
        }
        let flags = HTMLTagFlags.of(name)
        if flags.contains(.heading) {
            var j = stack.count - 1
            while j >= 0 {
                if stackFlags[j].contains(.heading) { popToStackPosition(j); return }
                if stackFlags[j].contains(.scopeBoundary) { return }
                j -= 1
            }
            return
        }
        switch name {
        case "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup":
            let extra = name == "table" ? [] : ["table"]
            if let j = inScope(name, boundary: [], extra: extra) { popToStackPosition(j) }
            return
        case "p":
            if let j = inScope("p", extra: ["button"]) { popToStackPosition(j) }
            return
        case "li":
            if let j = inScope("li", extra: ["ol", "ul"]) { popToStackPosition(j) }
            return
        default:
            break
        }
        if flags.contains(.special) {
            if let j = inScope(name) { popToStackPosition(j) }
            return
        }
        // Any other end tag: the nearest open element of that name, unless a special one is nearer.
        var j = stack.count - 1
        while j >= 0 {
            if stackNames[j] == name { popToStackPosition(j); return }
            if stackFlags[j].contains(.special) { return }
            j -= 1
        }
    }
}
