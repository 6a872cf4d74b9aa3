import NewsroomTerminal

/// A style role's look as the configuration writes it: attributes, a foreground colour and,
/// after `on`, a background colour, in any case:
///
///     kicker = "bold cyan"            selection = "bold white on #1d4f91"
///     status-bar = "black on 214"     border = "bright-black"          dim = "dim default"
///
/// Colours: `default` (the terminal's own), the eight ANSI names, `bright-` and a name
/// (8-15), a palette index 0-255, or `#rrggbb`. Attributes: bold, dim, underline, reverse.
/// The look replaces the role's standard one whole (`newsroom config` prints those).
public enum ColorSpec {
    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
    static let attributeNames: [(String, TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse),
    ]

    public static func parse(_ text: String) throws(ConfigurationError) -> Look {
        var look = Look()
        var colors: [TerminalColor] = []
        var sawOn = false
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !words.isEmpty else { throw ConfigurationError("is empty (write a colour, e.g. \"cyan\" or \"bold white on blue\")") }
        for word in words {
            if let attribute = attributeNames.first(where: { $0.0 == word })?.1 {
                guard colors.isEmpty, !sawOn else { throw ConfigurationError("\"\(word)\": attributes come before the colours") }
                look.attributes.insert(attribute)
            } else if word == "on" {
                guard !sawOn else { throw ConfigurationError("\"on\" twice") }
                if colors.isEmpty { colors.append(.terminalDefault) }
                sawOn = true
            } else {
                guard colors.count < (sawOn ? 2 : 1) else { throw ConfigurationError("\"\(word)\": one colour, then \"on\" and one background colour") }
                colors.append(try color(word))
            }
        }
        if sawOn, colors.count < 2 { throw ConfigurationError("\"on\" needs a background colour after it") }
        look.foreground = colors.first ?? .terminalDefault
        look.background = colors.count > 1 ? colors[1] : .terminalDefault
        return look
    }

    static func color(_ word: String) throws(ConfigurationError) -> TerminalColor {
        if word == "default" { return .terminalDefault }
        if let index = names.firstIndex(of: word) { return .indexed(UInt8(index)) }
        if word.hasPrefix("bright-"), let index = names.firstIndex(of: String(word.dropFirst(7))) {
            return .indexed(UInt8(8 + index))
        }
        if let number = Int(word) {
            guard (0...255).contains(number) else { throw ConfigurationError("\(number) is not a palette index (0-255)") }
            return .indexed(UInt8(number))
        }
        if word.hasPrefix("#") {
            let hex = word.dropFirst()
            guard hex.count == 6, let value = UInt32(hex, radix: 16) else {
                throw ConfigurationError("\"\(word)\" is not a #rrggbb colour")
            }
            return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        }
        throw ConfigurationError("\"\(word)\" is not a colour (a name like cyan or bright-cyan, 0-255, #rrggbb, or default)")
    }

    /// The look written back as a spec, `parse` giving the same look.
    public static func text(_ look: Look) -> String {
        var words = attributeNames.filter { look.attributes.contains($0.1) }.map(\.0)
        words.append(text(look.foreground))
        if look.background != .terminalDefault { words += ["on", text(look.background)] }
        return words.joined(separator: " ")
    }

    static func text(_ color: TerminalColor) -> String {
        switch color {
        case .terminalDefault: return "default"
        case .indexed(let index) where index < 8: return names[Int(index)]
        case .indexed(let index) where index < 16: return "bright-" + names[Int(index) - 8]
        case .indexed(let index): return String(index)
        case .rgb(let r, let g, let b):
            func hex(_ v: UInt8) -> String { (v < 16 ? "0" : "") + String(v, radix: 16) }
            return "#" + hex(r) + hex(g) + hex(b)
        }
    }
}
