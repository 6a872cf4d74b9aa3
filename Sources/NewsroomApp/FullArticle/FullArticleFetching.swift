import NewsroomUI

/// Loads full articles for the reader (`Effect.fetchFullArticle`, the `f` key): fetches the
/// web page behind a stored article, extracts the article and stores it, off the reader's
/// thread.
public protocol FullArticleFetching: Sendable {
    /// Starts the work and returns at once; exactly one `fullArticleLoaded` or
    /// `fullArticleFailed` for `id` goes to `post` later, from another thread.
    func start(id: Int64, url: String, posting post: @escaping @Sendable (Action) -> Void)
}
