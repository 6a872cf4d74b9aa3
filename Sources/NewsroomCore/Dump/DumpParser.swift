/// Parses the page-dump format (`shared/spec/dump-format.md`): the text a person gets by
/// copying a news article page to plain text.
///
/// Works on the UTF-8 bytes of the decoded text: lines are found with byte scans and
/// Strings are only built for the fields the Article keeps.
public enum DumpParser {
    public static func parse(_ bytes: [UInt8]) throws(InputError) -> Article {
        var text = try DumpDecoding.text(from: bytes)
        let article: Article? = text.withUTF8 { buffer in
            let source = DumpText(bytes: buffer)
            var reader = DumpBlockReader(text: source, lines: DumpLines.split(buffer))
            return reader.read()
        }
        guard let article else { throw .noTitle }
        return article
    }
}
