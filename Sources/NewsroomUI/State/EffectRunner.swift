import NewsroomCore

/// Runs the library's effects synchronously against any `ArticleLibrary` and returns the
/// actions to feed back into `reduce`. The reader runtime and the tests share it. Opening a
/// URL, starting a feed reload and quitting are not library work: they return no actions here
/// and are the reader runtime's (NewsroomApp), which also decides what waits for the frame.
public struct EffectRunner {
    public let library: any ArticleLibrary

    public init(library: any ArticleLibrary) {
        self.library = library
    }

    public func run(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case .loadPage(let filter, let offset, let limit, _):
                let total = try library.headlineCount(filter: filter)
                let rows = offset < total ? try library.headlines(filter: filter, offset: offset, limit: limit) : []
                return [.pageLoaded(filter: filter, offset: offset, rows: rows, total: total)]
            case .locateHeadline(let id, let filter):
                return [.headlineLocated(filter: filter, id: id, index: try library.headlinePosition(id: id, filter: filter))]
            case .loadUnreadCount(let filter):
                var unread = filter
                unread.unreadOnly = true
                return [.unreadCountLoaded(filter: filter, count: try library.headlineCount(filter: unread))]
            case .loadArticle(let id):
                guard let article = try library.article(id: id) else {
                    return [.loadFailed("This article is no longer in the library.")]
                }
                return [.articleLoaded(id: id, article: article, row: nil)]
            case .openTitle(let title):
                guard let id = try library.articleID(title: title), let article = try library.article(id: id) else {
                    return [.loadFailed("“\(title)” is not in the library.")]
                }
                let bookmarked = try library.bookmarks().contains { $0.articleID == id }
                let row = HeadlineRow(
                    id: id, shortID: "", title: article.title, publication: article.publication,
                    section: article.section, kicker: article.kicker, published: article.published,
                    isRead: false, isBookmarked: bookmarked)
                return [.articleLoaded(id: id, article: article, row: row)]
            case .setRead(let id, let read):
                try library.setRead(id: id, read)
                return []
            case .markAllRead(let filter):
                return [.allMarkedRead(filter: filter, count: try library.markAllRead(filter: filter))]
            case .loadSources:
                return [.sourcesLoaded(try library.sourceCounts())]
            case .toggleBookmark(let id):
                return [.bookmarkToggled(id: id, isBookmarked: try library.toggleBookmark(id: id))]
            case .loadBookmarks:
                return [.bookmarksLoaded(try library.bookmarks())]
            case .forgetCachedAnswers:
                (library as? any CachingArticleLibrary)?.forgetCachedAnswers()
                return []
            case .openURL, .startFeedReload, .fetchFullArticle, .quit:
                return []
            }
        } catch {
            return [.loadFailed("Library error: \(error)")]
        }
    }

    /// Runs `effects` (e.g. those of `AppState.start`) and feeds their results through
    /// `dispatch`; returns the effects left to the caller.
    @discardableResult
    public func perform(_ effects: [Effect], into state: inout AppState) -> [Effect] {
        var leftOver: [Effect] = []
        for effect in effects {
            switch effect {
            case .openURL, .startFeedReload, .fetchFullArticle, .quit: leftOver.append(effect)
            default:
                for action in run(effect) { leftOver += dispatch(action, into: &state) }
            }
        }
        return leftOver
    }

    /// Applies `action`, runs the effects it asks for and the actions they produce until
    /// nothing is left; returns the effects left to the caller (`openURL`, `startFeedReload`, `fetchFullArticle`, `quit`).
    @discardableResult
    public func dispatch(_ action: Action, into state: inout AppState) -> [Effect] {
        var queue = [action]
        var leftOver: [Effect] = []
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in reduce(&state, next) {
                switch effect {
                case .openURL, .startFeedReload, .fetchFullArticle, .quit: leftOver.append(effect)
                default: queue += run(effect)
                }
            }
        }
        return leftOver
    }
}

/// A library that keeps answers between effects (the reader's counts per filter) and must
/// drop them when the library may have changed under it (`Effect.forgetCachedAnswers`).
public protocol CachingArticleLibrary: ArticleLibrary {
    func forgetCachedAnswers()
}
