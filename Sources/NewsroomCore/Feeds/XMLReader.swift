/// A small, tolerant XML reader for feeds (instead of FoundationXML's XMLParser: see
/// docs/feed-json.md "Why not XMLParser").
///
/// Safety by construction: it never reads a DTD, never expands a declared entity and never
/// touches the network. A DOCTYPE whose internal subset declares entities is refused before
/// anything else is read (the "billion laughs" and "quadratic blow-up" documents); any other
/// DOCTYPE (the Netscape RSS 0.91 one) is skipped. Nesting depth is bounded.
///
/// Tolerance: mismatched end tags close up to the matching open element or are ignored,
/// unclosed elements end at the end of the input, a stray `<` is text, unquoted attribute
/// values are read up to the next space.
enum XMLReader {
    static let maximumDepth = 256

    static func read(_ utf8: [UInt8]) throws(InputError) -> XMLDocument {
        var builder = Builder()
        try utf8.withUnsafeBufferPointer { (p) throws(InputError) in try builder.run(p) }
        guard !builder.elements.isEmpty else { throw InputError.malformed("no XML element found") }
        return XMLDocument(bytes: utf8, elements: builder.elements)
    }

    private struct Binding {
        var prefix: String
        var namespace: XMLNamespace
    }

    /// An attribute as read, before namespaces are known: its qualified name as a byte range.
    private struct RawAttribute {
        var nameStart: Int
        var nameEnd: Int
        var value: String
    }

    private struct Open {
        var index: Int
        var nameStart: Int
        var nameEnd: Int
        var bindingCount: Int
        var lastChild: Int
    }

    /// A small direct-mapped cache of resolved qualified names; an entry points at the bytes
    /// of the occurrence it was resolved from, in the document being read.
    private struct NameCache {
        struct Entry {
            var start: Int
            var end: Int
            var bindingsVersion: Int
            var namespace: XMLNamespace
            var local: String
            var localOffset: Int
        }

        static let size = 64
        var entries = [Entry?](repeating: nil, count: NameCache.size)

        static func slot(length: Int, first: UInt8, last: UInt8) -> Int {
            (length &* 7 &+ Int(first) &* 3 &+ Int(last)) & (size - 1)
        }
    }

    private struct Builder {
        var elements: [XMLElement] = []
        var stack: [Open] = []
        var bindings: [Binding] = []
        var rootClosed = false
        /// The attributes of the start tag being read; kept to reuse its storage.
        var raw: [RawAttribute] = []
        /// The byte ranges of the local names of the attributes kept so far in that tag.
        var keptLocalNames: [Range<Int>] = []
        /// Names resolved lately, element names and attribute names apart: a feed repeats a
        /// dozen names thousands of times, and making each name's String and looking up its
        /// prefix was a fifth of reading the document (callgrind, newsroom-bench feeds).
        /// An entry holds while the namespace bindings are the ones it was resolved under.
        var elementNames = NameCache()
        var attributeNames = NameCache()
        /// Changes whenever a binding is declared or goes out of scope.
        var bindingsVersion = 0

        mutating func run(_ p: UnsafeBufferPointer<UInt8>) throws(InputError) {
            let n = p.count
            var i = 0
            while i < n {
                // Character data is not copied now: elements remember their byte ranges.
                guard p[i] == UInt8(ascii: "<") else {
                    i = XMLScan.firstIndex(of: UInt8(ascii: "<"), p, from: i, end: n) ?? n
                    continue
                }
                guard i + 1 < n else { break }
                let next = p[i + 1]
                if next == UInt8(ascii: "!") {
                    if XMLScan.hasPrefix(p, i, n, "<!--") {
                        i = min((XMLScan.find(p, "-->", from: i + 4, end: n) ?? n) + 3, n)
                    } else if XMLScan.hasPrefix(p, i, n, "<![CDATA[") {
                        i = min((XMLScan.find(p, "]]>", from: i + 9, end: n) ?? n) + 3, n)
                    } else if XMLScan.hasPrefixIgnoringCase(p, i, n, "<!doctype") {
                        i = try skipDoctype(p, from: i + 9, end: n)
                    } else {
                        i = XMLScan.tagEnd(p, from: i + 2, end: n)
                    }
                } else if next == UInt8(ascii: "?") {
                    i = min((XMLScan.find(p, "?>", from: i + 2, end: n) ?? n) + 2, n)
                } else if next == UInt8(ascii: "/") {
                    i = endTag(p, at: i, end: n)
                } else if XMLScan.isNameStart(next) {
                    i = try startTag(p, at: i, end: n)
                } else {
                    i += 1
                }
            }
            while !stack.isEmpty { close(at: n) }
        }

