/// Turns what a user typed into an FTS5 query that cannot be a syntax error: every word
/// becomes a quoted term, all words must match. Operators and punctuation typed by the user
/// are plain text, never FTS5 syntax. Words match whole (not as prefixes): a prefix query
/// merges the lists of every word it starts, which made a common prefix 3x slower at
/// 100,000 articles (measured in `newsroom-bench store`).
enum FullTextQuery {
    /// nil when the text has no word to look for (the search then matches nothing).
    static func make(_ text: String) -> String? {
        var terms: [String] = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            guard word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            terms.append("\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }
}
