/// What a new user sees on an empty library: how to add articles.
enum EmptyLibraryWidget {
    static func applies(to state: AppState) -> Bool {
        state.view == .headlines && state.headlines.total == 0 && state.filter.active == .all
    }

    static func draw(in area: Rect, into buffer: inout ScreenBuffer) {
        // (text, indent, style)
        let lines: [(String, Int, Style)] = [
            ("Your library is empty.", 0, Style(.title, bold: true)),
            ("", 0, .plain),
            ("Add page dumps, feeds or folders of them:", 0, .plain),
            ("newsroom add PATH", 2, Style(.accent)),
            ("or read files directly (they are added too):", 0, .plain),
            ("newsroom PATH", 2, Style(.accent)),
            ("", 0, .plain),
            ("q quits.", 0, Style(.dim)),
        ]
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: max(0, area.width - 4), height: max(0, area.height - 1))
        var y = inner.y
        for (text, indent, style) in lines {
            if text.isEmpty { y += 1; continue }
            for piece in TextFit.wrap(text, width: max(1, inner.width - indent)) {
                buffer.put(piece, x: inner.x + indent, y: y, style: style, clip: inner)
                y += 1
            }
        }
    }
}
