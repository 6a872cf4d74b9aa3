import NewsroomUI

/// The reader's `f`: loads the open article's page in a task of its own and posts the result
/// back into the reader as an action.
public struct WebFullArticles: FullArticleFetching {
    let loader: FullArticleLoader

    public init(loader: FullArticleLoader) {
        self.loader = loader
    }

    public func start(id: Int64, url: String, posting post: @escaping @Sendable (Action) -> Void) {
        let loader = self.loader
        Task.detached {
            switch await loader.load(id: id, url: url) {
            case .success(let article): post(.fullArticleLoaded(id: id, article: article))
            case .failure(let failure): post(.fullArticleFailed(id: id, message: failure.line))
            }
        }
    }
}
