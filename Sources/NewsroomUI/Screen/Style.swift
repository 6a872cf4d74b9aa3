/// What a cell means, not how it looks: the terminal backend maps each role to colours and
/// attributes through its theme (and to plain attributes under NO_COLOR / monochrome).
public enum StyleRole: UInt8, Sendable, CaseIterable {
    case normal
    case dim
    case emphasis
    case title
    case kicker
    case accent
    case selection
    case selectionInactive
    case unread
    case bookmark
    case border
    case statusBar
    case error
    /// Link text in an article (and its URL in the reference list).
    case link
    /// Inline code and preformatted text.
    case code
}

public struct Style: Equatable, Hashable, Sendable {
    public var role: StyleRole
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    public init(_ role: StyleRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()
}
