#if canImport(Glibc)
import Glibc
#endif

/// Parses UTF-8 HTML straight into `HTMLDOM`'s flat node array, byte by byte, with the HTML5
/// rules that decide where text ends up on real pages: implied `<html>`, `<head>` and
/// `<body>`; `<p>`, `<li>`, `<dd>`, `<option>` and table cells closed by what follows them;
/// end tags that only close an element in scope (a stray `</div>` inside a cell closes
/// nothing); raw-text elements (`script`, `style`, ...); character references (one decoder,
/// `Entities`); SVG/MathML content that ends at the first HTML block tag. It leaves out the
/// rules that move nodes (foster parenting, the adoption agency): they change where a few
/// inline tags sit, not which text a block holds. Gumbo built the same tree at a tenth of
/// the speed, and the page's parse was most of the extraction time.
struct HTMLTreeBuilder {
    private(set) var nodes: [HTMLDOM.Node] = []
    /// The open elements (indices into `nodes`), with their names and flags beside them.
    private var stack: [Int] = []
    private var stackNames: [String] = []
    private var stackFlags: [HTMLTagFlags] = []
    private var stackForeign: [Bool] = []
    private var text: [UInt8] = []
    private var head = -1
    private var body = -1
    private var headClosed = false

    /// Tag and attribute names longer than this are cut (real ones are short).
    static let maximumNameLength = 64

    init(utf8: [UInt8]) {
        nodes.reserveCapacity(utf8.count / 40)
        text.reserveCapacity(4096)
        utf8.withUnsafeBufferPointer { run($0) }
    }

    // MARK: Tokenizer

    private mutating func run(_ p: UnsafeBufferPointer<UInt8>) {
        let n = p.count
        var i = 0
        if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
        while i < n {
            let b = p[i]
            if b == UInt8(ascii: "<") {
                i = tag(p, at: i)
            } else if b == UInt8(ascii: "&") {
                if let (scalar, next) = Entities.decodeHTML(p, at: i, end: n, inAttribute: false) {
                    Entities.appendUTF8(scalar, to: &text)
                    i = next
                } else {
                    text.append(b)
                    i += 1
                }
            } else {
                // A run of plain text, copied in one piece.
                var k = i + 1
                while k < n, p[k] != UInt8(ascii: "<"), p[k] != UInt8(ascii: "&") { k += 1 }
                appendText(p, i, k)
                i = k
            }
        }
        flushText()
        ensureBody()
        while !stack.isEmpty { pop() }
    }

