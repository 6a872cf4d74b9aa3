// libFuzzer target: arbitrary bytes through OPML.parse, and what it reads back through
// OPML.render and parse again (the export must read back as the same URLs and tags).
// Built by scripts/fuzz-feeds.sh together with Sources/NewsroomCore (one module).
@_cdecl("LLVMFuzzerTestOneInput")
public func opmlFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let outlines = try? OPML.parse(bytes) else { return 0 }
    let subscriptions = outlines
        .filter { Subscription.problem(with: $0.url) == nil }
        .map { Subscription(url: $0.url, tags: $0.tags.filter(survivesExport)) }
    let again = (try? OPML.parse(Array(OPML.render(subscriptions).utf8))) ?? []
    precondition(again.map(\.url) == subscriptions.map(\.url))
    precondition(again.map(\.tags) == subscriptions.map(\.tags))
    return 0
}

/// Tags an OPML category can carry as they are: no comma (the separator), no control
/// characters and no U+FFFE/U+FFFF (not XML characters: `OPML.escaped` writes them as spaces).
private func survivesExport(_ tag: String) -> Bool {
    !tag.unicodeScalars.contains {
        $0 == "," || $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0xFFFE || $0.value == 0xFFFF
    }
}
