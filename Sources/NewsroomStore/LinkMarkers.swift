import NewsroomCore

/// Reads the link markers that bodies stored before schema v5 carry (`the new timetable [1]
/// on Monday`, with the URLs in a separate list) back into an article document.
///
/// The old text kept no record of where a link's text began, only where it ended: the word
/// right before a marker becomes the link's text (`timetable` above). A marker is ` [n]`
/// with `n` a number of the list; anything else in brackets is text and stays.
enum LinkMarkers {
    static func blocks(_ paragraphs: [String], links: [String]) -> [ArticleBlock] {
        paragraphs.map { ArticleBlock(.paragraph, spans: spans(of: $0, links: links)) }
    }

    static func spans(of paragraph: String, links: [String]) -> [InlineSpan] {
        let bytes = Array(paragraph.utf8)
        var spans: [InlineSpan] = []
        var text: [UInt8] = []
        func flush(_ run: ArraySlice<UInt8>, link: String? = nil) {
            guard !run.isEmpty else { return }
            spans.append(InlineSpan(String(decoding: run, as: UTF8.self), link: link))
        }
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: " "), let (number, end) = marker(bytes, at: i + 1), number <= links.count {
                // The word before the marker is the link's text.
                let wordStart = (text.lastIndex(of: UInt8(ascii: " ")).map { $0 + 1 }) ?? 0
                flush(text[..<wordStart])
                flush(text[wordStart...], link: links[number - 1])
                text.removeAll()
                i = end
                continue
            }
            text.append(bytes[i])
            i += 1
        }
        flush(text[...])
        return spans.isEmpty ? [InlineSpan("")] : spans
    }

    /// `[n]` at `start` (n from 1): the number and the index after `]`.
    private static func marker(_ bytes: [UInt8], at start: Int) -> (Int, Int)? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "[") else { return nil }
        var i = start + 1
        var number = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, i - start <= 6 {
            number = number * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        guard i > start + 1, i < bytes.count, bytes[i] == UInt8(ascii: "]"), number >= 1 else { return nil }
        return (number, i + 1)
    }
}