    private mutating func appendText(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        var start = from
        for k in from..<to where p[k] == 0 {
            text.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<k]))
            start = k + 1
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: p[start..<to]))
    }

    /// Reads the markup at `p[i]` (a `<`) and returns the index after it.
    private mutating func tag(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = p.count
        guard i + 1 < n else { text.append(UInt8(ascii: "<")); return n }
        let next = p[i + 1]
        if isLetter(next) { return startTag(p, at: i + 1) }
        if next == UInt8(ascii: "/") {
            guard i + 2 < n else { text.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")]); return n }
            if isLetter(p[i + 2]) { return endTag(p, at: i + 2) }
            if p[i + 2] == UInt8(ascii: ">") { return i + 3 }
            return skip(past: UInt8(ascii: ">"), p, from: i + 2)
        }
        if next == UInt8(ascii: "!") {
            if i + 3 < n, p[i + 2] == UInt8(ascii: "-"), p[i + 3] == UInt8(ascii: "-") {
                // `<!-->` and `<!--->` are empty comments.
                if i + 4 < n, p[i + 4] == UInt8(ascii: ">") { return i + 5 }
                if i + 5 < n, p[i + 4] == UInt8(ascii: "-"), p[i + 5] == UInt8(ascii: ">") { return i + 6 }
                return find("-->", p, from: i + 4).map { $0 + 3 } ?? n
            }
            if stackForeign.last == true, XMLScan.hasPrefix(p, i + 2, n, "[CDATA[") {
                let close = find("]]>", p, from: i + 9) ?? n
                appendText(p, i + 9, close)
                return min(n, close + 3)
            }
            return skip(past: UInt8(ascii: ">"), p, from: i + 2)
        }
        if next == UInt8(ascii: "?") { return skip(past: UInt8(ascii: ">"), p, from: i + 2) }
        text.append(UInt8(ascii: "<"))
        return i + 1
    }

    private func skip(past byte: UInt8, _ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var k = start
        while k < p.count, p[k] != byte { k += 1 }
        return min(p.count, k + 1)
    }

    private func find(_ literal: StaticString, _ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        let first = literal.utf8Start[0]
        var i = start
        while i + count <= p.count {
            if p[i] == first, XMLScan.hasPrefix(p, i, p.count, literal) { return i }
            i += 1
        }
        return nil
    }

    @inline(__always) private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
    @inline(__always) private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }

    /// A lower-case name from `p[i...]` up to whitespace, `/` or `>`; returns it and the index after it.
    private func name(_ p: UnsafeBufferPointer<UInt8>, at start: Int, stopAtEquals: Bool) -> (String, Int) {
        var k = start
        let n = p.count
        var ascii = true
        while k < n {
            let b = p[k]
            if isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") || (stopAtEquals && b == UInt8(ascii: "=") && k > start) { break }
            if b >= 0x80 || (b >= 65 && b <= 90) { ascii = false }
            k += 1
        }
        let end = min(k, start + HTMLTreeBuilder.maximumNameLength)
        let raw = UnsafeBufferPointer(rebasing: p[start..<end])
        if ascii { return (String(decoding: raw, as: UTF8.self), k) }
        return (String(decoding: raw.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self), k)
    }

    private mutating func startTag(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let n = p.count
        var (tagName, i) = name(p, at: start, stopAtEquals: false)
        if tagName == "image" { tagName = "img" }
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while true {
            while i < n, isSpace(p[i]) || p[i] == UInt8(ascii: "/") {
                selfClosing = p[i] == UInt8(ascii: "/")
                i += 1
            }
            guard i < n else { return n }  // a tag cut off by the end of the page is dropped
            if p[i] == UInt8(ascii: ">") { i += 1; break }
            selfClosing = false
            let (attributeName, afterName) = name(p, at: i, stopAtEquals: true)
            i = afterName
            var j = i
            while j < n, isSpace(p[j]) { j += 1 }
            var value = ""
            if j < n, p[j] == UInt8(ascii: "=") {
                j += 1
                while j < n, isSpace(p[j]) { j += 1 }
                guard j < n else { return n }
                let valueStart: Int, valueEnd: Int
                if p[j] == UInt8(ascii: "\"") || p[j] == UInt8(ascii: "'") {
                    let quote = p[j]
                    valueStart = j + 1
                    var k = valueStart
                    while k < n, p[k] != quote { k += 1 }
                    guard k < n else { return n }
                    valueEnd = k
                    i = k + 1
                } else {
                    valueStart = j
                    var k = j
                    while k < n, !isSpace(p[k]), p[k] != UInt8(ascii: ">") { k += 1 }
                    valueEnd = k
                    i = k
                }
                if valueEnd - valueStart <= HTMLDOM.maximumAttributeLength {
                    value = attributeValue(p, valueStart, valueEnd)
                } else {
                    continue
                }
            }
            if !attributes.contains(where: { $0.name == attributeName }) { attributes.append((attributeName, value)) }
        }
        flushText()
        let flags = HTMLTagFlags.of(tagName)
        let opened = insertStart(tagName, flags: flags, attributes: attributes, selfClosing: selfClosing)
        guard opened, stackForeign.last != true else { return i }
        if flags.contains(.rawText) || flags.contains(.escapableRawText) {
            if tagName == "plaintext" {
                appendText(p, i, n)
                return n
            }
            let close = rawTextEnd(tagName, p, from: i)
            if flags.contains(.escapableRawText) {
                decodeText(p, i, close)
            } else if HTMLTreeBuilder.keepsRawText(tagName, attributes) {
                appendText(p, i, close)
            }
            flushText()
            if stackNames.last == tagName { pop() }
            return close < n ? skip(past: UInt8(ascii: ">"), p, from: close) : n
        }
        return i
    }

    /// Whether the content of a raw-text element is kept as a text node. Code and style sheets
    /// (most of a news page's bytes) are never read: only JSON scripts (JSON-LD) and the
    /// rendered `xmp` and `plaintext` keep their text.
    static func keepsRawText(_ name: String, _ attributes: [(name: String, value: String)]) -> Bool {
        switch name {
        case "script":
            guard let type = attributes.first(where: { $0.name == "type" })?.value else { return false }
            return type.lowercased().hasSubstring("json")
        case "style", "iframe", "noembed", "noframes": return false
        default: return true
        }
    }

    private func attributeValue(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        var k = from
        while k < to, p[k] != UInt8(ascii: "&") { k += 1 }
        if k == to { return String(decoding: UnsafeBufferPointer(rebasing: p[from..<to]), as: UTF8.self) }
        var bytes = Array(UnsafeBufferPointer(rebasing: p[from..<k]))
        while k < to {
            if p[k] == UInt8(ascii: "&"), let (scalar, next) = Entities.decodeHTML(p, at: k, end: to, inAttribute: true) {
                Entities.appendUTF8(scalar, to: &bytes)
                k = next
            } else {
                bytes.append(p[k])
                k += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private mutating func decodeText(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        var k = from
        while k < to {
            if p[k] == UInt8(ascii: "&"), let (scalar, next) = Entities.decodeHTML(p, at: k, end: to, inAttribute: false) {
                Entities.appendUTF8(scalar, to: &text)
                k = next
            } else {
                if p[k] != 0 { text.append(p[k]) }
                k += 1
            }
        }
    }

    /// The index of the `</name` that ends a raw-text element (the page's end when none does).
    /// In a script, a `<!--` ... `<script>` ... `-->` stretch (old `document.write` code) hides
    /// the `</script>` inside it, as in browsers.
    private func rawTextEnd(_ name: String, _ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = p.count
        let nameBytes = Array(name.utf8)
        let isScript = name == "script"
        var escaped = false, doubleEscaped = false
        var i = start
        func named(at k: Int) -> Bool {
            guard k + nameBytes.count <= n else { return false }
            for (offset, b) in nameBytes.enumerated() where p[k + offset] | 0x20 != b { return false }
            let after = k + nameBytes.count
            return after == n || isSpace(p[after]) || p[after] == UInt8(ascii: "/") || p[after] == UInt8(ascii: ">")
        }
        while i < n {
            // Outside a `<!--` stretch only a `<` can end the text: jump to the next one.
            if !escaped {
                i = HTMLTreeBuilder.next(UInt8(ascii: "<"), p, from: i)
                guard i < n else { break }
            }
            let b = p[i]
            if b == UInt8(ascii: "<") {
                if i + 1 < n, p[i + 1] == UInt8(ascii: "/"), named(at: i + 2) {
                    if !doubleEscaped { return i }
                    doubleEscaped = false
                } else if isScript, !escaped, XMLScan.hasPrefix(p, i, n, "<!--") {
                    escaped = true
                } else if isScript, escaped, named(at: i + 1) {
                    doubleEscaped = true
                }
            } else if isScript, escaped, b == UInt8(ascii: ">"), i >= 2, p[i - 1] == UInt8(ascii: "-"), p[i - 2] == UInt8(ascii: "-") {
                escaped = false
                doubleEscaped = false
            }
            i += 1
        }
        return n
    }

    /// The index of the next `byte` at or after `start` (`p.count` when there is none), found
    /// with the C library's `memchr`, which reads a script's kilobytes many bytes at a time.
    static func next(_ byte: UInt8, _ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < p.count, let base = p.baseAddress, let found = memchr(base + start, Int32(byte), p.count - start) else { return p.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private mutating func endTag(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let (tagName, i) = name(p, at: start, stopAtEquals: false)
        let after = skip(past: UInt8(ascii: ">"), p, from: i)
        guard after <= p.count, i < p.count else { return p.count }
        flushText()
        insertEnd(tagName)
        return after
    }

    // MARK: Tree construction

    private mutating func flushText() {
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

    private mutating func pop() {
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
    private mutating func ensureBody(attributes: [(name: String, value: String)] = []) {
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
    private mutating func insertStart(_ name: String, flags: HTMLTagFlags, attributes: [(name: String, value: String)], selfClosing: Bool) -> Bool {
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

    private mutating func insertEnd(_ name: String) {
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
