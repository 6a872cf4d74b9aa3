/// Text as the library stores it. SQLite keeps a NUL inside a text value, but reads through
/// GRDB (`String(cString:)`) end at the first one: a title "A \0 B" was stored whole and shown
/// as "A " in the list, the reader and the bookmark snapshot. So NUL becomes U+FFFD (the
/// replacement character) before any text is bound. Other control characters are stored as
/// they came and left to the Sanitizer, which every display goes through.
enum StoredText {
    static func text(_ value: String) -> String {
        guard value.utf8.contains(0) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.map { $0 == "\0" ? "\u{FFFD}" : $0 }))
    }

    static func text(_ value: String?) -> String? {
        value.map(text)
    }
}
