import CGumbo

/// A parsed HTML page as one flat array of nodes in document order (gumbo's HTML5 tree,
/// copied out): an element's descendants are the nodes right after it, up to `end`. So every
/// walk over a subtree is a loop over an index range, never a recursion, however deep the
/// page nests.
struct HTMLDOM {
    struct Node {
        /// The lower-case tag name; empty for a text node.
        var name: String
        /// A text node's text (character references already decoded by gumbo).
        var text: String
        var attributes: [(name: String, value: String)]
        /// The parent's index, -1 for the top element.
        var parent: Int
        /// One past the index of the last descendant.
        var end: Int

        var isText: Bool { name.isEmpty }

        func attribute(_ key: String) -> String? {
            for attribute in attributes where attribute.name == key { return attribute.value }
            return nil
        }
    }

    var nodes: [Node]

    /// Attribute values longer than this are dropped (a 10 MB `class` is no class at all).
    static let maximumAttributeLength = 65_536

    subscript(index: Int) -> Node { nodes[index] }
    var count: Int { nodes.count }

    /// Parses UTF-8 bytes (after `HTMLNestingLimit`).
    init(utf8: [UInt8]) {
        nodes = []
        let output: UnsafeMutablePointer<GumboOutput>? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { nr_gumbo_parse($0, buffer.count) }
            } ?? nil
        }
        guard let output else { return }
        defer { nr_gumbo_destroy(output) }
        nodes.reserveCapacity(utf8.count / 40)
        var names: [UInt32: String] = [:]
        // (gumbo node, next child to visit, its index here)
        var stack: [(node: UnsafePointer<GumboNode>, next: UInt32, index: Int)] = [(UnsafePointer(output.pointee.document), 0, -1)]
        while let top = stack.last {
            let childCount = nr_gumbo_child_count(top.node)
            guard top.next < childCount else {
                if top.index >= 0 { nodes[top.index].end = nodes.count }
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next += 1
            guard let child = nr_gumbo_child(top.node, top.next) else { continue }
            switch child.pointee.type {
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                let text = child.pointee.v.text.text.map { String(cString: $0) } ?? ""
                nodes.append(Node(name: "", text: text, attributes: [], parent: top.index, end: nodes.count + 1))
            case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                let element = child.pointee.v.element
                let name: String
                if element.tag == GUMBO_TAG_UNKNOWN {
                    name = HTMLDOM.originalName(element.original_tag)
                } else if let known = names[element.tag.rawValue] {
                    name = known
                } else {
                    name = String(cString: gumbo_normalized_tagname(element.tag))
                    names[element.tag.rawValue] = name
                }
                var attributes: [(name: String, value: String)] = []
                let attributeCount = nr_gumbo_attribute_count(child)
                if attributeCount > 0 { attributes.reserveCapacity(Int(min(attributeCount, 16))) }
                for a in 0..<attributeCount {
                    guard let attribute = nr_gumbo_attribute(child, a), let rawName = attribute.pointee.name,
                          let rawValue = attribute.pointee.value,
                          nr_gumbo_value_length(attribute, HTMLDOM.maximumAttributeLength) <= HTMLDOM.maximumAttributeLength
                    else { continue }
                    attributes.append((String(cString: rawName), String(cString: rawValue)))
                }
                let index = nodes.count
                nodes.append(Node(name: name.isEmpty ? "unknown" : name, text: "", attributes: attributes, parent: top.index, end: index + 1))
                // A template's content is never rendered.
                if child.pointee.type == GUMBO_NODE_ELEMENT {
                    stack.append((child, 0, index))
                }
            default:
                break  // comments, the doctype
            }
        }
    }

    /// The name of an element gumbo does not know, from its source text (`<my-widget ...`).
    private static func originalName(_ piece: GumboStringPiece) -> String {
        guard let data = piece.data, piece.length > 1 else { return "" }
        var bytes: [UInt8] = []
        let raw = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
        var i = 1
        while i < piece.length, bytes.count < 64 {
            let b = raw[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") { break }
            bytes.append(b >= 65 && b <= 90 ? b | 0x20 : b)
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
