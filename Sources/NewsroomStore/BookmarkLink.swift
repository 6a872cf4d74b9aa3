import NewsroomCore

/// Which bookmark sources leave the program as links (the `HREF` of the HTML export, the
/// target of a Markdown link, what `bookmarks import` accepts). A feed item's link is
/// untrusted: `javascript:`, `vbscript:` or `data:` exported as a link would run in the
/// browser that imports the file. So only what `WebLink.isOpenable` accepts (http(s)) and the
/// library's own file paths (as `file://` URLs) become links; any other source is kept as text.
enum BookmarkLink {
    /// The link for `source`, or nil when it must stay text.
    static func url(for source: String) -> String? {
        if source.hasPrefix("/") { return "file://" + PercentEncoding.encodePath(source) }
        return WebLink.isOpenable(source) ? source : nil
    }

    /// What an imported `HREF` may be: an http(s) URL, or a file as a `file://` URL or an
    /// absolute path.
    static func isImportable(_ href: String) -> Bool {
        if WebLink.isOpenable(href) { return true }
        guard href.hasPrefix("/") || href.lowercased().hasPrefix("file:///") else { return false }
        return !href.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