        /// Skips `<!DOCTYPE ...>`; refuses an internal subset that declares entities.
        func skipDoctype(_ p: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) throws(InputError) -> Int {
            var i = start
            var quote: UInt8 = 0
            var inSubset = false
            while i < end {
                let c = p[i]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                } else if c == UInt8(ascii: "[") {
                    inSubset = true
                } else if c == UInt8(ascii: "]") {
                    inSubset = false
                } else if inSubset && c == UInt8(ascii: "<") && XMLScan.hasPrefix(p, i, end, "<!ENTITY") {
                    throw InputError.malformed("the feed's DOCTYPE declares entities, which are refused for safety")
                } else if !inSubset && c == UInt8(ascii: ">") {
                    return i + 1
                }
                i += 1
            }
            return end
        }

        mutating func startTag(_ p: UnsafeBufferPointer<UInt8>, at lt: Int, end: Int) throws(InputError) -> Int {
            var i = lt + 1
            let nameStart = i
            while i < end && XMLScan.isNameByte(p[i]) { i += 1 }
            let nameEnd = i
            // Attributes: raw qualified names now, namespaces once every xmlns is known.
            if !raw.isEmpty { raw.removeAll(keepingCapacity: true) }
            var declared = 0
            var selfClosing = false
            var closed = false
            while i < end {
                let c = p[i]
                if XMLScan.isSpace(c) { i += 1; continue }
                if c == UInt8(ascii: ">") { i += 1; closed = true; break }
                if c == UInt8(ascii: "/") {
                    if i + 1 < end && p[i + 1] == UInt8(ascii: ">") { selfClosing = true; i += 2; closed = true; break }
                    i += 1
                    continue
                }
                guard XMLScan.isNameByte(c) else { i += 1; continue }
                let attrStart = i
                while i < end && XMLScan.isNameByte(p[i]) { i += 1 }
                let attrEnd = i
                while i < end && XMLScan.isSpace(p[i]) { i += 1 }
                var value = ""
                if i < end && p[i] == UInt8(ascii: "=") {
                    i += 1
                    while i < end && XMLScan.isSpace(p[i]) { i += 1 }
                    if i < end && (p[i] == UInt8(ascii: "\"") || p[i] == UInt8(ascii: "'")) {
                        let quote = p[i]
                        let valueStart = i + 1
                        i = XMLScan.firstIndex(of: quote, p, from: valueStart, end: end) ?? end
                        value = attributeValue(p, valueStart, i)
                        i = min(i + 1, end)
                    } else {
                        let valueStart = i
                        while i < end && !XMLScan.isSpace(p[i]) && p[i] != UInt8(ascii: ">") { i += 1 }
                        value = attributeValue(p, valueStart, i)
                    }
                }
                // Names are compared as bytes: no String is made for a name nobody reads.
                if XMLScan.hasPrefix(p, attrStart, attrEnd, "xmlns")
                    && (attrEnd - attrStart == 5 || p[attrStart + 5] == UInt8(ascii: ":")) {
                    let prefix = attrEnd - attrStart == 5 ? "" : string(p, attrStart + 6, attrEnd)
                    bindings.append(Binding(prefix: prefix, namespace: XMLNamespace(uri: FeedText.trimmed(value))))
                    declared += 1
                    bindingsVersion += 1
                } else if raw.count < 64 {
                    raw.append(RawAttribute(nameStart: attrStart, nameEnd: attrEnd, value: value))
                }
            }
            if !closed { i = end }
            let (namespace, local, _) = resolveCached(p, nameStart, nameEnd, isAttribute: false)
            var attributes: [XMLAttribute] = []
            if !raw.isEmpty {
                attributes.reserveCapacity(raw.count)
                if !keptLocalNames.isEmpty { keptLocalNames.removeAll(keepingCapacity: true) }
                for attribute in raw {
                    // An attribute whose name is the local name of one already kept is dropped.
                    let length = attribute.nameEnd - attribute.nameStart
                    let isRepeat = keptLocalNames.contains {
                        $0.count == length && sameBytes(p, $0.lowerBound, attribute.nameStart, length)
                    }
                    if isRepeat { continue }
                    let (ns, localName, localStart) = resolveCached(p, attribute.nameStart, attribute.nameEnd, isAttribute: true)
                    keptLocalNames.append(localStart..<attribute.nameEnd)
                    attributes.append(XMLAttribute(namespace: ns, name: localName, value: attribute.value))
                }
            }
            let parent = stack.last?.index ?? -1
            if parent < 0 && rootClosed {
                // Content after the root element: ignored, like trailing junk.
                removeBindings(declared)
                return i
            }
            let index = elements.count
            elements.append(XMLElement(
                namespace: namespace, name: local, attributes: attributes, parent: parent,
                contentStart: i, contentEnd: i))
            if parent >= 0 {
                let top = stack.count - 1
                elements[parent].hasChildElements = true
                if stack[top].lastChild >= 0 { elements[stack[top].lastChild].nextSibling = index }
                else { elements[parent].firstChild = index }
                stack[top].lastChild = index
            }
            if selfClosing {
                removeBindings(declared)
                if parent < 0 { rootClosed = true }
            } else {
                guard stack.count < XMLReader.maximumDepth else {
                    throw InputError.malformed("the feed nests elements deeper than \(XMLReader.maximumDepth) levels")
                }
                stack.append(Open(index: index, nameStart: nameStart, nameEnd: nameEnd, bindingCount: declared, lastChild: -1))
            }
            return i
        }

