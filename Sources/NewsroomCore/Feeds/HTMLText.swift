/// HTML to readable text: the one converter for feed titles, teasers and bodies.
///
/// Block elements (p, div, h1-h6, li, blockquote, pre, table rows, ...) and two `<br>` in a
/// row separate paragraphs; a single `<br>` is a space; `pre` keeps its lines; inline tags
/// add nothing to the text; script, style, iframe, noscript, template, svg, math, object,
/// select and comments are dropped with their content; entities are decoded once; whitespace
/// collapses; empty paragraphs are dropped.
///
/// `body` builds the article document: one `ArticleBlock` per paragraph, its kind from the
/// element it is in (`h1`-`h6` heading, `li` list item with its number in an `ol`,
/// `blockquote` quote, `pre` preformatted), its text cut into `InlineSpan`s where a link
/// (`a href`, relative ones resolved against `base`) or a style (`em`/`i`, `strong`/`b`,
/// `code`/`kbd`/`samp`/`tt`) starts or ends. No marker is written into the text. Images
/// keep a placeholder in the text, `[image: alt]` (`[image]` without alt; `alt=""` and 1x1
/// tracking pixels are dropped), so a reader sees that a picture was there.
public enum HTMLText {
    public struct Result: Equatable, Sendable {
        public var blocks: [ArticleBlock]

        public init(blocks: [ArticleBlock]) { self.blocks = blocks }

        /// Plain paragraphs (plain-text content): one paragraph block each.
        public init(paragraphs: [String]) { blocks = paragraphs.map { ArticleBlock(text: $0) } }

        /// The blocks as `Article.body` paragraphs (list items with their bullet or number).
        public var paragraphs: [String] { blocks.map(\.bodyText) }
        /// The distinct link URLs in order of first appearance.
        public var links: [String] { ArticleBlock.links(in: blocks) }
    }

    /// The body as an article document (relative links resolved against `base`).
    public static func body(_ html: String, base: String? = nil) -> Result {
        var text = html
        return text.withUTF8 { body(bytes: $0, base: base) }
    }

    /// One line of plain text (titles, teasers): no links, no image placeholders.
    public static func plain(_ html: String) -> String {
        var text = html
        return text.withUTF8 { plain(bytes: $0) }
    }

    /// HTML as the converter reads it: markup, or XML character data that holds markup
    /// (escaped HTML in a feed element, references and CDATA not yet decoded), which the
    /// converter decodes as it reads instead of in a pass of its own.
    struct Source {
        var bytes: UnsafeBufferPointer<UInt8>
        var isEscaped = false
    }

    static func body(bytes: UnsafeBufferPointer<UInt8>, base: String?) -> Result {
        body(Source(bytes: bytes), base: base)
    }

    static func body(_ source: Source, base: String?) -> Result {
        var converter = Converter(document: true, base: base)
        converter.run(source)
        return Result(blocks: converter.blocks)
    }

    static func plain(bytes: UnsafeBufferPointer<UInt8>) -> String {
        plain(Source(bytes: bytes))
    }

    static func plain(_ source: Source) -> String {
        if !source.isEscaped, let text = plainWithoutMarkup(source.bytes) { return text }
        var converter = Converter(document: false, base: nil)
        converter.run(source)
        if converter.paragraphs.count == 1 { return converter.paragraphs[0] }
        return converter.paragraphs.joined(separator: " ")
    }

