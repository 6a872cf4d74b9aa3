/// The headline list's date column as the user writes it (`date-format` in the configuration
/// file): a strftime-like pattern with the fields a short date needs. Every field has a fixed
/// width, so the column is as wide as the pattern says and the titles stay aligned.
///
///     %d day 01-31   %e day  1-31   %m month 01-12   %b month Jan-Dec   %y year 24   %Y year 2024
///     %H hour 00-23  %M minute 00-59   %a weekday Mon-Sun   %% a percent sign
///
/// Anything else is copied as it is; an unknown `%x` is refused (`problem`), so a typo shows
/// when the reader starts, not as a garbled column.
public struct DateFormat: Equatable, Sendable, CustomStringConvertible {
    public let pattern: String
    private let pieces: [Piece]

    private enum Piece: Equatable, Sendable {
        case text(String)
        case day, spacedDay, month, monthName, shortYear, year, hour, minute, weekday
    }

    /// `22.01.24`: a library spans years, and a list sorted by date that shows "24.03." above
    /// "31.03." reads as out of order without them.
    /// (Built from its pieces: a test checks that parsing the pattern gives the same.)
    public static let standard = DateFormat(pieces: [.day, .text("."), .month, .text("."), .shortYear], pattern: "%d.%m.%y")

    public init(_ pattern: String) throws(DateFormatError) {
        var pieces: [Piece] = []
        var text = ""
        var iterator = pattern.makeIterator()
        while let character = iterator.next() {
            guard character == "%" else {
                text.append(character)
                continue
            }
            guard let field = iterator.next() else { throw DateFormatError(message: "ends with a lone %") }
            let piece: Piece
            switch field {
            case "%": text.append("%"); continue
            case "d": piece = .day
            case "e": piece = .spacedDay
            case "m": piece = .month
            case "b": piece = .monthName
            case "y": piece = .shortYear
            case "Y": piece = .year
            case "H": piece = .hour
            case "M": piece = .minute
            case "a": piece = .weekday
            default: throw DateFormatError(message: "%\(field) is not a date field (use %d %e %m %b %y %Y %H %M %a %%)")
            }
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
            pieces.append(piece)
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        // A control character would reach the screen through every row; the sanitizer would
        // show it as a placeholder, but a pattern has no reason to hold one.
        if pattern.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            throw DateFormatError(message: "contains a control character")
        }
        self.pattern = pattern
        self.pieces = pieces
    }

    private init(pieces: [Piece], pattern: String) {
        self.pieces = pieces
        self.pattern = pattern
    }

    public var description: String { pattern }

    /// The date in the timestamp's own offset, as the source printed it.
    public func format(_ timestamp: Timestamp) -> String {
        let c = timestamp.civil
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .day: out += DateText.two(c.day)
            case .spacedDay: out += c.day < 10 ? " \(c.day)" : "\(c.day)"
            case .month: out += DateText.two(c.month)
            case .monthName: out += String(DateText.months[max(0, min(11, c.month - 1))].prefix(3))
            case .shortYear: out += DateText.two(((c.year % 100) + 100) % 100)
            case .year: out += String(c.year)
            case .hour: out += DateText.two(c.hour)
            case .minute: out += DateText.two(c.minute)
            case .weekday: out += String(DateText.weekdays[max(0, min(6, c.weekday))].prefix(3))
            }
        }
        return out
    }

    /// Columns the formatted date takes (a four-digit year; text by display width).
    public var width: Int {
        pieces.reduce(0) { total, piece in
            switch piece {
            case .text(let text): total + DisplayWidth.of(text)
            case .year: total + 4
            case .monthName, .weekday: total + 3
            default: total + 2
            }
        }
    }
}

public struct DateFormatError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
