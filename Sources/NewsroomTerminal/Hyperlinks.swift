import NewsroomUI

/// Whether link text on screen becomes an OSC 8 hyperlink (`--hyperlinks auto|on|off`).
public enum HyperlinkMode: String, CaseIterable, Sendable {
    case auto, on, off

    /// `auto`: on in terminals known to understand OSC 8, off elsewhere, and off inside tmux
    /// or screen (tmux 3.3 passes them on only when told to), so an old terminal never shows
    /// the sequence as text.
    public func isEnabled(environment: [String: String]) -> Bool {
        switch self {
        case .on: return true
        case .off: return false
        case .auto:
            let term = environment["TERM"] ?? ""
            if environment["TMUX"] != nil || term.hasPrefix("screen") || term.hasPrefix("tmux") { return false }
            if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
            if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil { return true }
            let programs = ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper"]
            if let program = environment["TERM_PROGRAM"], programs.contains(program) { return true }
            return ["xterm-kitty", "foot", "foot-extra", "alacritty", "xterm-ghostty", "wezterm"].contains(term)
        }
    }
}

/// The bytes that turn the link cells of `rows` into OSC 8 hyperlinks, written after ncurses
/// has drawn the frame: for each run of cells with one link, save the cursor and rendition
/// (DECSC), move there, set the cells' rendition, open the link, write the same text again,
/// close the link, restore (DECRC). The screen shows the same characters in the same look,
/// so ncurses' picture of it stays true.
///
/// The URL went through `WebLink.isOpenable` (no control character, `http(s)` only) when the
/// cell was written; bytes outside printable ASCII are percent-encoded all the same, so
/// nothing in a URL can end the sequence early.
public enum HyperlinkOverlay {
    public static func bytes(for buffer: ScreenBuffer, rows: some Sequence<Int>, theme: Theme) -> [UInt8] {
        var out: [UInt8] = []
        guard !buffer.linkRuns.isEmpty else { return [] }
        for y in rows where y >= 0 && y < buffer.height {
            for run in buffer.linkRuns(onRow: y) {
                let end = min(run.x + run.count, buffer.width)
                guard run.x < end else { continue }
                append(run: run.x..<end, y: y, link: run.url, of: buffer, theme: theme, to: &out)
            }
        }
        return out
    }

    private static func append(run: Range<Int>, y: Int, link: String, of buffer: ScreenBuffer, theme: Theme, to out: inout [UInt8]) {
        out += Array("\u{1B}7\u{1B}[\(y + 1);\(run.lowerBound + 1)H".utf8)
        out += Array("\u{1B}]8;;".utf8) + encoded(link) + Array("\u{1B}\\".utf8)
        var style: Style?
        for x in run {
            let cell = buffer[x, y]
            if cell.isContinuation { continue }
            if cell.style != style {
                out += sgr(cell.style, theme: theme)
                style = cell.style
            }
            out += Array(cell.grapheme.utf8)
        }
        out += Array("\u{1B}]8;;\u{1B}\\\u{1B}8".utf8)
    }

    static func encoded(_ url: String) -> [UInt8] {
        var out: [UInt8] = []
        for byte in url.utf8 {
            if byte > 0x20 && byte < 0x7F {
                out.append(byte)
            } else {
                out += Array("%\(hex(byte >> 4))\(hex(byte & 0xF))".utf8)
            }
        }
        return out
    }

    private static func hex(_ nibble: UInt8) -> String { String(nibble, radix: 16, uppercase: true) }

    /// The SGR sequence for a cell's look: reset, then attributes and the theme's colours.
    static func sgr(_ style: Style, theme: Theme) -> [UInt8] {
        var codes = ["0"]
        let attributes = theme.attributes(for: style)
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        if theme.mode == .color {
            let look = theme.look(for: style.role)
            if look.foreground != .terminalDefault {
                codes.append(ColorDegrading.sgr(theme.number(for: look.foreground), base: 30, colorCount: theme.colorCount))
            }
            if look.background != .terminalDefault {
                codes.append(ColorDegrading.sgr(theme.number(for: look.background), base: 40, colorCount: theme.colorCount))
            }
        }
        return Array("\u{1B}[\(codes.joined(separator: ";"))m".utf8)
    }
}
