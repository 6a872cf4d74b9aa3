import NewsroomCore

/// The article pane: scrolling, the title and link cursors, opening links, bookmarking.
extension AppState {
    mutating func articleCommand(_ command: Command) -> [Effect] {
        guard var reading = open else { return [] }
        let height = max(1, layout.articleHeight)
        let maxScroll = max(0, reading.lines.lines.count - height)
        var effects: [Effect] = []
        switch command {
        case .moveDown:
            reading.linkCursor = nil
            if reading.scroll < maxScroll && reading.titleCursor == nil {
                reading.scroll += 1
            } else if !reading.lines.titleEntries.isEmpty {
                let next: Int
                if let cursor = reading.titleCursor {
                    next = min(cursor + 1, reading.lines.titleEntries.count - 1)
                } else {
                    next = reading.lines.titleEntries.firstIndex { $0.line >= reading.scroll } ?? reading.lines.titleEntries.count - 1
                }
                reading.titleCursor = next
                let line = reading.lines.titleEntries[next].line
                reading.scroll = min(maxScroll, max(reading.scroll, line - height + 1))
            }
        case .moveUp:
            reading.linkCursor = nil
            if let cursor = reading.titleCursor {
                reading.titleCursor = cursor > 0 ? cursor - 1 : nil
                if let now = reading.titleCursor {
                    reading.scroll = min(reading.scroll, reading.lines.titleEntries[now].line)
                }
            } else {
                reading.scroll = max(0, reading.scroll - 1)
            }
        case .pageDown:
            reading.titleCursor = nil
            reading.linkCursor = nil
            reading.scroll = min(maxScroll, reading.scroll + max(1, height - 1))
        case .pageUp:
            reading.titleCursor = nil
            reading.linkCursor = nil
            reading.scroll = max(0, reading.scroll - max(1, height - 1))
        case .top:
            reading.titleCursor = nil
            reading.linkCursor = nil
            reading.scroll = 0
        case .bottom:
            reading.titleCursor = nil
            reading.linkCursor = nil
            reading.scroll = maxScroll
        case .open:
            if reading.linkCursor != nil {
                open = reading
                return openLink()
            }
            if let cursor = reading.titleCursor {
                let title = reading.lines.titleEntries[cursor].title
                pendingOpen = .title(title)
                effects = [.openTitle(title)]
            }
        case .back:
            focus = .list
        default:
            break
        }
        open = reading
        return effects
    }

    mutating func openLink() -> [Effect] {
        guard let reading = open else {
            status = StatusMessage("Open an article first (Enter).")
            return []
        }
        // Only web links go to the browser: a `file:` URL or one starting with "-" (read as
        // an option by the browser) from a hostile feed must not be launched.
        if let selected = reading.linkCursor, reading.lines.links.indices.contains(selected) {
            let link = reading.lines.links[selected].url
            status = StatusMessage("Opening " + link)
            return [.openURL(link)]
        }
        guard let link = reading.article.link, WebLink.isOpenable(link) else {
            status = StatusMessage("This article has no web link.")
            return []
        }
        status = StatusMessage("Opening " + link)
        return [.openURL(link)]
    }


    /// `]` / `[`: the next or previous link of the open article, scrolled into view. From no
    /// selection, `]` starts at the first link on screen (or after it), `[` at the last before.
    mutating func selectLink(by delta: Int) -> [Effect] {
        guard var reading = open else {
            status = StatusMessage("Open an article first (Enter).")
            return []
        }
        let links = reading.lines.links
        guard !links.isEmpty else {
            status = StatusMessage("This article has no links.")
            return []
        }
        let height = max(1, layout.articleHeight)
        let next: Int
        if let cursor = reading.linkCursor {
            next = max(0, min(links.count - 1, cursor + delta))
        } else if delta > 0 {
            next = links.firstIndex { $0.line >= reading.scroll } ?? links.count - 1
        } else {
            next = links.lastIndex { $0.line < reading.scroll + height } ?? 0
        }
        reading.linkCursor = next
        reading.titleCursor = nil
        let line = links[next].line
        let maxScroll = max(0, reading.lines.lines.count - height)
        if line < reading.scroll || line >= reading.scroll + height {
            reading.scroll = min(maxScroll, max(0, line - height / 3))
        }
        open = reading
        focus = .article
        status = StatusMessage("[\(links[next].number)] " + links[next].url)
        return []
    }

    mutating func toggleBookmark() -> [Effect] {
        if focus == .article, let reading = open { return [.toggleBookmark(id: reading.id)] }
        if view == .bookmarks {
            guard bookmarks.indices.contains(bookmarkCursor.selection), let id = bookmarks[bookmarkCursor.selection].articleID else { return [] }
            return [.toggleBookmark(id: id)]
        }
        if let row = headlines.row(at: headlineCursor.selection) { return [.toggleBookmark(id: row.id)] }
        return []
    }
}

extension AppState {
    /// `f`: the open article's web page, fetched and extracted in the background; the pane
    /// shows the full text when it is in, at the same place.
    mutating func loadFullArticle() -> [Effect] {
        guard let reading = open else {
            status = StatusMessage("Open an article first (Enter).")
            return []
        }
        guard let link = reading.article.link, WebLink.isOpenable(link) else {
            status = StatusMessage("This article has no web page to load.")
            return []
        }
        if fullArticleLoading != nil {
            status = StatusMessage("A full article is already loading…")
            return []
        }
        fullArticleLoading = reading.id
        status = StatusMessage("Loading the full article from " + link + "…")
        return [.fetchFullArticle(id: reading.id, url: link)]
    }

    mutating func fullArticleLoaded(id: Int64, article: Article) -> [Effect] {
        if fullArticleLoading == id { fullArticleLoading = nil }
        guard var reading = open, reading.id == id else {
            status = StatusMessage("Full article stored: “\(article.title)”.")
            return []
        }
        reading.article = article
        reading.lines = ArticleLines(article: article, row: reading.row, width: layout.articleWidth)
        reading.scroll = min(reading.scroll, max(0, reading.lines.lines.count - layout.articleHeight))
        reading.titleCursor = nil
        reading.linkCursor = nil
        open = reading
        let paragraphs = article.blocks.count
        status = StatusMessage("Full article loaded: \(paragraphs) paragraph\(paragraphs == 1 ? "" : "s")\(article.contacts.isEmpty ? "" : ", editor box").")
        return []
    }
}
