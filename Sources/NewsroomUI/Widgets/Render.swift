import NewsroomCore

/// The whole screen for a state: header, rule, panes, status line, overlays. Pure: the same
/// state always gives the same cells, so snapshot tests can compare it with golden files.
/// Costs O(visible cells): rows come from the state's page cache, article lines are pre-wrapped.
public func render(_ state: AppState, keyMap: KeyMap = .standard) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: state.width, height: state.height)
    let layout = state.layout
    if layout.mode == .tooSmall {
        // Wrapped over the rows there are, so a narrow terminal still says what it needs.
        let message = "Terminal too small: \(Layout.minimumWidth)x\(Layout.minimumHeight) needed"
        // Whole words per row; a word wider than the terminal is cut with "…".
        var lines: [String] = []
        for word in message.split(separator: " ") {
            if let last = lines.last, DisplayWidth.of(last) + 1 + DisplayWidth.of(word) <= state.width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        for (y, line) in lines.prefix(state.height).enumerated() {
            buffer.put(TextFit.truncate(line, width: state.width), x: 0, y: y, style: Style(.error))
        }
        return buffer
    }
    HeaderWidget.draw(state, layout: layout, into: &buffer)
    if EmptyLibraryWidget.applies(to: state) {
        EmptyLibraryWidget.draw(in: Rect(x: 0, y: 2, width: state.width, height: max(1, state.height - 3)), into: &buffer)
    } else {
        if let list = layout.list {
            switch state.view {
            case .bookmarks: HeadlineListWidget.drawBookmarks(state, in: list, into: &buffer)
            case .headlines: HeadlineListWidget.drawHeadlines(state, in: list, into: &buffer)
            case .sources: SourcesWidget.draw(state, in: list, into: &buffer)
            }
        }
        if let x = layout.ruleX {
            buffer.verticalLine(x: x, y: 2, count: layout.listHeight)
        }
        if let y = layout.ruleY {
            buffer.horizontalLine(x: 0, y: y, count: state.width)
        }
        if let area = layout.article {
            ArticlePaneWidget.draw(state, in: area, into: &buffer)
        }
    }
    StatusLineWidget.draw(state, keyMap: keyMap, in: layout.status, into: &buffer)
    if state.showHelp {
        HelpOverlay.draw(keyMap: keyMap, width: state.width, height: state.height, into: &buffer)
    }
    return buffer
}
