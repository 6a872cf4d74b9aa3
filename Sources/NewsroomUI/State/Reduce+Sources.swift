import NewsroomCore

/// The sources view: publications, feeds and tags with their counts; Enter lists a source's
/// headlines as a filter of the list, Esc there comes back.
extension AppState {
    /// `s`: the sources view (counted afresh each time: reading changes the counts), or back.
    mutating func toggleSources() -> [Effect] {
        if view == .sources {
            view = .headlines
            return []
        }
        view = .sources
        focus = .list
        return [.loadSources]
    }

    /// Enter on a source: the list shows its headlines (keeping `is:unread` when it is on).
    mutating func showSelectedSource() -> [Effect] {
        guard let sources, sources.indices.contains(sourceCursor.selection) else { return [] }
        var text = Self.filterText(for: sources[sourceCursor.selection])
        if filter.active.unreadOnly { text += " is:unread" }
        let effects = applyFilter(text)
        listsSource = true
        focus = .list
        return effects
    }

    /// The filter line's words for a source, so the header names it and `/` can edit it.
    static func filterText(for source: SourceCount) -> String {
        let key = source.key.replacingSpaces()
        switch source.kind {
        case .publication: return "pub:" + key
        case .feed: return "feed:" + key
        case .tag: return "tag:" + key
        }
    }

    mutating func sourcesLoaded(_ rows: [SourceCount]) -> [Effect] {
        sources = rows
        sourceCursor.clamp(count: rows.count, height: layout.listHeight)
        return []
    }
}

extension String {
    /// Spaces as `FilterQuery` reads them in a NAME (underscores).
    fileprivate func replacingSpaces() -> String { String(map { $0 == " " ? "_" : $0 }) }
}
