extension HTMLBlockBuilder {
    /// What an element does to the blocks and spans being written.
    enum TagRole {
        case other, lineBreak, cell, anchor, emphasis, strong, code, image
        case heading, list, listItem, quote, preformatted
    }

    /// An element's role and whether it is a block (`HTMLTags.block`), found with one
    /// dictionary lookup: `open` and `close` ran for every element through a chain of
    /// String comparisons and a Set lookup (2.5 % of the extraction benchmark).
    struct TagInfo {
        var role: TagRole
        var isBlock: Bool
    }

    static func tagInfo(_ name: String) -> TagInfo {
        tagInfos[name] ?? TagInfo(role: .other, isBlock: false)
    }

    private static let tagInfos: [String: TagInfo] = {
        let roles: [(TagRole, [String])] = [
            (.lineBreak, ["br"]), (.cell, ["td", "th"]), (.anchor, ["a"]),
            (.emphasis, ["em", "i", "cite", "dfn", "var"]), (.strong, ["strong", "b"]),
            (.code, ["code", "kbd", "samp", "tt"]), (.image, ["img"]),
            (.heading, ["h1", "h2", "h3", "h4", "h5", "h6"]), (.list, ["ul", "ol", "menu", "dir"]),
            (.listItem, ["li"]), (.quote, ["blockquote"]), (.preformatted, ["pre", "listing", "xmp", "plaintext"]),
        ]
        var table: [String: TagInfo] = [:]
        for name in HTMLTags.block { table[name] = TagInfo(role: .other, isBlock: true) }
        for (role, names) in roles {
            for name in names { table[name] = TagInfo(role: role, isBlock: HTMLTags.block.contains(name)) }
        }
        return table
    }()
}
