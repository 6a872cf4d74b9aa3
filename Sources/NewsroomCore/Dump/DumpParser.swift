/// Parses the page-dump format (`shared/spec/dump-format.md`): the text a person gets by
/// copying a news article page to plain text.
///
/// Works on the UTF-8 bytes of the decoded text: lines are found with byte scans and
/// Strings are only built for the fields the Article keeps (copied out as substrings).
public enum DumpParser {
    public static func parse(_ bytes: [UInt8]) throws(InputError) -> Article {
        var text = try DumpDecoding.text(from: bytes)
        text.makeContiguousUTF8()  // a no-op for the native strings decoding produces
        let source = text
        let article: Article?? = source.utf8.withContiguousStorageIfAvailable { buffer in
            var reader = DumpBlockReader(text: DumpText(source: source, bytes: buffer), lines: DumpLines.split(buffer))
            return reader.read()
        }
        guard let found = article, let article = found else { throw .noTitle }
        return article
    }
}
