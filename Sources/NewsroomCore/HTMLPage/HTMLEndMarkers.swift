/// Blocks that end the article text (the related-articles heading, the comments, the
/// copyright line) and blocks that are never text even inside it (ad labels, "Read also"
/// lines, paragraphs made mostly of link text).
enum HTMLEndMarkers {
    static let relatedHeadings: Set<String> = [
        "mehr zum thema", "zum thema", "mehr zu diesem thema", "ähnliche beiträge", "ähnliche artikel",
        "weitere artikel zum thema", "related", "related articles", "related posts", "more on this topic",
        "related stories", "related content", "read more", "more stories", "you may also like", "recommended",
    ]
    static let commentHeadings: Set<String> = [
        "comments", "kommentare", "leave a reply", "leave a comment", "kommentar schreiben", "diskutieren sie mit",
        "join the conversation", "write a comment",
    ]
    static let adLabels: Set<String> = ["anzeige", "werbung", "advertisement", "advertising", "sponsored", "ad", "publicité", "pubblicità"]
    static let readAlsoPrefixes = ["lesen sie auch", "read also", "read more:", "see also:", "auch interessant", "mehr dazu:", "siehe auch", "also read"]

    static func simplified(_ text: String) -> String {
        var t = text.lowercased()
        while let last = t.last, last == ":" || last == " " || last == "." || last == "…" { t.removeLast() }
        return t
    }

    /// `text.count <= limit`, without walking the characters when the UTF-8 length settles it
    /// (a character is at least one byte).
    static func isShort(_ text: String, _ limit: Int) -> Bool {
        let bytes = text.utf8.count
        if bytes <= limit { return true }
        return text.count <= limit
    }

    static func endsArticle(_ block: ArticleBlock) -> Bool {
        let text = block.text
        if text.hasPrefix("©") || text.hasPrefix("(c) ") || text.hasPrefix("Copyright ©") { return true }
        guard isShort(text, 40) else { return false }
        let simple = simplified(text)
        if relatedHeadings.contains(simple) || commentHeadings.contains(simple) { return true }
        if let number = simple.split(separator: " ").first, Int(number) != nil,
           simple.hasSuffix("comments") || simple.hasSuffix("kommentare") { return true }
        return false
    }

    static func isNoise(_ block: ArticleBlock) -> Bool {
        let text = block.text
        // Ad labels and "Read also" lines are short: a paragraph is not lower-cased for them.
        if isShort(text, 119) {
            let simple = simplified(text)
            if adLabels.contains(simple) { return true }
            for prefix in readAlsoPrefixes where simple.hasPrefix(prefix) { return true }
        }
        var linked = 0, total = 0
        for span in block.spans {
            let count = span.text.unicodeScalars.count
            total += count
            if span.link != nil { linked += count }
        }
        return total > 0 && Double(linked) / Double(total) > 0.6
    }
}
