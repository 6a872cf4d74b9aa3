/// Recognises the blocks of a page dump, top to bottom (spec table "Structure"):
/// headlines, breadcrumb, image credit, kicker, title, teaser, separator, body, separator,
/// contact block, copyright, date line, related. Every block but the title may be missing.
struct DumpBlockReader {
    let text: DumpText
    let lines: [DumpLine]
    private var index = 0

    init(text: DumpText, lines: [DumpLine]) {
        self.text = text
        self.lines = lines
    }

    /// The article, or nil when there is no title line.
    mutating func read() -> Article? {
        var headlines: [String] = []
        skipBlank()
        while index < lines.count, let headline = bulletText(lines[index]) {
            if !headline.isEmpty { headlines.append(headline) }
            index += 1
            skipBlank()
        }

        var publication: String?
        var section: String?
        if index < lines.count, isBreadcrumb(at: index) {
            (publication, section) = breadcrumb(lines[index])
            index += 1
            skipBlank()
        }

        var imageCredit: String?
        if index < lines.count, text.hasPrefix(lines[index], "Quelle:") {
            let line = lines[index]
            imageCredit = text.trimmedString(line.start + 7, line.end)
            index += 1
            skipBlank()
        }

        var kicker: String?
        if index < lines.count, isKicker(lines[index]) {
            let line = lines[index]
            kicker = text.trimmedString(line.start, line.end - 1)
            index += 1
            skipBlank()
        }

        guard index < lines.count, !lines[index].isSeparator else { return nil }
        let title = text.string(lines[index])
        index += 1
        skipBlank()

        var teaser: String?
        if index < lines.count, !lines[index].isSeparator, !isTrailerLine(lines[index]) {
            teaser = text.string(lines[index])
            index += 1
        }

        var article = Article(
            title: title, kicker: kicker, teaser: teaser, publication: publication, section: section,
            imageCredit: imageCredit, headlines: headlines)
        readBodyAndTrailer(into: &article)
        return article
    }

    // MARK: Body and what follows it

    /// Lines before the first separator that are not header blocks are ignored (the teaser is
    /// one line). The body runs to the second separator, whatever lies between; without one
    /// it ends at the first copyright, date or "Mehr zum Thema" line, and there is then no
    /// contact block (its lines would be indistinguishable from body text).
    private mutating func readBodyAndTrailer(into article: inout Article) {
        guard let opening = nextSeparator(from: index) else {
            readTrailer(from: index, into: &article)
            return
        }
        var bodyEnd = opening + 1
        while bodyEnd < lines.count, !lines[bodyEnd].isSeparator { bodyEnd += 1 }
        let closed = bodyEnd < lines.count
        if !closed {
            bodyEnd = opening + 1
            while bodyEnd < lines.count, !isTrailerLine(lines[bodyEnd]) { bodyEnd += 1 }
        }
        article.body = paragraphs(opening + 1, bodyEnd)
        guard closed else {
            readTrailer(from: bodyEnd, into: &article)
            return
        }
        var contactEnd = bodyEnd + 1
        while contactEnd < lines.count, !isTrailerLine(lines[contactEnd]) { contactEnd += 1 }
        article.contacts = DumpContacts.read(text, lines[(bodyEnd + 1)..<contactEnd])
        readTrailer(from: contactEnd, into: &article)
    }

    /// Copyright, date line and related list, in any order up to "Mehr zum Thema"; the first
    /// of each counts, other lines are ignored.
    private func readTrailer(from start: Int, into article: inout Article) {
        var i = start
        while i < lines.count {
            let line = lines[i]
            i += 1
            if line.isEmpty { continue }
            if isRelatedHeading(line) {
                while i < lines.count {
                    if !lines[i].isEmpty { article.related.append(text.string(lines[i])) }
                    i += 1
                }
                return
            }
            if article.copyright == nil, isCopyright(line) {
                article.copyright = text.string(line)
            } else if article.published == nil, let date = GermanDateLine.parse(text, line) {
                article.published = date
            }
        }
    }

    /// One paragraph per run of non-blank lines, the run's lines joined with one space.
    private func paragraphs(_ from: Int, _ to: Int) -> [String] {
        var result: [String] = []
        var runStart = from
        var i = from
        while i <= to {
            if i == to || lines[i].isEmpty {
                if i > runStart { result.append(text.joined(lines[runStart..<i])) }
                runStart = i + 1
            }
            i += 1
        }
        return result
    }

    // MARK: Line recognisers

    private mutating func skipBlank() {
        while index < lines.count, lines[index].isBlank { index += 1 }
    }

    private func nextSeparator(from start: Int) -> Int? {
        var i = start
        while i < lines.count {
            if lines[i].isSeparator { return i }
            if isTrailerLine(lines[i]) { return nil }
            i += 1
        }
        return nil
    }

    /// Text after a leading `•` (U+2022), trimmed; nil when the line is no bullet.
    private func bulletText(_ line: DumpLine) -> String? {
        guard text.hasPrefix(line, "\u{2022}") else { return nil }
        return text.trimmedString(line.start + 3, line.end)
    }

    /// A line with ` > ` is the breadcrumb, unless it looks like a kicker or it is the last
    /// content line before the separator (then it can only be the title: the title is the one
    /// block that is never missing).
    private func isBreadcrumb(at i: Int) -> Bool {
        let line = lines[i]
        guard text.find(" > ", from: line.start, end: line.end) != nil, !isKicker(line) else { return false }
        var next = i + 1
        while next < lines.count, lines[next].isBlank { next += 1 }
        return next < lines.count && !lines[next].isSeparator && !isTrailerLine(lines[next])
    }

    /// Publication = text before the first ` > `; section = text after it up to the first ` - `.
    private func breadcrumb(_ line: DumpLine) -> (String?, String?) {
        guard let gt = text.find(" > ", from: line.start, end: line.end) else { return (nil, nil) }
        let publication = text.trimmedString(line.start, gt)
        let sectionStart = gt + 3
        let sectionEnd = text.find(" - ", from: sectionStart, end: line.end) ?? line.end
        let section = text.trimmedString(sectionStart, sectionEnd)
        return (publication.isEmpty ? nil : publication, section.isEmpty ? nil : section)
    }

    /// A line ending in `:` whose letters (at least one) are all upper case: `STADTWERKE:`,
    /// `ÖKOSTROM:`, `E-MOBILITÄT:`. Letters without case (CJK) don't count as upper case.
    private func isKicker(_ line: DumpLine) -> Bool {
        guard line.end - line.start >= 2, text.bytes[line.end - 1] == UInt8(ascii: ":") else { return false }
        var sawLetter = false
        var i = line.start
        while i < line.end - 1 {
            let b = text.bytes[i]
            if b >= 0x80 { return isUpperCaseLabel(text.string(line.start, line.end - 1)) }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { sawLetter = true }
            i += 1
        }
        return sawLetter
    }

    private func isUpperCaseLabel(_ label: String) -> Bool {
        var sawLetter = false
        for scalar in label.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            sawLetter = true
        }
        return sawLetter
    }

    private func isCopyright(_ line: DumpLine) -> Bool { text.hasPrefix(line, "\u{00A9}") }

    private func isRelatedHeading(_ line: DumpLine) -> Bool { text.equals(line, "Mehr zum Thema") }

    /// Lines that end the body/contact block: copyright, date line, "Mehr zum Thema".
    private func isTrailerLine(_ line: DumpLine) -> Bool {
        if line.isEmpty { return false }
        return isCopyright(line) || isRelatedHeading(line) || GermanDateLine.parse(text, line) != nil
    }
}
