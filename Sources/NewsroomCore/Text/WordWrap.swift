/// Word wrapping to a column width.
///
/// CONTRACT (placeholder body): each returned line has `DisplayWidth.of(line) <= width`
/// (for width >= 2; width 1 still never splits a grapheme), no grapheme is split, long words
/// break at soft hyphens or hyphens before being cut. "\n" in the input is a hard break.
public enum WordWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if DisplayWidth.of(candidate) <= width {
                    line = candidate
                } else {
                    if !line.isEmpty { lines.append(line) }
                    line = ""
                    for character in word {
                        if DisplayWidth.of(line) + DisplayWidth.of(character) > width {
                            lines.append(line)
                            line = ""
                        }
                        line.append(character)
                    }
                }
            }
            lines.append(line)
        }
        return lines
    }
}
