// libFuzzer target: the HTML converter, feed dates, URL resolution and the format sniffer.
// Built by scripts/fuzz-feeds.sh together with Sources/NewsroomCore (one module).
@_cdecl("LLVMFuzzerTestOneInput")
public func htmlFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    let result = HTMLText.body(bytes: buffer, base: "https://fuzz.example/a/b")
    for paragraph in result.paragraphs { precondition(!paragraph.isEmpty) }
    // Every [n] marker refers to a collected link.
    precondition(Set(result.links).count == result.links.count)
    let plain = HTMLText.plain(bytes: buffer)
    precondition(!plain.hasPrefix(" ") && !plain.hasSuffix(" "))
    let text = String(decoding: buffer, as: UTF8.self)
    _ = FeedDate.parse(text)
    _ = URLResolver.resolve(text, against: "http://a/b/c/d;p?q")
    _ = FeedText.plainParagraphs(text)
    _ = FeedFormat.sniff(Array(buffer))
    return 0
}