    /// What the converter makes of text with no tag and no reference (most titles): the
    /// words with single spaces between them, "" when only spaces and no-break spaces are
    /// left; nil when there is markup to convert. Setting up a converter cost ten times the
    /// work of a title (callgrind, newsroom-bench feeds).
    static func plainWithoutMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var alreadyCollapsed = true
        var previousWasSpace = true
        var blank = true
        var k = 0
        while k < bytes.count {
            let b = bytes[k]
            if b == UInt8(ascii: "<") || b == UInt8(ascii: "&") { return nil }
            let isSpace = XMLScan.isSpace(b)
            if isSpace && (b != 0x20 || previousWasSpace) { alreadyCollapsed = false }
            if b == 0xC2, k + 1 < bytes.count, bytes[k + 1] == 0xA0 {
                k += 2  // a no-break space: content, but not enough to make the line non-blank
                previousWasSpace = false
                continue
            }
            if !isSpace { blank = false }
            previousWasSpace = isSpace
            k += 1
        }
        if blank { return "" }
        if alreadyCollapsed && !previousWasSpace { return String(decoding: bytes, as: UTF8.self) }
        var out = ByteSink(capacity: bytes.count)
        var pendingSpace = false
        for b in bytes {
            if XMLScan.isSpace(b) {
                pendingSpace = out.count > 0
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            }
        }
        return out.string()
    }

    struct Converter: ~Copyable {
        /// Body mode: blocks with spans, links and images. Otherwise one line of plain text.
        let document: Bool
        let base: String?
        /// Plain mode's paragraphs.
        var paragraphs: [String] = []
        /// Body mode's blocks.
        var blocks: [ArticleBlock] = []

        /// The paragraph being built (a ByteSink: appending to an Array costs more than the scan).
        var line = ByteSink(capacity: 256)
        /// Bytes of `line` that are a list prefix, not content.
        var prefixLength = 0
        var pendingSpace = false
        var breaks = 0
        var preDepth = 0
        var lastWasCR = false
        var lists: [(ordered: Bool, counter: Int)] = []
        /// The hrefs of the open anchors (nil: not a usable link), innermost last.
        var anchors: [String?] = []
        var anchorOverflow = 0
        var emphasisDepth = 0, strongDepth = 0, codeDepth = 0
        var headingLevel = 0
        var quoteDepth = 0
        /// The number of the open `ol` item, nil in a bullet list.
        var itemNumber: Int?
        /// Where the inline state (style, link) changes within `line`: a span starts at each.
        /// `afterSpace`: recorded while a space was pending (see `inlineChanged`).
        var marks: [Mark] = []
        /// A struct, not a tuple: an array of tuples is destroyed through the runtime's
        /// generic tuple witness, which cost more than the marks' own work.
        struct Mark {
            var offset: Int
            var afterSpace: Bool
            var style: InlineSpan.Style
            var link: String?
        }
        /// The raw bytes of the last anchor's href (a copy: escaped HTML is read one tag at a
        /// time from a scratch buffer) and the link made of them: feeds repeat a link in
        /// paragraph after paragraph, and comparing bytes costs less than decoding and
        /// checking them again.
        var lastHrefRaw = ByteSink(capacity: 64)
        var lastHrefLink: String??

        init(document: Bool, base: String?) {
            self.document = document
            self.base = base
        }

        mutating func run(_ html: Source) {
            // One allocation each up front: growing marks from empty reallocated it three
            // times per feed body (callgrind, newsroom-bench feeds).
            if document { blocks.reserveCapacity(8); marks.reserveCapacity(8) } else { paragraphs.reserveCapacity(2) }
            if html.isEscaped { scanEscaped(html.bytes) } else { scan(html.bytes) }
            endParagraph()
        }

        mutating func scan(_ p: UnsafeBufferPointer<UInt8>) {
            let n = p.count
            var i = 0
            while i < n {
                let c = p[i]
                if c == UInt8(ascii: "<") {
                    i = markup(p, at: i, end: n)
                } else if c == UInt8(ascii: "&") {
                    if let (scalar, next) = Entities.decode(p, at: i, end: n) {
                        character(scalar)
                        i = next
                    } else {
                        text(c)
                        i += 1
                    }
                } else if c <= 0x20 || preDepth > 0 {
                    text(c)
                    i += 1
                } else {
                    i = textRun(p, from: i)
                }
            }
        }

        /// Appends the run of ordinary bytes at `p[start]` (a visible byte) at once, the hot
        /// path; returns where it ends.
        @inline(__always) mutating func textRun(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            let n = p.count
            var i = start + 1
            while true {
                i = XMLScan.firstTextBreak(p, from: i, end: n)
                // A single space between words stays inside the run.
                guard i + 1 < n, p[i] == 0x20 else { break }
                let after = p[i + 1]
                guard after > 0x20 && after != UInt8(ascii: "<") && after != UInt8(ascii: "&") else { break }
                i += 2
            }
            appendRun(UnsafeBufferPointer(rebasing: p[start..<i]))
            return i
        }

        /// A character a reference decoded to, read as its bytes are read in text.
        mutating func character(_ scalar: Unicode.Scalar) {
            if scalar.value < 0x80 { return text(UInt8(scalar.value)) }
            if preDepth > 0 {
                UTF8.encode(scalar) { text($0) }
                return
            }
            if pendingSpace && line.count > prefixLength { line.append(0x20) }
            pendingSpace = false
            breaks = 0
            line.append(scalar)
        }

        /// Visible bytes without whitespace (outside `pre`).
        @inline(__always) mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
            if preDepth > 0 {
                for b in run { text(b) }
                return
            }
            if pendingSpace && line.count > prefixLength { line.append(0x20) }
            pendingSpace = false
            breaks = 0
            line.append(run)
        }

        /// One byte of character data.
        @inline(__always) mutating func text(_ c: UInt8) {
            if preDepth > 0 {
                // Line ends normalised: CRLF and CR become LF.
                defer { lastWasCR = c == 0x0D }
                if c == 0x0D { line.append(0x0A); return }
                if c == 0x0A && lastWasCR { return }
                line.append(c)
                return
            }
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                pendingSpace = true
                return
            }
            if pendingSpace && line.count > prefixLength { line.append(0x20) }
            pendingSpace = false
            breaks = 0
            line.append(c)
        }

        /// Notes a change of the inline state at the end of `line` (body mode only). With a
        /// space pending, the change takes effect after that space, if it comes: the space
        /// belongs to the text before (a link's text does not start with it).
        mutating func inlineChanged() {
            var style: InlineSpan.Style = []
            if emphasisDepth > 0 { style.insert(.emphasis) }
            if strongDepth > 0 { style.insert(.strong) }
            if codeDepth > 0 { style.insert(.code) }
            let link = anchors.last ?? nil
            let afterSpace = pendingSpace && line.count > prefixLength
            if let last = marks.last, last.offset == line.count, last.afterSpace == afterSpace { marks.removeLast() }
            let previous = marks.last
            guard style != (previous?.style ?? []) || link != previous?.link else { return }
            marks.append(Mark(offset: line.count, afterSpace: afterSpace, style: style, link: link))
        }

        /// Empties `line`; the inline state carries on into the next paragraph.
        mutating func clearLine() {
            line.removeAll()
            let state = marks.last
            // removeLast, not removeAll(keepingCapacity:): a paragraph has a few marks, and
            // removeAll goes through the generic replaceSubrange (200 instructions a call).
            while !marks.isEmpty { marks.removeLast() }
            if let state, !state.style.isEmpty || state.link != nil { marks.append(Mark(offset: 0, afterSpace: false, style: state.style, link: state.link)) }
        }

        /// The block of `line` from `start`: its text, and its style changes cut at the marks
        /// (empty runs dropped, a change to the state already in force left out).
        func block(_ kind: ArticleBlock.Kind, from start: Int) -> ArticleBlock {
            let end = line.count
            let text = line.string(start..<end)
            guard !marks.isEmpty else { return ArticleBlock(kind, text: text) }
            var changes: [ArticleBlock.StyleChange] = []
            changes.reserveCapacity(marks.count)
            // Each mark ends the run before it, which is in the previous mark's style (the same
            // loop as a local function cost a retain and release of every link it passed).
            var from = start
            var index = 0
            while index <= marks.count {
                let cut: Int
                if index < marks.count {
                    var offset = marks[index].offset
                    if marks[index].afterSpace, offset < end, line[offset] == 0x20 { offset += 1 }
                    cut = min(max(offset, from), end)
                } else {
                    cut = end
                }
                if cut > from, index > 0 {
                    ArticleBlock.change(&changes, at: from - start, to: marks[index - 1].style, link: marks[index - 1].link)
                }
                from = max(from, cut)
                index += 1
            }
            return ArticleBlock(kind, text: text, changes: changes)
        }

        /// The kind of the block `line` holds.
        var blockKind: ArticleBlock.Kind {
            if headingLevel > 0 { return .heading(level: headingLevel) }
            if prefixLength > 0 { return .listItem(number: itemNumber) }
            if quoteDepth > 0 { return .quote }
            return .paragraph
        }

        mutating func visible(_ literal: String) {
            for b in literal.utf8 { text(b) }
        }

        mutating func endParagraph() {
            defer {
                clearLine()
                prefixLength = 0
                pendingSpace = false
                breaks = 0
            }
            guard line.count > prefixLength else { return }
            if preDepth > 0 {
                // Keep the lines; drop blank lines at both ends and trailing spaces.
                var text = line.string()
                while text.hasPrefix("\n") { text.removeFirst() }
                while let last = text.unicodeScalars.last, FeedText.isWhitespace(last) { text.unicodeScalars.removeLast() }
                if !text.isEmpty {
                    if document { blocks.append(ArticleBlock(.preformatted, text: text)) } else { paragraphs.append(text) }
                }
                return
            }
            // A paragraph of nothing but spaces and no-break spaces (C2 A0) is empty too.
            var k = prefixLength
            var blank = true
            while k < line.count {
                if line[k] == 0x20 { k += 1 }
                else if line[k] == 0xC2, k + 1 < line.count, line[k + 1] == 0xA0 { k += 2 }
                else { blank = false; break }
            }
            if blank { return }
            if document {
                blocks.append(block(blockKind, from: prefixLength))
            } else {
                paragraphs.append(line.string())
            }
        }

        /// Keeps a list prefix waiting when the paragraph has no content yet (`<li><p>`).
        mutating func blockBreak() {
            if line.count > prefixLength { endParagraph() }
            pendingSpace = false
            breaks = 0
        }

        mutating func markup(_ p: UnsafeBufferPointer<UInt8>, at lt: Int, end: Int) -> Int {
            guard lt + 1 < end else { text(p[lt]); return end }
            let next = p[lt + 1]
            if next == UInt8(ascii: "!") {
                if XMLScan.hasPrefix(p, lt, end, "<!--") {
                    return min((XMLScan.find(p, "-->", from: lt + 4, end: end) ?? end) + 3, end)
                }
                if XMLScan.hasPrefix(p, lt, end, "<![CDATA[") {
                    let close = XMLScan.find(p, "]]>", from: lt + 9, end: end) ?? end
                    for k in (lt + 9)..<close { text(p[k]) }
                    return min(close + 3, end)
                }
                return XMLScan.tagEnd(p, from: lt + 2, end: end)
            }
            if next == UInt8(ascii: "?") { return XMLScan.tagEnd(p, from: lt + 2, end: end) }
            let closing = next == UInt8(ascii: "/")
            let nameStart = closing ? lt + 2 : lt + 1
            guard nameStart < end, XMLScan.isNameStart(p[nameStart]), p[nameStart] < 0x80 else {
                text(p[lt])
                return lt + 1
            }
            let (name, localStart, localEnd) = HTMLTag.Name.read(p, from: nameStart, end: end)
            let after = XMLScan.tagEnd(p, from: localEnd, end: end)
            return tag(p, name: name, kind: name.kind, closing: closing, local: localStart..<localEnd, after: after, end: end)
        }

        /// Whether the tag that ends at `after` ends with `/>`.
        static func isSelfClosing(_ p: UnsafeBufferPointer<UInt8>, after: Int) -> Bool {
            after >= 2 && p[after - 2] == UInt8(ascii: "/") && p[after - 1] == UInt8(ascii: ">")
        }

        /// What the start or end tag read by `markup` does, whose name (of that kind) is
        /// `p[local]` and which ends at `after`; returns where reading goes on.
        mutating func tag(_ p: UnsafeBufferPointer<UInt8>, name: HTMLTag.Name, kind: HTMLTag.TagKind, closing: Bool,
                          local: Range<Int>, after: Int, end: Int) -> Int {
            if closing {
                endTag(kind)
                return after
            }
            let selfClosing = Self.isSelfClosing(p, after: after)
            if kind == .dropped {
                guard !selfClosing else { return after }
                return skipElement(p, name: local, from: after, end: end)
            }
            let localEnd = local.upperBound
            let attributes = UnsafeBufferPointer(rebasing: p[localEnd..<max(localEnd, after - 1)])
            startTag(kind, name: name, attributes: attributes)
            if selfClosing && kind != .lineBreak && kind != .image && kind != .block { endTag(kind) }
            return after
        }

        /// Skips to after the `</name>` (ASCII case-insensitive) that closes a dropped element.
        func skipElement(_ p: UnsafeBufferPointer<UInt8>, name: Range<Int>, from start: Int, end: Int) -> Int {
            var i = start
            while i + 2 + name.count <= end {
                if p[i] == UInt8(ascii: "<") && p[i + 1] == UInt8(ascii: "/") {
                    // Allow a prefix in the end tag too (`</svg:svg>`).
                    var k = i + 2
                    while k < end, XMLScan.isNameByte(p[k]), p[k] != UInt8(ascii: ":") { k += 1 }
                    let local = k < end && p[k] == UInt8(ascii: ":") ? k + 1 : i + 2
                    var match = local + name.count <= end
                    if match {
                        for offset in 0..<name.count {
                            let a = p[local + offset], b = p[name.lowerBound + offset]
                            if (a >= 65 && a <= 90 ? a | 0x20 : a) != (b >= 65 && b <= 90 ? b | 0x20 : b) { match = false; break }
                        }
                    }
                    if match, local + name.count == end || !XMLScan.isNameByte(p[local + name.count]) {
                        return XMLScan.tagEnd(p, from: local, end: end)
                    }
                }
                i += 1
            }
            return end
        }
    }
}
