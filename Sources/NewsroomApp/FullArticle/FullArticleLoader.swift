import NewsroomCore
import NewsroomStore

/// The one way a full article is had: fetch the page behind a link, extract its article
/// (`HTMLArticleExtractor`) and store it. Used by the reader's `f`, by the reload of a
/// `full-article` feed and by `newsroom add URL`.
public struct FullArticleLoader: Sendable {
    let pages: any PageFetching
    let store: LibraryStore

    public init(pages: any PageFetching, store: LibraryStore) {
        self.pages = pages
        self.store = store
    }

    /// The article of the page at `url`, its link the address the page was found at.
    public func extract(_ url: String) async -> Result<Article, PageFailure> {
        guard WebLink.isOpenable(url) else {
            return .failure(PageFailure("not a web address (only http and https pages are fetched)"))
        }
        switch await pages.fetchPage(url) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let page):
            do {
                var article = try HTMLArticleExtractor.extract(bytes: page.bytes, url: page.url, httpCharset: page.charset)
                if article.link == nil { article.link = page.url }
                return .success(article)
            } catch {
                return .failure(PageFailure(error.description))
            }
        }
    }

    /// Fetches and extracts the page behind stored article `id` and stores it as that
    /// article's full text (`LibraryStore.saveFullArticle`); returns the article as stored.
    public func load(id: Int64, url: String) async -> Result<Article, PageFailure> {
        switch await extract(url) {
        case .failure(let failure):
            return .failure(failure)
        case .success(let page):
            do {
                guard let stored = try store.saveFullArticle(id: id, page: page) else {
                    return .failure(PageFailure("the article is no longer in the library"))
                }
                return .success(stored)
            } catch {
                return .failure(PageFailure(error.description))
            }
        }
    }
}
