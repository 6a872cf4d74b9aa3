/// `newsroom parse FEED --json`: the feed and its articles (format in docs/feed-json.md).
///
/// Every key is always present (`null` / `[]` when missing). Written with the one JSON writer
/// (`JSONWriter`, escaping per the spec) and `ArticleJSON` for the article objects, so a feed
/// article and a dump article are the same JSON plus the feed keys.
public enum FeedJSON {
    public static func render(_ feed: ParsedFeed) -> String {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.key("feed")
        writer.beginObject()
        writer.key("format"); writer.string(feed.format.rawValue)
        writer.key("title"); writer.string(feed.title)
        writer.key("link"); writer.string(feed.link)
        writer.key("description"); writer.string(feed.description)
        writer.key("updated"); writer.string(feed.updated?.iso8601)
        writer.endObject()
        writer.key("articles")
        writer.beginArray()
        for article in feed.articles {
            ArticleJSON.write(article, extraFields: ArticleJSON.ExtraField.allCases, to: &writer)
        }
        writer.endArray()
        writer.endObject()
        return writer.text + "\n"
    }

    /// A JSON string literal, escaped by the spec's rule (the one writer's escaping).
    public static func quoted(_ text: String) -> String {
        JSONWriter.quoted(text)
    }
}
