import Foundation

/// Builds article blocks from the rendered text of DOM subtrees, as the spec's text rules
/// say: whitespace runs (NBSP too) collapse to one space, inline elements add no space,
/// block elements and two or more `<br>` in a row separate blocks, one `<br>` is a space,
/// table cells of a row are joined by a space; hidden elements give nothing. `h1`-`h6`
/// become headings, `li` list items (numbered in an `ol`), `blockquote` quotes, `pre`
/// preformatted blocks; `a`, `em`, `strong` and `code` cut the text into inline spans, and
/// only `http(s)` hrefs (resolved against the page's base) become links.
struct HTMLBlockBuilder {
    let page: HTMLPage
    /// False for plain text (titles, bylines): no link spans.
    let links: Bool
    /// True for boxes read line by line (editor boxes): every `<br>` ends a block.
    var lineBreaks = false
    private(set) var blocks: [ArticleBlock] = []
    /// For each block, the innermost block element it was written in.
    private(set) var owners: [Int] = []
    /// For each block, the node its first text came from (its place in document order).
    private(set) var starts: [Int] = []
    private var node = 0
    private var start = 0

    private var spans: [InlineSpan] = []
    /// The UTF-8 of the span being written.
    private var current: [UInt8] = []
    private var currentStyle: InlineSpan.Style = []
    private var currentLink: String?
    private var hasContent = false
    private var pendingSpace = false
    private var breaks = 0
    private var emphasis = 0, strong = 0, code = 0
    private var anchors: [String?] = []
    private var headingLevel = 0
    private var quoteDepth = 0
    private var preDepth = 0
    private var lists: [(ordered: Bool, counter: Int)] = []
    /// The open list items' numbers (nil in a bullet list), innermost last.
    private var items: [Int?] = []
    private var openBlocks: [Int] = []

    init(page: HTMLPage, links: Bool = true) {
        self.page = page
        self.links = links
    }

    /// Adds the rendered text of the subtree at `root`; `skip` leaves out descendants (with
    /// their subtrees) that are not part of the text.
    mutating func add(_ root: Int, skip: (Int) -> Bool = { _ in false }) {
        guard !page.hidden[root] else { return }
        var closing: [Int] = []
        var k = root
        let end = page[root].end
        while k < end {
            while let top = closing.last, page[top].end <= k {
                close(top)
                closing.removeLast()
            }
            let node = page[k]
            if page.hidden[k] || (k != root && skip(k)) {
                if !node.isText && HTMLTags.block.contains(node.name) { flush() }
                k = node.end
                continue
            }
            if node.isText {
                self.node = k
                append(node.text)
                k += 1
                continue
            }
            open(k)
            closing.append(k)
            k += 1
        }
        while let top = closing.popLast() { close(top) }
    }

    /// Ends the block being written (the next text starts a new one).
    mutating func breakBlock() { flush() }

    mutating func finish() -> [ArticleBlock] {
        flush()
        return blocks
    }

