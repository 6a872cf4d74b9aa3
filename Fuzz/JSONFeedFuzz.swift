// libFuzzer target: arbitrary bytes through the JSON reader and the JSON Feed mapping.
// Built by scripts/fuzz-feeds.sh together with Sources/NewsroomCore (one module).
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonFeedFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let feed = try? JSONFeedParser.parse(bytes) else { return 0 }
    for article in feed.articles {
        precondition(article.section != "")
        precondition(!article.body.contains(""))
    }
    _ = FeedJSON.render(feed)
    return 0
}
