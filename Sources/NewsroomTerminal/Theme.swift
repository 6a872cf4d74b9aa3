import NewsroomUI

/// Whether the reader may use colours.
public enum ColorMode: Equatable, Sendable {
    case color
    case monochrome

    /// `NO_COLOR` set to any value (https://no-color.org), a terminal without colours, or one
    /// with fewer than the eight ANSI colours: attributes only.
    public static func decide(noColorVariable: String?, terminalHasColors: Bool, colorCount: Int) -> ColorMode {
        if noColorVariable != nil { return .monochrome }
        if !terminalHasColors || colorCount < 8 { return .monochrome }
        return .color
    }
}

/// A colour as the theme names it: the terminal's own default, a palette index (0-7 the ANSI
/// colours, 8-15 their bright forms, 16-255 the xterm cube and greys) or a true colour. The
/// standard theme sticks to the eight ANSI colours so it follows the user's palette and works
/// on 8-colour terminals; the configuration file may name any (`ColorDegrading` fits them to
/// the terminal at hand).
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    public static let black = TerminalColor.indexed(0)
    public static let red = TerminalColor.indexed(1)
    public static let green = TerminalColor.indexed(2)
    public static let yellow = TerminalColor.indexed(3)
    public static let blue = TerminalColor.indexed(4)
    public static let magenta = TerminalColor.indexed(5)
    public static let cyan = TerminalColor.indexed(6)
    public static let white = TerminalColor.indexed(7)
}

public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
}

/// How one role looks: colours (ignored in monochrome) and attributes.
public struct Look: Equatable, Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(_ foreground: TerminalColor = .terminalDefault, on background: TerminalColor = .terminalDefault,
                _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Maps every `StyleRole` to a `Look`. Each role gets its own colour pair (role raw value + 1;
/// pair 0 is the terminal default), so the backend sets colours with one pair number per cell.
public struct Theme: Equatable, Sendable {
    public let mode: ColorMode
    /// How many colours the terminal has (ncurses' COLORS): what `number(for:)` fits to.
    public let colorCount: Int
    /// Indexed by `StyleRole.rawValue`.
    private let looks: [Look]

    public init(mode: ColorMode, colorCount: Int = 8, looks: (StyleRole) -> Look) {
        self.mode = mode
        self.colorCount = colorCount
        var table = Array(repeating: Look(), count: Int(StyleRole.allCases.map(\.rawValue).max() ?? 0) + 1)
        for role in StyleRole.allCases { table[Int(role.rawValue)] = looks(role) }
        self.looks = table
    }

    /// The default theme. In colour: a few restrained accents on the terminal's own background.
    /// In monochrome: attributes chosen so every role still reads differently.
    public static func standard(_ mode: ColorMode, colorCount: Int = 8) -> Theme {
        switch mode {
        case .color:
            return Theme(mode: mode, colorCount: colorCount) { role in
                switch role {
                case .normal: Look()
                case .dim: Look(.terminalDefault, on: .terminalDefault, .dim)
                case .emphasis: Look(.terminalDefault, on: .terminalDefault, .bold)
                case .title: Look(.terminalDefault, on: .terminalDefault, .bold)
                case .kicker: Look(.cyan, on: .terminalDefault, .bold)
                case .accent: Look(.yellow)
                case .selection: Look(.white, on: .blue, .bold)
                case .selectionInactive: Look(.terminalDefault, on: .terminalDefault, .reverse)
                case .unread: Look(.green, on: .terminalDefault, .bold)
                case .bookmark: Look(.yellow, on: .terminalDefault, .bold)
                case .border: Look(.blue)
                case .statusBar: Look(.black, on: .cyan)
                case .error: Look(.red, on: .terminalDefault, .bold)
                case .link: Look(.cyan, on: .terminalDefault, .underline)
                case .code: Look(.green)
                }
            }
        case .monochrome:
            return Theme(mode: mode) { role in
                switch role {
                case .normal, .border: Look()
                case .dim: Look(.terminalDefault, on: .terminalDefault, .dim)
                case .emphasis, .title, .kicker, .unread, .bookmark: Look(.terminalDefault, on: .terminalDefault, .bold)
                case .accent: Look(.terminalDefault, on: .terminalDefault, .underline)
                case .selection: Look(.terminalDefault, on: .terminalDefault, [.reverse, .bold])
                case .selectionInactive: Look(.terminalDefault, on: .terminalDefault, .underline)
                case .statusBar: Look(.terminalDefault, on: .terminalDefault, .reverse)
                case .error: Look(.terminalDefault, on: .terminalDefault, [.bold, .underline])
                case .link: Look(.terminalDefault, on: .terminalDefault, .underline)
                case .code: Look()
                }
            }
        }
    }

    /// This theme with the user's looks for some roles (the configuration file's `[colors]`).
    /// Monochrome keeps its own looks: under NO_COLOR or on a terminal without colours the
    /// roles stay told apart by attributes the standard theme chose for that.
    public func overriding(_ overrides: [StyleRole: Look]) -> Theme {
        guard mode == .color, !overrides.isEmpty else { return self }
        return Theme(mode: mode, colorCount: colorCount) { overrides[$0] ?? look(for: $0) }
    }

    /// The colour number ncurses gets for `color` on this terminal (-1: the default).
    public func number(for color: TerminalColor) -> Int32 {
        ColorDegrading.number(for: color, colorCount: colorCount)
    }

    public func look(for role: StyleRole) -> Look {
        looks[Int(role.rawValue)]
    }

    /// The attributes of a styled cell: its role's plus the style's own flags.
    public func attributes(for style: Style) -> TextAttributes {
        var attributes = look(for: style.role).attributes
        if style.bold { attributes.insert(.bold) }
        if style.underline { attributes.insert(.underline) }
        if style.reverse { attributes.insert(.reverse) }
        return attributes
    }

    /// The colour pair of a role: 0 (terminal default) in monochrome.
    /// Whether a blank cell looks the same in style `a` as in `b`: only the background shows
    /// (the foreground, when reversed), and underline; bold and dim change no pixel of a
    /// space. The backend draws such blanks in the style of the text beside them, so a
    /// headline row needs 4 attribute changes instead of 8 (each one a terminfo `tparm`
    /// in ncurses: half of a full-list `doupdate`, callgrind).
    public func blanksLookAlike(_ a: Style, _ b: Style) -> Bool {
        if a == b { return true }
        let shown: TextAttributes = [.reverse, .underline]
        let reversed = attributes(for: a).contains(.reverse)
        guard attributes(for: a).intersection(shown) == attributes(for: b).intersection(shown) else { return false }
        guard mode == .color else { return true }
        let lookA = look(for: a.role), lookB = look(for: b.role)
        return reversed ? lookA.foreground == lookB.foreground : lookA.background == lookB.background
    }

    public func colorPair(for role: StyleRole) -> Int16 {
        mode == .color ? Int16(role.rawValue) + 1 : 0
    }
}
