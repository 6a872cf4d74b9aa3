// libFuzzer target: arbitrary bytes through the XML reader and the RSS/RDF mapping.
// Built by scripts/fuzz-feeds.sh together with Sources/NewsroomCore (one module).
@_cdecl("LLVMFuzzerTestOneInput")
public func rssFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? XMLReader.read(XMLEncoding.utf8(bytes)) else { return 0 }
    let feed = RSSParser.parse(document, format: .rss)
    for article in feed.articles {
        // Mapping invariants: never an empty section, never an empty body paragraph.
        precondition(article.section != "")
        precondition(!article.body.contains(""))
        _ = FeedJSON.render(ParsedFeed(format: .rss, articles: [article]))
    }
    return 0
}
