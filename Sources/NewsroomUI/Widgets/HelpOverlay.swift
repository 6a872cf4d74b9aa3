/// The `?` overlay: every command with its keys, in a box over the middle of the screen.
enum HelpOverlay {
    static func draw(keyMap: KeyMap, width: Int, height: Int, into buffer: inout ScreenBuffer) {
        let commands = Command.allCases.filter { !keyMap.keys(for: $0).isEmpty }
        let boxWidth = min(width - 2, 72)
        let boxHeight = min(height - 2, commands.count + 4)
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
        let keyColumn = min(16, inner.width / 3)
        var y = inner.y
        for command in commands where y < inner.y + inner.height - 1 {
            let keys = keyMap.keys(for: command).joined(separator: " ")
            buffer.put(TextFit.pad(keys, width: keyColumn), x: inner.x, y: y, style: Style(.accent, bold: true), clip: inner)
            buffer.put(TextFit.truncate(command.summary, width: inner.width - keyColumn - 1), x: inner.x + keyColumn + 1, y: y, clip: inner)
            y += 1
        }
        buffer.put(TextFit.truncate("Any key closes this help.", width: inner.width), x: inner.x, y: inner.y + inner.height - 1, style: Style(.dim), clip: inner)
    }
}
