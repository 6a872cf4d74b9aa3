/// The article document as JSON: the `blocks` key of `--json` output and the `blocks` column
/// of the store, one format (docs/feed-json.md):
///
///     {"kind": "paragraph" | "heading" | "listItem" | "quote" | "preformatted",
///      "level": 2,            <- headings only (1-6)
///      "number": 3 | null,    <- list items only (null: a bullet)
///      "spans": [{"text": "...", "style": ["emphasis", "strong", "code"], "link": "https://..." | null}]}
public enum ArticleBlockJSON {
    public static func write(_ blocks: [ArticleBlock], to writer: inout JSONWriter) {
        writer.beginArray()
        for block in blocks { write(block, to: &writer) }
        writer.endArray()
    }

    public static func write(_ block: ArticleBlock, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("kind")
        switch block.kind {
        case .paragraph: writer.string("paragraph")
        case .heading(let level):
            writer.string("heading")
            writer.key("level"); writer.number(level)
        case .listItem(let number):
            writer.string("listItem")
            writer.key("number")
            if let number { writer.number(number) } else { writer.null() }
        case .quote: writer.string("quote")
        case .preformatted: writer.string("preformatted")
        }
        writer.key("spans")
        writer.beginArray()
        for span in block.spans {
            writer.beginObject()
            writer.key("text"); writer.string(span.text)
            writer.key("style"); writer.stringArray(styleNames(span.style))
            writer.key("link"); writer.string(span.link)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// The blocks as compact JSON bytes (the store's column).
    public static func bytes(_ blocks: [ArticleBlock]) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: 64 + blocks.count * 96)
        write(blocks, to: &writer)
        return writer.bytes
    }

    /// Reads what `write` wrote; a malformed document is an error, never a partial one.
    public static func decode(_ bytes: [UInt8]) throws(InputError) -> [ArticleBlock] {
        let value = try JSONValue.parse(bytes)
        guard let items = value.array else { throw InputError.malformed("the blocks are not a JSON array") }
        var blocks: [ArticleBlock] = []
        blocks.reserveCapacity(items.count)
        for item in items {
            guard let kindName = item["kind"]?.string, let spanValues = item["spans"]?.array else {
                throw InputError.malformed("a block has no kind or spans")
            }
            let kind: ArticleBlock.Kind
            switch kindName {
            case "paragraph": kind = .paragraph
            case "heading": kind = .heading(level: item["level"].flatMap(integer) ?? 1)
            case "listItem": kind = .listItem(number: item["number"].flatMap(integer))
            case "quote": kind = .quote
            case "preformatted": kind = .preformatted
            default: throw InputError.malformed("unknown block kind \(kindName)")
            }
            var spans: [InlineSpan] = []
            for span in spanValues {
                guard let text = span["text"]?.string else { throw InputError.malformed("a span has no text") }
                var style: InlineSpan.Style = []
                for name in span["style"]?.array ?? [] {
                    switch name.string {
                    case "emphasis": style.insert(.emphasis)
                    case "strong": style.insert(.strong)
                    case "code": style.insert(.code)
                    default: break
                    }
                }
                spans.append(InlineSpan(text, style: style, link: span["link"]?.string))
            }
            blocks.append(ArticleBlock(kind, spans: spans))
        }
        return blocks
    }

    static func styleNames(_ style: InlineSpan.Style) -> [String] {
        var names: [String] = []
        if style.contains(.emphasis) { names.append("emphasis") }
        if style.contains(.strong) { names.append("strong") }
        if style.contains(.code) { names.append("code") }
        return names
    }

    private static func integer(_ value: JSONValue) -> Int? {
        guard case .number(let text) = value else { return nil }
        return Int(text)
    }
}
