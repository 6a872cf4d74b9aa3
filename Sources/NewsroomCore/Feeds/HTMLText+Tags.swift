/// How the feed HTML converter treats tags: which start and end a block, a list item, an
/// inline style or a link, and which hrefs become links.
extension HTMLText.Converter {
    mutating func startTag(_ kind: HTMLTag.TagKind, name: HTMLTag.Name, attributes: UnsafeBufferPointer<UInt8>) {
        switch kind {
        case .inline, .dropped: break
        case .block: blockBreak()
        case .lineBreak:
            if preDepth > 0 { line.append(0x0A); return }
            breaks += 1
            if breaks >= 2 { blockBreak() } else { pendingSpace = true }
        case .heading:
            blockBreak()
            headingLevel = name.headingLevel
        case .quote:
            blockBreak()
            quoteDepth += 1
        case .emphasis:
            emphasisDepth += 1
            if document { inlineChanged() }
        case .strong:
            strongDepth += 1
            if document { inlineChanged() }
        case .code:
            codeDepth += 1
            if document { inlineChanged() }
        case .pre:
            blockBreak()
            // One-line plain text (titles, teasers) collapses preformatted text too.
            if document { preDepth += 1 }
        case .listItem:
            blockBreak()
            clearLine()
            if let last = lists.indices.last, lists[last].ordered {
                lists[last].counter += 1
                itemNumber = lists[last].counter
                line.append(contentsOf: "\(lists[last].counter). ".utf8)
            } else {
                itemNumber = nil
                line.append(contentsOf: "• ".utf8)
            }
            prefixLength = line.count
        case .list:
            blockBreak()
            if lists.count < 64 {
                var counter = 0
                if name.isOrderedList, let start = Attributes.value(attributes, "start"), let value = Int(FeedText.trimmed(start)),
                   value > -1_000_000 && value < 1_000_000 { counter = value - 1 }
                lists.append((name.isOrderedList, counter))
            }
        case .anchor:
            guard document else { return }
            var href: String?
            if let raw = Attributes.rawValue(attributes, "href") {
                if let last = lastHrefLink, lastHrefRaw.withBytes({ XMLScan.equal($0, raw) }) {
                    href = last
                } else {
                    href = usableLink(XMLText.decode(raw, from: 0, to: raw.count))
                    lastHrefRaw.removeAll()
                    lastHrefRaw.append(raw)
                    lastHrefLink = .some(href)
                }
            }
            if anchors.count < 64 { anchors.append(href) } else { anchorOverflow += 1 }
            inlineChanged()
        case .image:
            guard document else { return }
            let alt = Attributes.value(attributes, "alt").map(FeedText.collapsed)
            if alt == "" { return }
            let width = Attributes.value(attributes, "width").map(FeedText.trimmed)
            let height = Attributes.value(attributes, "height").map(FeedText.trimmed)
            if width == "1" && height == "1" { return }
            pendingSpace = true
            visible(alt.map { "[image: \($0)]" } ?? "[image]")
            pendingSpace = true
        case .cell:
            pendingSpace = true
        }
    }

    mutating func endTag(_ kind: HTMLTag.TagKind) {
        switch kind {
        case .inline, .dropped, .lineBreak, .image: break
        case .block: blockBreak()
        case .heading:
            blockBreak()
            headingLevel = 0
        case .quote:
            blockBreak()
            quoteDepth = max(0, quoteDepth - 1)
        case .emphasis:
            emphasisDepth = max(0, emphasisDepth - 1)
            if document { inlineChanged() }
        case .strong:
            strongDepth = max(0, strongDepth - 1)
            if document { inlineChanged() }
        case .code:
            codeDepth = max(0, codeDepth - 1)
            if document { inlineChanged() }
        case .pre:
            if preDepth > 0 {
                endParagraph()
                preDepth -= 1
            } else {
                blockBreak()
            }
        case .listItem:
            blockBreak()
            clearLine()
            prefixLength = 0
        case .list:
            blockBreak()
            clearLine()
            prefixLength = 0
            if !lists.isEmpty { lists.removeLast() }
        case .anchor:
            guard document else { return }
            if anchorOverflow > 0 { anchorOverflow -= 1 } else if !anchors.isEmpty { anchors.removeLast() }
            inlineChanged()
        case .cell:
            pendingSpace = true
        }
    }

    /// A link worth listing: not empty, not an in-page fragment, not script.
    func usableLink(_ raw: String) -> String? {
        var href = FeedText.trimmed(raw)
        switch href.withUTF8(HTMLText.LinkKind.init) {
        case .unusable: return nil
        case .relative: return base.map { URLResolver.resolve(href, against: $0) } ?? href
        case .absolute: return href
        }
    }
}

extension HTMLText {
    /// What a (trimmed) href is to the link list, read from its bytes without building a String.
    enum LinkKind {
        case unusable, relative, absolute

        init(_ href: UnsafeBufferPointer<UInt8>) {
            guard let first = href.first, first != UInt8(ascii: "#") else { self = .unusable; return }
            guard let length = URLResolver.schemeLength(of: href) else { self = .relative; return }
            func isScheme(_ name: StaticString) -> Bool {
                length == name.utf8CodeUnitCount && XMLScan.hasPrefixIgnoringCase(href, 0, length, name)
            }
            if isScheme("javascript") || isScheme("vbscript") || isScheme("data") { self = .unusable; return }
            self = .absolute
        }
    }
}
