/// Resolves a relative reference against a base URI (RFC 3986 section 5.2), for Atom's
/// `xml:base` and relative links in item content. No network, no percent-decoding.
enum URLResolver {
    static func resolve(_ reference: String, against base: String) -> String {
        let ref = FeedText.trimmed(reference)
        if scheme(of: ref) != nil { return ref }
        guard let baseScheme = scheme(of: base) else {
            // A relative base: the best we can do is join paths.
            if ref.isEmpty { return base }
            if ref.hasPrefix("/") { return ref }
            return removeDotSegments(directory(of: base) + ref)
        }
        let afterScheme = base.dropFirst(baseScheme.count + 1)
        var authority = ""
        var rest = Substring(afterScheme)
        if afterScheme.hasPrefix("//") {
            let tail = afterScheme.dropFirst(2)
            let end = tail.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? tail.endIndex
            authority = "//" + tail[..<end]
            rest = tail[end...]
        }
        let withoutFragment = rest.prefix { $0 != "#" }
        let basePath = withoutFragment.prefix { $0 != "?" }
        let baseQuery = withoutFragment.dropFirst(basePath.count)
        let prefix = baseScheme + ":"
        if ref.isEmpty { return prefix + authority + withoutFragment }
        if ref.hasPrefix("//") { return prefix + ref }
        if ref.hasPrefix("#") { return prefix + authority + withoutFragment + ref }
        if ref.hasPrefix("?") { return prefix + authority + basePath + ref }
        let (refPath, refTail) = splitPath(ref)
        if refPath.hasPrefix("/") { return prefix + authority + removeDotSegments(refPath) + refTail }
        let merged: String
        if !authority.isEmpty && basePath.isEmpty { merged = "/" + refPath }
        else { merged = directory(of: String(basePath)) + refPath }
        _ = baseQuery
        return prefix + authority + removeDotSegments(merged) + refTail
    }

    /// The scheme (`https`) when `text` starts with one.
    static func scheme(of text: String) -> String? {
        guard let length = schemeLength(of: text) else { return nil }
        return String(decoding: text.utf8.prefix(length), as: UTF8.self)
    }

    /// The length of the scheme `text` starts with, or nil (bytes only: this runs for every link).
    static func schemeLength(of text: String) -> Int? {
        var text = text
        return text.withUTF8 { schemeLength(of: $0) }
    }

    static func schemeLength(of utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var length = 0
        for c in utf8 {
            if c == UInt8(ascii: ":") { break }
            let isLetter = (c | 0x20) >= 97 && (c | 0x20) <= 122
            guard isLetter || (length > 0 && ((c >= 48 && c <= 57) || c == 43 || c == 45 || c == 46)) else { return nil }
            length += 1
        }
        guard length > 0, length < utf8.count else { return nil }
        return length
    }

    private static func splitPath(_ ref: String) -> (String, String) {
        guard let end = ref.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return (ref, "") }
        return (String(ref[..<end]), String(ref[end...]))
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    static func removeDotSegments(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            if segment == "." {
                if isLast { output.append("") }
            } else if segment == ".." {
                if output.count > (absolute ? 1 : 0) { output.removeLast() }
                if isLast { output.append("") }
            } else {
                output.append(segment)
            }
        }
        var result = output.joined(separator: "/")
        if absolute && !result.hasPrefix("/") { result = "/" + result }
        return result
    }
}
