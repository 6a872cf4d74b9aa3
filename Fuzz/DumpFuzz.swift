// libFuzzer entry point for the page-dump parser (built by scripts/fuzz.sh, not by SwiftPM).
// Every input must either parse or throw an InputError; whatever parses must also survive
// the JSON writer and the text renderer, whose output must never carry a raw control char.

@_cdecl("LLVMFuzzerTestOneInput")
public func dumpFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let article = try? DumpParser.parse(bytes) else { return 0 }
    let json = ArticleJSON.encode(article)
    for scalar in json.unicodeScalars where scalar.value < 0x20 && scalar != "\n" {
        fatalError("raw control character U+\(String(scalar.value, radix: 16)) in JSON output")
    }
    let text = ArticleTextRenderer.render(article, width: 37)
    for scalar in text.unicodeScalars {
        let v = scalar.value
        if (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || v == 0x1B || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v)
        {
            fatalError("raw control character U+\(String(v, radix: 16)) in text output")
        }
    }
    return 0
}
