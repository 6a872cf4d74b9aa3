import NewsroomCore

/// How the reader lays out, wraps and dates its rows, as the user set it (the configuration file, issue 14),
/// with the defaults a reader gets without one. The state carries it; `Layout` and the article
/// wrapping read it; the configuration loader fills it. Nothing else sets it.
public struct ReaderSettings: Equatable, Sendable {
    /// Which arrangement of list and article the reader uses.
    public enum LayoutChoice: String, CaseIterable, Equatable, Sendable {
        /// Side by side when the terminal is wide enough for a readable headline beside the
        /// article, stacked below that.
        case automatic = "auto"
        /// List left, article right.
        case sideBySide = "side-by-side"
        /// List above, article below (the mail-reader split).
        case stacked
        /// One pane at a time.
        case single
    }

    public var layout: LayoutChoice
    /// The list pane's share of the split, in percent (of the width side by side, of the
    /// height stacked).
    public var splitPercent: Int
    /// The column the article body wraps at, however wide its pane is.
    public var readingWidth: Int

    /// The headline list's date column.
    public var dateFormat: DateFormat

    public static let splitPercentRange = 10...90
    public static let readingWidthRange = 20...400

    public init(layout: LayoutChoice = .automatic, splitPercent: Int = 40, readingWidth: Int = 80,
                dateFormat: DateFormat = .standard) {
        self.layout = layout
        self.dateFormat = dateFormat
        self.splitPercent = min(max(splitPercent, Self.splitPercentRange.lowerBound), Self.splitPercentRange.upperBound)
        self.readingWidth = min(max(readingWidth, Self.readingWidthRange.lowerBound), Self.readingWidthRange.upperBound)
    }
}
