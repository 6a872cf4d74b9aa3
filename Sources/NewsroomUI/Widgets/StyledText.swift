import NewsroomCore

/// Text whose characters carry a style and, for link text, the number of the link: the article
/// layout builds one per block from its inline spans and wraps it into `ArticleLine`s.
///
/// Wrapping uses the one `WordWrap` on the plain text and then walks the wrapped lines against
/// the characters to give every shown character its run's style back (a break drops spaces and
/// soft hyphens, shows "-" for a soft hyphen, and "\u{FFFD}" for a cluster too wide to show).
struct StyledText {
    struct Run {
        var text: String
        var style: Style
        var link: Int?
    }

    private(set) var runs: [Run] = []

    mutating func append(_ text: String, _ style: Style, link: Int? = nil) {
        guard !text.isEmpty else { return }
        if let last = runs.last, last.style == style, last.link == link {
            runs[runs.count - 1].text += text
        } else {
            runs.append(Run(text: text, style: style, link: link))
        }
    }

    var isEmpty: Bool { runs.isEmpty }

    /// The runs sanitized and joined, with each character's run index.
    private func characters(keepingLineBreaks: Bool) -> (text: String, owners: [Int]) {
        var text = ""
        var boundaries: [(end: Int, run: Int)] = []
        for (index, run) in runs.enumerated() {
            text += keepingLineBreaks ? Sanitizer.displayKeepingLineBreaks(run.text) : Sanitizer.display(run.text)
            boundaries.append((text.utf8.count, index))
        }
        var owners: [Int] = []
        var boundary = 0
        var offset = 0
        for character in text {
            while boundary < boundaries.count - 1, offset >= boundaries[boundary].end { boundary += 1 }
            owners.append(boundaries[boundary].run)
            offset += character.utf8.count
        }
        return (text, owners)
    }

    /// Word-wrapped lines of at most `width` columns, each a list of segments.
    func wrapped(width: Int) -> [[Segment]] {
        guard width > 0, !runs.isEmpty else { return [] }
        let (text, owners) = characters(keepingLineBreaks: true)
        let source = Array(text)
        var position = 0
        return TextFit.wrap(text, width: width).map { line in
            var segments = SegmentBuilder()
            for character in line {
                // Skip what the wrapper dropped at a break: spaces, line breaks, soft hyphens.
                while position < source.count, source[position] != character,
                      source[position] == " " || source[position] == "\n" || source[position] == "\u{AD}",
                      !(character == "-" && source[position] == "\u{AD}") {
                    position += 1
                }
                let owner = owners[min(position, owners.count - 1)]
                segments.add(character, runs[owner])
                if position < source.count { position += 1 }
            }
            return segments.segments
        }
    }

    /// Lines cut at `width` columns with every space kept (preformatted text): source line
    /// breaks are kept, a longer line continues on the next screen line.
    func chunked(width: Int) -> [[Segment]] {
        guard width > 0, !runs.isEmpty else { return [] }
        let (text, owners) = characters(keepingLineBreaks: true)
        var lines: [[Segment]] = []
        var current = SegmentBuilder()
        var used = 0
        for (index, character) in text.enumerated() {
            if character == "\n" {
                lines.append(current.segments)
                current = SegmentBuilder()
                used = 0
                continue
            }
            let columns = DisplayWidth.of(character)
            if used + columns > width, used > 0 {
                lines.append(current.segments)
                current = SegmentBuilder()
                used = 0
            }
            guard columns <= width else { continue }
            current.add(character, runs[owners[index]])
            used += columns
        }
        if !current.segments.isEmpty || lines.isEmpty { lines.append(current.segments) }
        return lines
    }
}

/// Collects characters into segments, one per run of equal style and link.
private struct SegmentBuilder {
    var segments: [Segment] = []

    mutating func add(_ character: Character, _ run: StyledText.Run) {
        if let last = segments.last, last.style == run.style, last.link == run.link {
            segments[segments.count - 1].text.append(character)
        } else {
            segments.append(Segment(String(character), run.style, link: run.link))
        }
    }
}
