/// A saved news page (HTML) to an Article: the spec's field rules
/// (/work/shared/spec/html-article.md, docs/html-article.md) over the page's HTML5 tree (`HTMLTreeBuilder`).
public enum HTMLArticleExtractor {
    /// Larger pages are refused (the biggest real news pages are a few megabytes).
    public static let maximumSize = 64 * 1024 * 1024

    /// True when the bytes look like an HTML document: after a BOM, whitespace and comments,
    /// a doctype or an `<html>`, `<head>` or `<body>` tag, or an `<html` tag in the first kilobyte.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        if head.contains(0) { return false }
        var i = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while true {
            while i < head.count, head[i] <= 0x20 { i += 1 }
            let rest = head[i...]
            if rest.starts(with: Array("<!--".utf8)) {
                guard let close = find(Array("-->".utf8), in: head, from: i + 4) else { return false }
                i = close + 3
                continue
            }
            for opening in ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"]
            where rest.starts(with: Array(opening.utf8)) { return true }
            return find(Array("<html".utf8), in: Array(head.prefix(1024)), from: 0) != nil
        }
    }

    public static func extract(bytes: [UInt8], url: String? = nil, httpCharset: String? = nil) throws(InputError) -> Article {
        guard !bytes.isEmpty else { throw InputError.empty }
        guard bytes.count <= maximumSize else { throw InputError.tooLarge(limit: maximumSize) }
        if bytes.prefix(8192).contains(0) && !bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFE, 0xFF]) {
            throw InputError.binary
        }
        let utf8 = HTMLNestingLimit.apply(HTMLPageCharset.utf8(bytes, httpCharset: httpCharset))
        let page = HTMLPage(dom: HTMLDOM(utf8: utf8), url: url)
        return try HTMLArticleAssembler(page: page).article()
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
