/// Parses the page-dump format (`shared/spec/dump-format.md`): the text a person gets by
/// copying a news article page to plain text.
///
/// Works on UTF-8 bytes: lines are found with byte scans and Strings are only built for the
/// fields the Article keeps. Valid input that NFC leaves alone (nearly every real article) is
/// parsed in place, without building a String of the whole text first.
public enum DumpParser {
    public static func parse(_ bytes: [UInt8]) throws(InputError) -> Article {
        let article: Article?
        switch try DumpDecoding.decode(bytes) {
        case .inPlace(let start):
            article = bytes.withUnsafeBufferPointer { read(UnsafeBufferPointer(rebasing: $0[start...])) }
        case .text(var text):
            text.makeContiguousUTF8()  // a no-op for the native strings decoding produces
            article = text.utf8.withContiguousStorageIfAvailable { read($0) } ?? nil
        }
        guard let article else { throw .noTitle }
        return article
    }

    private static func read(_ buffer: UnsafeBufferPointer<UInt8>) -> Article? {
        var reader = DumpBlockReader(text: DumpText(bytes: buffer), lines: DumpLines.split(buffer))
        return reader.read()
    }
}
