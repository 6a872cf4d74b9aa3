/// An Article as the spec's JSON object (`seed-article.expected.json`): every key always
/// present, `null` for a missing value, `[]` for an empty list, dates as ISO 8601 with offset.
public enum ArticleJSON {
    /// Keys beyond the page-dump set, for feed articles. `newsroom parse` of a dump writes none.
    /// `links` is the body's link URLs (each once, in order); `blocks` the body as a document
    /// (`ArticleBlockJSON`), while `body` stays plain paragraphs.
    public enum ExtraField: String, CaseIterable, Sendable {
        case link, guid, updated, links, enclosures, blocks
    }

    /// The whole article as one JSON document (pretty: two-space indent).
    public static func encode(_ article: Article, extraFields: [ExtraField] = [], pretty: Bool = true) -> String {
        var writer = JSONWriter(pretty: pretty)
        write(article, extraFields: extraFields, to: &writer)
        return writer.text
    }

    /// Writes the article object as the next value of `writer` (e.g. inside an array).
    public static func write(_ article: Article, extraFields: [ExtraField] = [], to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("title"); writer.string(article.title)
        writer.key("kicker"); writer.string(article.kicker)
        writer.key("teaser"); writer.string(article.teaser)
        writer.key("body"); writer.stringArray(article.body)
        writer.key("publication"); writer.string(article.publication)
        writer.key("section"); writer.string(article.section)
        writer.key("imageCredit"); writer.string(article.imageCredit)
        writer.key("contacts")
        writer.beginArray()
        for contact in article.contacts { write(contact, to: &writer) }
        writer.endArray()
        writer.key("copyright"); writer.string(article.copyright)
        writer.key("published"); writer.string(article.published?.iso8601)
        writer.key("headlines"); writer.stringArray(article.headlines)
        writer.key("related"); writer.stringArray(article.related)
        for field in extraFields {
            writer.key(field.rawValue)
            switch field {
            case .link: writer.string(article.link)
            case .guid: writer.string(article.guid)
            case .updated: writer.string(article.updated?.iso8601)
            case .links: writer.stringArray(article.links)
            case .enclosures: writer.stringArray(article.enclosures)
            case .blocks: ArticleBlockJSON.write(article.blocks, to: &writer)
            }
        }
        writer.endObject()
    }

    public static func write(_ contact: Contact, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("name"); writer.string(contact.name)
        writer.key("role"); writer.string(contact.role)
        writer.key("phone"); writer.string(contact.phone)
        writer.key("fax"); writer.string(contact.fax)
        writer.key("email"); writer.string(contact.email)
        writer.key("channels"); writer.stringArray(contact.channels)
        writer.endObject()
    }
}
