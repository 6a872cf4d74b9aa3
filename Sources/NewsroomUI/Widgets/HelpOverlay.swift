/// The `?` overlay: every command with its keys, in a box over the middle of the screen.
enum HelpOverlay {
    /// Commands that share a row (`n / p`), so that every row fits an 80x24 terminal.
    static let pairs: [(Command, Command, String)] = [
        (.moveUp, .moveDown, "previous / next line, scroll"),
        (.pageUp, .pageDown, "page up / down"),
        (.top, .bottom, "first / last headline, top / end of article"),
        (.nextArticle, .previousArticle, "next / previous article"),
        (.nextLink, .previousLink, "select the next / previous link in the article"),
        (.toggleRead, .markAllRead, "read / unread; the whole list read (asks y/n)"),
        (.showSources, .showBookmarks, "sources (unread counts) / bookmarks view"),
        (.toggleHelp, .quit, "this help / quit"),
    ]

    /// One row per command (or pair of commands) that has a key: its keys and its summary.
    static func rows(_ keyMap: KeyMap) -> [(keys: String, summary: String)] {
        var rows: [(keys: String, summary: String)] = []
        for command in Command.allCases where !pairs.contains(where: { $0.1 == command }) {
            let keys = keyMap.keys(for: command).joined(separator: " ")
            if let pair = pairs.first(where: { $0.0 == command }) {
                let other = keyMap.keys(for: pair.1).joined(separator: " ")
                if !keys.isEmpty, !other.isEmpty {
                    rows.append((keys + " / " + other, pair.2))
                } else if !keys.isEmpty || !other.isEmpty {
                    rows.append(keys.isEmpty ? (other, pair.1.summary) : (keys, command.summary))
                }
            } else if !keys.isEmpty {
                rows.append((keys, command.summary))
            }
        }
        return rows
    }

    static func draw(keyMap: KeyMap, width: Int, height: Int, into buffer: inout ScreenBuffer) {
        let rows = rows(keyMap)
        let boxWidth = min(width - 2, 72)
        let boxHeight = min(height - 2, rows.count + 4)
        guard boxWidth >= 10, boxHeight >= 3 else { return }
        let box = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        let border = Style(.border)
        buffer.fill(box)
        buffer.put("┌" + TextFit.truncate(" Keys ", width: boxWidth - 2), x: box.x, y: box.y, style: border)
        let titleEnd = box.x + 1 + min(6, boxWidth - 2)
        buffer.horizontalLine(x: titleEnd, y: box.y, count: box.x + boxWidth - 1 - titleEnd)
        buffer.put("┐", x: box.x + boxWidth - 1, y: box.y, style: border)
        buffer.verticalLine(x: box.x, y: box.y + 1, count: boxHeight - 2)
        buffer.verticalLine(x: box.x + boxWidth - 1, y: box.y + 1, count: boxHeight - 2)
        buffer.put("└", x: box.x, y: box.y + boxHeight - 1, style: border)
        buffer.horizontalLine(x: box.x + 1, y: box.y + boxHeight - 1, count: boxWidth - 2)
        buffer.put("┘", x: box.x + boxWidth - 1, y: box.y + boxHeight - 1, style: border)

        let inner = Rect(x: box.x + 2, y: box.y + 1, width: boxWidth - 4, height: boxHeight - 2)
        let keyColumn = min(18, inner.width / 3)
        var y = inner.y
        for row in rows where y < inner.y + inner.height - 1 {
            buffer.put(TextFit.pad(row.keys, width: keyColumn), x: inner.x, y: y, style: Style(.accent, bold: true), clip: inner)
            buffer.put(TextFit.truncate(row.summary, width: inner.width - keyColumn - 1), x: inner.x + keyColumn + 1, y: y, clip: inner)
            y += 1
        }
        buffer.put(TextFit.truncate("Any key closes this help.", width: inner.width), x: inner.x, y: inner.y + inner.height - 1, style: Style(.dim), clip: inner)
    }
}
