/// `newsroom parse FEED --json`: the feed and its articles (format in docs/feed-json.md).
///
/// Every key is always present (`null` / `[]` when missing). Strings are escaped by the
/// spec's rule: C0 controls, DEL, C1 controls, U+2028/U+2029 and bidi controls as `\uXXXX`.
/// (A minimal writer of its own until the shared JSON writer in Output/ takes over.)
public enum FeedJSON {
    public static func render(_ feed: ParsedFeed) -> String {
        var w = Writer()
        w.open("{")
        w.key("feed"); w.open("{")
        w.key("format"); w.string(feed.format.rawValue); w.comma()
        w.key("title"); w.string(feed.title); w.comma()
        w.key("link"); w.string(feed.link); w.comma()
        w.key("description"); w.string(feed.description); w.comma()
        w.key("updated"); w.string(feed.updated?.iso8601)
        w.close("}"); w.comma()
        w.key("articles")
        w.array(feed.articles) { w, item in article(item, into: &w) }
        w.close("}")
        return w.out + "\n"
    }

    /// One article object with the page-dump keys plus link, guid, updated, links, enclosures.
    static func article(_ a: Article, into w: inout Writer) {
        w.open("{")
        w.key("title"); w.string(a.title); w.comma()
        w.key("kicker"); w.string(a.kicker); w.comma()
        w.key("teaser"); w.string(a.teaser); w.comma()
        w.key("body"); w.strings(a.body); w.comma()
        w.key("publication"); w.string(a.publication); w.comma()
        w.key("section"); w.string(a.section); w.comma()
        w.key("imageCredit"); w.string(a.imageCredit); w.comma()
        w.key("contacts")
        w.array(a.contacts) { w, c in
            w.open("{")
            w.key("name"); w.string(c.name); w.comma()
            w.key("role"); w.string(c.role); w.comma()
            w.key("phone"); w.string(c.phone); w.comma()
            w.key("fax"); w.string(c.fax); w.comma()
            w.key("email"); w.string(c.email); w.comma()
            w.key("channels"); w.strings(c.channels)
            w.close("}")
        }
        w.comma()
        w.key("copyright"); w.string(a.copyright); w.comma()
        w.key("published"); w.string(a.published?.iso8601); w.comma()
        w.key("headlines"); w.strings(a.headlines); w.comma()
        w.key("related"); w.strings(a.related); w.comma()
        w.key("link"); w.string(a.link); w.comma()
        w.key("guid"); w.string(a.guid); w.comma()
        w.key("updated"); w.string(a.updated?.iso8601); w.comma()
        w.key("links"); w.strings(a.links); w.comma()
        w.key("enclosures"); w.strings(a.enclosures)
        w.close("}")
    }

    /// A JSON string literal, escaped by the spec's rule.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Pretty-printed output, two spaces per level, like the dump's expected JSON.
    struct Writer {
        var out = ""
        var level = 0

        mutating func newline() { out += "\n" + String(repeating: "  ", count: level) }
        mutating func open(_ bracket: String) { out += bracket; level += 1; newline() }
        mutating func close(_ bracket: String) { level -= 1; newline(); out += bracket }
        mutating func comma() { out += ","; newline() }
        mutating func key(_ name: String) { out += FeedJSON.quoted(name) + ": " }
        mutating func string(_ value: String?) { out += value.map(FeedJSON.quoted) ?? "null" }
        mutating func strings(_ values: [String]) { array(values) { w, s in w.string(s) } }

        mutating func array<T>(_ values: [T], _ element: (inout Writer, T) -> Void) {
            guard !values.isEmpty else { out += "[]"; return }
            open("[")
            for (index, value) in values.enumerated() {
                if index > 0 { comma() }
                element(&self, value)
            }
            close("]")
        }
    }
}
