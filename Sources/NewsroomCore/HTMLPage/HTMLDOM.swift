/// A parsed HTML page as one flat array of nodes in document order (`HTMLTreeBuilder`'s
/// HTML5 tree): an element's descendants are the nodes right after it, up to `end`. So every
/// walk over a subtree is a loop over an index range, never a recursion, however deep the
/// page nests.
struct HTMLDOM {
    struct Node {
        /// The lower-case tag name; empty for a text node.
        var name: String
        /// A text node's text (character references already decoded).
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
        nodes = HTMLTreeBuilder(utf8: utf8).nodes
    }
}
