/// What the tree builder needs to know of a tag name (the HTML5 parsing rules' element
/// categories), looked up once per tag.
struct HTMLTagFlags: OptionSet {
    let rawValue: UInt32

    /// No content, no end tag (`br`, `img`, `meta`, ...).
    static let void = HTMLTagFlags(rawValue: 1 << 0)
    /// The spec's "special" category: an end tag of another element never closes one of these.
    static let special = HTMLTagFlags(rawValue: 1 << 1)
    /// Its start tag closes an open `<p>` first (block elements).
    static let closesParagraph = HTMLTagFlags(rawValue: 1 << 2)
    /// Ends the default scope: an end tag does not look past it (`table`, `td`, `html`, ...).
    static let scopeBoundary = HTMLTagFlags(rawValue: 1 << 3)
    /// Its content is text up to its end tag (`script`, `style`, `iframe`, `xmp`, ...).
    static let rawText = HTMLTagFlags(rawValue: 1 << 4)
    /// Text up to its end tag, with character references (`title`, `textarea`).
    static let escapableRawText = HTMLTagFlags(rawValue: 1 << 5)
    static let heading = HTMLTagFlags(rawValue: 1 << 6)
    /// Belongs in `<head>` (`meta`, `link`, `title`, `script`, ...).
    static let headContent = HTMLTagFlags(rawValue: 1 << 7)
    /// Closed implicitly by the end tag of an ancestor (`p`, `li`, `option`, ...).
    static let impliedEnd = HTMLTagFlags(rawValue: 1 << 8)
    /// Ends SVG/MathML content when it starts inside it (`div`, `p`, `b`, ...).
    static let breaksOutOfForeign = HTMLTagFlags(rawValue: 1 << 9)
    /// `tbody`, `thead`, `tfoot`.
    static let tableSection = HTMLTagFlags(rawValue: 1 << 10)
    /// `td`, `th`.
    static let cell = HTMLTagFlags(rawValue: 1 << 11)
    static let foreignRoot = HTMLTagFlags(rawValue: 1 << 12)

    static func of(_ name: String) -> HTMLTagFlags { table[name] ?? [] }

    private static let table: [String: HTMLTagFlags] = {
        var t: [String: HTMLTagFlags] = [:]
        func add(_ names: String, _ flags: HTMLTagFlags) {
            for name in names.split(separator: " ") { t[String(name), default: []].formUnion(flags) }
        }
        add("area base basefont bgsound br col embed hr img input keygen link meta param source track wbr frame image", .void)
        add("""
            address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup \
            dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head \
            header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes \
            noscript object ol p param plaintext pre script section select source style summary table tbody td template \
            textarea tfoot th thead title tr track ul wbr xmp
            """, .special)
        add("""
            address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header \
            hgroup main menu nav ol p section summary ul h1 h2 h3 h4 h5 h6 pre listing form plaintext hr xmp li dd dt
            """, .closesParagraph)
        add("applet caption html table td th marquee object template svg math", .scopeBoundary)
        add("script style xmp iframe noembed noframes plaintext", .rawText)
        add("title textarea", .escapableRawText)
        add("h1 h2 h3 h4 h5 h6", .heading)
        add("base basefont bgsound link meta title noscript noframes style script template", .headContent)
        add("dd dt li optgroup option p rb rp rt rtc", .impliedEnd)
        add("""
            b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu \
            meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var
            """, .breaksOutOfForeign)
        add("tbody thead tfoot", .tableSection)
        add("td th", .cell)
        add("svg math", .foreignRoot)
        return t
    }()
}