        mutating func endTag(_ p: UnsafeBufferPointer<UInt8>, at lt: Int, end: Int) -> Int {
            var i = lt + 2
            let nameStart = i
            while i < end && XMLScan.isNameByte(p[i]) { i += 1 }
            let nameEnd = i
            let after = XMLScan.tagEnd(p, from: i, end: end)
            // Close up to the matching open element; an end tag nobody opened is ignored.
            var depth = stack.count - 1
            while depth >= 0 {
                let open = stack[depth]
                if open.nameEnd - open.nameStart == nameEnd - nameStart
                    && sameBytes(p, open.nameStart, nameStart, nameEnd - nameStart) { break }
                depth -= 1
            }
            guard depth >= 0 else { return after }
            while stack.count > depth + 1 { close(at: lt) }
            close(at: lt)
            return after
        }

        mutating func close(at position: Int) {
            let open = stack.removeLast()
            elements[open.index].contentEnd = max(position, elements[open.index].contentStart)
            removeBindings(open.bindingCount)
            if stack.isEmpty { rootClosed = true }
        }

        /// Whether `p[a..<a+count]` and `p[b..<b+count]` hold the same bytes.
        func sameBytes(_ p: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ count: Int) -> Bool {
            XMLScan.equal(UnsafeBufferPointer(rebasing: p[a..<(a + count)]), UnsafeBufferPointer(rebasing: p[b..<(b + count)]))
        }

        func attributeValue(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
            // Attribute-value normalisation: tabs and line ends become spaces.
            let decoded = XMLText.decode(p, from: start, to: end)
            // Usually the raw bytes show there is nothing to replace (no tab, line end or reference).
            var k = start
            while k < end, p[k] != 0x0A, p[k] != 0x09, p[k] != 0x0D, p[k] != UInt8(ascii: "&") { k += 1 }
            if k == end { return decoded }
            guard decoded.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return decoded }
            return String(decoded.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
        }

        mutating func removeBindings(_ count: Int) {
            guard count > 0 else { return }
            bindings.removeLast(count)
            bindingsVersion += 1
        }

        /// `resolve`, answered from the cache when the same name was resolved under the same bindings.
        mutating func resolveCached(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, isAttribute: Bool) -> (XMLNamespace, String, Int) {
            let length = end - start
            guard length > 0 else { return resolve(p, start, end, isAttribute: isAttribute) }
            let slot = NameCache.slot(length: length, first: p[start], last: p[end - 1])
            let cached = isAttribute ? attributeNames.entries[slot] : elementNames.entries[slot]
            if let cached, cached.bindingsVersion == bindingsVersion, cached.end - cached.start == length,
               sameBytes(p, cached.start, start, length) {
                return (cached.namespace, cached.local, start + cached.localOffset)
            }
            let resolved = resolve(p, start, end, isAttribute: isAttribute)
            let entry = NameCache.Entry(
                start: start, end: end, bindingsVersion: bindingsVersion, namespace: resolved.0, local: resolved.1,
                localOffset: resolved.2 - start)
            if isAttribute { attributeNames.entries[slot] = entry } else { elementNames.entries[slot] = entry }
            return resolved
        }

        /// The namespace, local name and where the local name starts, of the qualified name `p[start..<end]`.
        func resolve(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, isAttribute: Bool) -> (XMLNamespace, String, Int) {
            var colon = start
            while colon < end && p[colon] != UInt8(ascii: ":") { colon += 1 }
            guard colon < end else {
                // Unprefixed attributes have no namespace; unprefixed elements take the default.
                return (isAttribute ? .none : lookup(""), string(p, start, end), start)
            }
            return (lookup(string(p, start, colon)), string(p, colon + 1, end), colon + 1)
        }

        func string(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        }

        func lookup(_ prefix: String) -> XMLNamespace {
            if prefix == "xml" { return .xml }
            for binding in bindings.reversed() where binding.prefix == prefix { return binding.namespace }
            return XMLNamespace(undeclaredPrefix: prefix)
        }
    }
}
