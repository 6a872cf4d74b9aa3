// libFuzzer target: arbitrary bytes through the XML reader and the Atom mapping.
// Built by scripts/fuzz-feeds.sh together with Sources/NewsroomCore (one module).
@_cdecl("LLVMFuzzerTestOneInput")
public func atomFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? XMLReader.read(XMLEncoding.utf8(bytes)) else { return 0 }
    let feed = AtomParser.parse(document)
    for article in feed.articles {
        precondition(article.section != "")
        precondition(!article.body.contains(""))
    }
    return 0
}
