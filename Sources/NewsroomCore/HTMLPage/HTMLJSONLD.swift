import Foundation

/// The page's JSON-LD (`<script type="application/ld+json">`): every object, whether a
/// script holds one, an array or an `@graph`, with `@id` references resolved; the article is
/// the first object whose `@type` is (or lists) a schema.org Article type.
struct HTMLJSONLD {
    private(set) var objects: [JSONValue] = []
    private var byID: [String: JSONValue] = [:]

    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle", "BlogPosting",
        "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report", "AdvertiserContentArticle",
        "MedicalScholarlyArticle", "DiscussionForumPosting",
    ]

    init(page: HTMLPage) {
        for k in 0..<page.count where page[k].name == "script" {
            guard let type = page[k].attribute("type")?.lowercased(), type.contains("ld+json") else { continue }
            var text = FeedText.trimmed(page.rawText(of: k))
            guard !text.isEmpty, text.utf8.count < 4_000_000 else { continue }
            if text.hasPrefix("<!--") { text = String(text.dropFirst(4)) }
            if text.hasSuffix("-->") { text = String(text.dropLast(3)) }
            text = FeedText.trimmed(text)
            while text.hasSuffix(";") { text.removeLast() }
            guard let value = try? JSONValue.parse(Array(text.utf8)) else { continue }
            collect(value)
        }
    }

    private mutating func collect(_ value: JSONValue) {
        // Depth-first without recursion: arrays and @graph hold objects.
        var pending = [value]
        while let next = pending.popLast() {
            switch next {
            case .array(let items):
                pending.append(contentsOf: items.reversed())
            case .object:
                if let graph = next["@graph"] { pending.append(graph) }
                guard next["@type"] != nil || next["@id"] != nil else { continue }
                objects.append(next)
                if let id = next["@id"]?.string, next.objectCount > 1, byID[id] == nil { byID[id] = next }
            default:
                break
            }
        }
    }

    /// The object an `{"@id": ...}` reference stands for; other values as they are.
    func resolved(_ value: JSONValue?) -> JSONValue? {
        guard let value else { return nil }
        if case .object = value, value.objectCount == 1, let id = value["@id"]?.string { return byID[id] ?? value }
        return value
    }

    static func types(_ value: JSONValue) -> [String] {
        let raw: [JSONValue] = value["@type"].map { $0.array ?? [$0] } ?? []
        return raw.compactMap(\.string).map { type in
            var name = type
            if let slash = name.lastIndex(where: { $0 == "/" || $0 == ":" }) { name = String(name[name.index(after: slash)...]) }
            return name
        }
    }

    var article: JSONValue? {
        objects.first { HTMLJSONLD.types($0).contains(where: HTMLJSONLD.articleTypes.contains) }
    }

    func first(type: String) -> JSONValue? {
        objects.first { HTMLJSONLD.types($0).contains(type) }
    }

    /// A text value: a string, the first string of a list, or an object's `name`.
    func text(_ value: JSONValue?) -> String? {
        guard let value = resolved(value) else { return nil }
        switch value {
        case .string(let s): return FeedText.nonEmpty(FeedText.collapsed(HTMLJSONLD.unescapeHTML(s)))
        case .number(let n): return n
        case .array(let items): return items.lazy.compactMap { text($0) }.first
        case .object: return text(value["name"])
        default: return nil
        }
    }

    /// Metadata strings sometimes carry HTML character references (`&amp;`, `&#8217;`).
    static func unescapeHTML(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return HTMLText.plain(text.replacingOccurrences(of: "<", with: "&lt;"))
    }

    /// The list under a key, each member resolved.
    func list(_ value: JSONValue?) -> [JSONValue] {
        guard let value = resolved(value) else { return [] }
        if let items = value.array { return items.compactMap { resolved($0) } }
        return [value]
    }
}

extension JSONValue {
    var objectCount: Int {
        if case .object(let members) = self { return members.count }
        return 0
    }
}