    private mutating func open(_ k: Int) {
        let name = page[k].name
        switch name {
        case "br":
            if preDepth > 0 { appendByte(0x0A); return }
            breaks += 1
            if breaks >= 2 || lineBreaks { flush() } else { pendingSpace = true }
            return
        case "td", "th":
            pendingSpace = true
            return
        case "a":
            anchors.append(links ? link(page[k].attribute("href")) : nil)
        case "em", "i", "cite", "dfn", "var":
            emphasis += 1
        case "strong", "b":
            strong += 1
        case "code", "kbd", "samp", "tt":
            code += 1
        case "img":
            pendingSpace = true
        default:
            break
        }
        guard HTMLTags.block.contains(name) else { updateStyle(); return }
        flush()
        openBlocks.append(k)
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            headingLevel = Int(name.utf8.last! - UInt8(ascii: "0"))
        case "ul", "ol", "menu", "dir":
            lists.append((name == "ol", Int(page[k].attribute("start").flatMap { Int(FeedText.trimmed($0)) }.map { max(-1_000_000, min($0, 1_000_000)) - 1 } ?? 0)))
        case "li":
            if let last = lists.indices.last, lists[last].ordered {
                lists[last].counter += 1
                items.append(lists[last].counter)
            } else {
                items.append(nil)
            }
        case "blockquote":
            quoteDepth += 1
        case "pre", "listing", "xmp", "plaintext":
            preDepth += 1
        default:
            break
        }
    }

    private mutating func close(_ k: Int) {
        let name = page[k].name
        switch name {
        case "a": if !anchors.isEmpty { anchors.removeLast() }
        case "em", "i", "cite", "dfn", "var": emphasis = max(0, emphasis - 1)
        case "strong", "b": strong = max(0, strong - 1)
        case "code", "kbd", "samp", "tt": code = max(0, code - 1)
        case "td", "th": pendingSpace = true
        default: break
        }
        guard HTMLTags.block.contains(name) else { updateStyle(); return }
        flush()
        if openBlocks.last == k { openBlocks.removeLast() }
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": headingLevel = 0
        case "ul", "ol", "menu", "dir": if !lists.isEmpty { lists.removeLast() }
        case "li": if !items.isEmpty { items.removeLast() }
        case "blockquote": quoteDepth = max(0, quoteDepth - 1)
        case "pre", "listing", "xmp", "plaintext": preDepth = max(0, preDepth - 1)
        default: break
        }
    }

    /// The link a span gets for an href: http(s) only, after resolving against the base.
    private func link(_ href: String?) -> String? {
        guard let href else { return nil }
        let trimmed = FeedText.trimmed(href)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let absolute: String
        if URLResolver.scheme(of: trimmed) != nil {
            absolute = trimmed
        } else if let base = page.base {
            absolute = URLResolver.resolve(trimmed, against: base)
        } else {
            return nil
        }
        return WebLink.isOpenable(absolute) ? absolute : nil
    }

    private mutating func updateStyle() {
        var style: InlineSpan.Style = []
        if emphasis > 0 { style.insert(.emphasis) }
        if strong > 0 { style.insert(.strong) }
        if code > 0 { style.insert(.code) }
        let link = anchors.last(where: { $0 != nil }) ?? nil
        guard style != currentStyle || link != currentLink else { return }
        if !current.isEmpty { spans.append(InlineSpan(String(decoding: current, as: UTF8.self), style: currentStyle, link: currentLink)) }
        current.removeAll(keepingCapacity: true)
        currentStyle = style
        currentLink = link
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The length of the whitespace character (NBSP and the Unicode spaces too) at `u[i]`, 0 when
    /// there is none: the same set as `isSpace`, read on UTF-8.
    @inline(__always) static func spaceLength(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = u[i]
        if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { return 1 }
        if b < 0xC2 { return 0 }
        let n = u.count
        switch b {
        case 0xC2: return i + 1 < n && u[i + 1] == 0xA0 ? 2 : 0
        case 0xE1: return i + 2 < n && u[i + 1] == 0x9A && u[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < n else { return 0 }
            let c = u[i + 1], d = u[i + 2]
            if c == 0x80 && ((0x80...0x8A).contains(d) || d == 0xA8 || d == 0xA9 || d == 0xAF) { return 3 }
            return c == 0x81 && d == 0x9F ? 3 : 0
        case 0xE3: return i + 2 < n && u[i + 1] == 0x80 && u[i + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Adds a text node's text on its UTF-8: runs between whitespace are copied whole, each
    /// whitespace run becomes one pending space.
    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { u in
            if preDepth > 0 {
                var i = 0
                while i < u.count {
                    var j = i
                    while j < u.count, u[j] != 0x0D { j += 1 }
                    if j > i { appendRun(UnsafeBufferPointer(rebasing: u[i..<j])) }
                    i = j + 1
                }
                return
            }
            var i = 0
            let n = u.count
            while i < n {
                let space = HTMLBlockBuilder.spaceLength(u, i)
                if space > 0 {
                    pendingSpace = true
                    i += space
                    continue
                }
                var j = i + 1
                while j < n, HTMLBlockBuilder.spaceLength(u, j) == 0 { j += 1 }
                appendRun(UnsafeBufferPointer(rebasing: u[i..<j]))
                i = j
            }
        }
    }

    private mutating func appendByte(_ byte: UInt8) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { one in
            one[0] = byte
            appendRun(UnsafeBufferPointer(one))
        }
    }

    private mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
        if pendingSpace && hasContent {
            if current.isEmpty, !spans.isEmpty {
                spans[spans.count - 1].text.append(" ")
            } else {
                current.append(0x20)
            }
        }
        pendingSpace = false
        breaks = 0
        if !hasContent { start = node }
        hasContent = true
        current.append(contentsOf: run)
    }

    private mutating func flush() {
        defer {
            spans.removeAll(keepingCapacity: true)
            current.removeAll(keepingCapacity: true)
            hasContent = false
            pendingSpace = false
            breaks = 0
        }
        if !current.isEmpty { spans.append(InlineSpan(String(decoding: current, as: UTF8.self), style: currentStyle, link: currentLink)) }
        current.removeAll(keepingCapacity: true)
        guard hasContent, !spans.isEmpty else { return }
        let kind: ArticleBlock.Kind
        if headingLevel > 0 { kind = .heading(level: headingLevel) }
        else if let item = items.last { kind = .listItem(number: item) }
        else if quoteDepth > 0 { kind = .quote }
        else if preDepth > 0 { kind = .preformatted }
        else { kind = .paragraph }
        var finished = spans.map { span in
            var span = span
            span.text = HTMLBlockBuilder.nfc(span.text)
            return span
        }
        if kind == .preformatted {
            while let first = finished.first, first.text.hasPrefix("\n") {
                finished[0].text.removeFirst()
                if finished[0].text.isEmpty { finished.removeFirst() }
            }
            while let last = finished.last, let scalar = last.text.unicodeScalars.last, HTMLBlockBuilder.isSpace(scalar) {
                finished[finished.count - 1].text.unicodeScalars.removeLast()
                if finished[finished.count - 1].text.isEmpty { finished.removeLast() }
            }
            guard !finished.isEmpty else { return }
        }
        blocks.append(ArticleBlock(kind, spans: finished))
        owners.append(openBlocks.last ?? -1)
        starts.append(start)
    }

    /// NFC, computed only for text that has a scalar normalization could change
    /// (`NFCQuickCheck`: curly quotes, dashes, Cyrillic and CJK text is already NFC).
    static func nfc(_ text: String) -> String {
        guard !NFCQuickCheck.isNFC(text) else { return text }
        return text.precomposedStringWithCanonicalMapping
    }
}
