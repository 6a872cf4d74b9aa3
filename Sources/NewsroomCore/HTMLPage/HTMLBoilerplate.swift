/// Which elements of a page are chrome around the article, never its text: navigation,
/// footers, asides, forms, figures, embeds, and boxes whose class or id names them (share
/// bars, comments, newsletter and cookie boxes, teaser lists, ads).
enum HTMLBoilerplate {
    /// Elements that are never article text, whatever their class.
    static let chromeTags: Set<String> = [
        "nav", "footer", "aside", "form", "figure", "figcaption", "button", "label", "fieldset",
        "menu", "dialog", "select", "header", "address",
    ]
    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
    ]
    /// The standard embedded-post blockquotes.
    static let embedClasses = ["twitter-tweet", "instagram-media", "tiktok-embed", "twitter-video", "fb-post", "reddit-embed"]

    /// Class/id words that mark chrome. Matched as substrings of the lower-cased hint.
    static let negative = [
        "comment", "share", "sharing", "social", "related", "newsletter", "cookie", "consent", "gdpr", "sidebar",
        "promo", "advert", "banner", "breadcrumb", "byline", "caption", "subscribe", "popup", "modal", "outbrain",
        "taboola", "recommend", "sponsor", "pagination", "pager", "footer", "masthead", "navbar", "navigation",
        "menu", "toolbar", "widget", "tagcloud", "tag-list", "taglist", "tags", "rating", "signup", "sign-up",
        "overlay", "disqus", "most-read", "mostread", "popular", "trending", "teaser-list", "author-box",
        "authorbox", "author-bio", "about-author", "skip-link", "print-only", "visually-hidden", "sr-only",
        "screen-reader", "hidden", "read-more", "readmore", "more-stories", "further-reading", "newsticker",
        "ad-slot", "adslot", "ad-container", "adcontainer", "ad-wrapper", "advertisement", "anzeige", "werbung",
        "paywall", "login", "jump-link", "toc", "meta-data", "post-meta", "entry-meta", "article-meta", "dateline",
        "timestamp", "credit", "playlist", "video-player", "audio-player", "gallery", "slideshow", "carousel",
        "lightbox", "wp-caption", "infobox", "info-box", "factbox", "pullquote", "pull-quote", "blockquote-embed",
    ]
    /// Words for ad slots, matched as whole class/id tokens (`ad`, `ads`, `ad-top` ...).
    static let adTokens: Set<String> = ["ad", "ads", "adv", "advert", "dfp", "gpt", "adsbygoogle", "ad-unit", "ad-label"]

    static func isChrome(_ node: HTMLDOM.Node, hint: String) -> Bool {
        if chromeTags.contains(node.name) { return true }
        if let role = node.attribute("role")?.lowercased(), chromeRoles.contains(role) { return true }
        guard !hint.isEmpty else { return false }
        if node.name == "blockquote" || node.name == "div" {
            if embedWords.occurs(in: hint) { return true }
        }
        if node.name == "body" || node.name == "html" || node.name == "article" || node.name == "main" { return false }
        return isNegative(hint)
    }

    private static let embedWords = HTMLWordSet(embedClasses)
    private static let negativeWords = HTMLWordSet(negative)
    private static let positiveWords = HTMLWordSet(positive)
    private static let adPrefixesAfterSpace = HTMLWordSet([" ad-", " ads-"])
    /// Tokens longer than this (in bytes) are no ad token (the longest, `adsbygoogle`, has 11).
    private static let longestAdToken = 12

    static func isNegative(_ hint: String) -> Bool {
        if negativeWords.occurs(in: hint) { return true }
        if hasAdToken(hint) { return true }
        for word in ["ad-", "ads-"] where hint.hasPrefix(word) { return true }
        return adPrefixesAfterSpace.occurs(in: hint)
    }

    /// True when a token of the hint (split at spaces and underscores) is one of `adTokens`.
    /// Read on the UTF-8 (space and underscore are single bytes); only short tokens become
    /// a String to look up.
    private static func hasAdToken(_ hint: String) -> Bool {
        var hint = hint
        return hint.withUTF8 { u in
            var start = 0
            for i in 0...u.count {
                guard i == u.count || u[i] == UInt8(ascii: " ") || u[i] == UInt8(ascii: "_") else { continue }
                if i - start <= longestAdToken, adTokens.contains(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self)) {
                    return true
                }
                start = i + 1
            }
            return false
        }
    }

    /// Class/id words that mark the article's text.
    static let positive = [
        "article", "body", "content", "entry", "main", "post", "text", "story", "blog", "hentry", "h-entry", "page",
        "column", "prose", "rich-text", "richtext",
    ]

    /// The readability-style weight of a class/id: +25 for words of content, -25 for chrome.
    static func weight(_ hint: String) -> Double {
        guard !hint.isEmpty else { return 0 }
        var weight = 0.0
        if isNegative(hint) { weight -= 25 }
        if positiveWords.occurs(in: hint) { weight += 25 }
        return weight
    }
}
