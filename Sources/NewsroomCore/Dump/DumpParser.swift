/// Parses the page-dump format (`shared/spec/dump-format.md`).
/// CONTRACT (placeholder body, implemented by the dump-parser work).
public enum DumpParser {
    public static func parse(_ bytes: [UInt8]) throws(InputError) -> Article {
        throw InputError.noTitle
    }
}
