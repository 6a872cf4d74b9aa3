/// Element names grouped by how a news page renders them.
enum HTMLTags {
    /// Elements without content or end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
    ]
    /// Elements the next sibling closes implicitly, so pages leave them open by the hundred.
    static let selfClosing: Set<String> = [
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "tbody", "thead", "tfoot",
    ]
    /// Elements whose content is text, never tags.
    static let rawText: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    ]
    /// Never rendered as article text, with everything inside.
    static let unrendered: Set<String> = [
        "head", "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math",
        "canvas", "video", "audio", "map", "input", "select", "textarea", "button", "option", "datalist",
        "noembed", "noframes", "frameset", "frame", "applet", "title", "meta", "link", "dialog", "picture",
    ]
    /// Elements that start and end a block of text.
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "legend", "listing", "xmp", "plaintext",
        "frameset", "noscript", "option", "optgroup",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
}
