import NewsroomCore

/// Lays an article out into lines, top to bottom:
///
///     KICKER                              <- the article's own text, untouched
///     Title
///     Publication · Section
///     Monday 22 January 2024, 15:32 (UTC+01:00)
///     Teaser
///     Body blocks: paragraphs, headings, list items, quotes, preformatted text; link text
///     styled with its number after it: "the council's plan[2]"
///     Image: credit
///     ┌ Editor ─────┐                     <- each contact as a box of its own
///     │ Name, role, Phone, Fax, Email, channels
///     └─────────────┘
///     © line
///     Links: [1] URL ...                  <- the numbered references
///     On this page / Related: one selectable title per line
///
/// English labels only; every string passes the `Sanitizer` (in `StyledText` / `TextFit`).
struct ArticleLayout {
    let width: Int
    var lines: [ArticleLine] = []
    var titleEntries: [TitleEntry] = []
    var links: [LinkEntry] = []
    private var linkNumbers: [String: Int] = [:]

    init(width: Int) {
        self.width = width
    }

    mutating func build(_ article: Article, row: HeadlineRow?) {
        if let kicker = article.kicker ?? row?.kicker, !kicker.isEmpty {
            text(kicker, Style(.kicker, bold: true))
        }
        text(article.title, Style(.title, bold: true))
        let source = [article.publication, article.section].compactMap { $0 }.filter { !$0.isEmpty }
        if !source.isEmpty { text(source.joined(separator: " · "), Style(.dim)) }
        if let published = article.published ?? row?.published {
            text(DateText.long(published), Style(.dim))
        }
        blank()
        if let teaser = article.teaser, !teaser.isEmpty, !Self.bodyRepeats(teaser, article.blocks) {
            text(teaser, Style(.emphasis))
            blank()
        }
        for block in article.blocks where !block.spans.allSatisfy({ $0.text.isEmpty }) {
            self.block(block)
            blank()
        }
        if let credit = article.imageCredit, !credit.isEmpty {
            text("Image: " + credit, Style(.dim))
            blank()
        }
        for contact in article.contacts {
            contactBox(contact)
        }
        if let copyright = article.copyright, !copyright.isEmpty {
            text(copyright, Style(.dim))
            blank()
        }
        references(enclosures: article.enclosures)
        titleList("On this page", article.headlines)
        titleList("Related", article.related)
        while lines.last == .blank { lines.removeLast() }
    }

    /// A feed item without full content has its description as teaser and as body: the
    /// teaser is shown only when the body does not start with it.
    static func bodyRepeats(_ teaser: String, _ blocks: [ArticleBlock]) -> Bool {
        func words(_ text: String) -> [Substring] { text.split(whereSeparator: { $0.isWhitespace }) }
        let teaserWords = words(teaser)
        var bodyWords: [Substring] = []
        for block in blocks where bodyWords.count < teaserWords.count { bodyWords += words(block.bodyText) }
        return !teaserWords.isEmpty && bodyWords.starts(with: teaserWords)
    }

    // MARK: Blocks

    private mutating func block(_ block: ArticleBlock) {
        var styled = StyledText()
        for (index, span) in block.spans.enumerated() {
            let number = span.link.flatMap { linkNumber(for: $0) }
            styled.append(span.text, style(of: span, in: block.kind, linked: number != nil), link: number)
            // The reference number goes after the last span of the link's text.
            let next = index + 1 < block.spans.count ? block.spans[index + 1].link : nil
            if let number, next != span.link {
                styled.append("[\(number + 1)]", Style(.dim), link: number)
            }
        }
        switch block.kind {
        case .paragraph, .heading:
            place(styled.wrapped(width: width))
        case .listItem(let number):
            hanging(number.map { "\($0). " } ?? "• ", styled)
        case .quote:
            let bar = width > 4 ? "│ " : ""
            for line in styled.wrapped(width: width - bar.count) {
                lines.append(ArticleLine([Segment(bar, Style(.border))] + line))
            }
        case .preformatted:
            place(styled.chunked(width: width))
        }
    }

    private func style(of span: InlineSpan, in kind: ArticleBlock.Kind, linked: Bool) -> Style {
        var style: Style
        if linked {
            style = Style(.link, underline: true)
        } else if span.style.contains(.code) || kind == .preformatted {
            style = Style(.code)
        } else if span.style.contains(.emphasis) || kind == .quote {
            style = Style(.emphasis)
        } else {
            style = .plain
        }
        if span.style.contains(.strong) { style.bold = true }
        if case .heading = kind {
            style.bold = true
            if !linked { style.role = .title }
        }
        return style
    }

    /// The number of a web link (0-based), given on first sight; nil for anything that must
    /// not become a link (`javascript:`, `data:`, `file:`...): its text stays plain text.
    private mutating func linkNumber(for url: String) -> Int? {
        guard WebLink.isOpenable(url) else { return nil }
        if let number = linkNumbers[url] { return number }
        let number = links.count
        linkNumbers[url] = number
        links.append(LinkEntry(url: url, line: Int.max, number: number + 1))  // set where it is placed
        return number
    }

    private mutating func place(_ wrapped: [[Segment]]) {
        for segments in wrapped {
            for link in Set(segments.compactMap(\.link)) where links[link].line > lines.count {
                links[link].line = lines.count
            }
            lines.append(ArticleLine(segments))
        }
    }

    /// A list item: the bullet or number, and the text indented under it.
    private mutating func hanging(_ marker: String, _ styled: StyledText) {
        let indent = DisplayWidth.of(marker)
        guard width > indent + 4 else { return place(styled.wrapped(width: width)) }
        let pad = String(repeating: " ", count: indent)
        for (index, line) in styled.wrapped(width: width - indent).enumerated() {
            place([[Segment(index == 0 ? marker : pad, .plain)] + line])
        }
    }

    // MARK: Other parts

    private mutating func text(_ text: String, _ style: Style) {
        var styled = StyledText()
        styled.append(text, style)
        place(styled.wrapped(width: width))
    }

    private mutating func blank() {
        if let last = lines.last, last != .blank { lines.append(.blank) }
    }

    /// The numbered link list, each line part of its link (selecting a link highlights it
    /// here too), then enclosures (podcasts, images) as further numbers.
    private mutating func references(enclosures: [String]) {
        for url in enclosures { _ = linkNumber(for: url) }
        guard !links.isEmpty else { return }
        text("Links", Style(.accent, bold: true))
        for entry in links {
            var styled = StyledText()
            styled.append("[\(entry.number)] ", Style(.dim), link: entry.number - 1)
            styled.append(entry.url, Style(.link), link: entry.number - 1)
            // Enclosures have no text in the body: their reference line is where they are.
            place(styled.wrapped(width: width))
        }
        blank()
    }

    private mutating func titleList(_ heading: String, _ titles: [String]) {
        let titles = titles.filter { !$0.isEmpty }
        guard !titles.isEmpty else { return }
        text(heading, Style(.accent, bold: true))
        for title in titles {
            let index = titleEntries.count
            titleEntries.append(TitleEntry(title: title, line: lines.count))
            // One line per title, so the cursor moves title by title.
            lines.append(ArticleLine([Segment(TextFit.truncate("• " + title, width: width), .plain)], titleEntry: index))
        }
        blank()
    }

    /// A contact (the editor of a page, the author of a feed item) as a box of its own.
    private mutating func contactBox(_ contact: Contact) {
        var rows: [Segment] = [Segment(contact.name, Style(.accent, bold: true))]
        if let role = contact.role, !role.isEmpty { rows.append(Segment(role, .plain)) }
        if let phone = contact.phone, !phone.isEmpty { rows.append(Segment("Phone " + phone, .plain)) }
        if let fax = contact.fax, !fax.isEmpty { rows.append(Segment("Fax " + fax, .plain)) }
        if let email = contact.email, !email.isEmpty { rows.append(Segment("Email " + email, .plain)) }
        if !contact.channels.isEmpty { rows.append(Segment(contact.channels.joined(separator: " · "), Style(.dim))) }

        // As wide as the text column: its edges line up with the body's.
        let boxWidth = width
        guard boxWidth >= 8 else {
            for row in rows { text(row.text, row.style) }
            blank()
            return
        }
        let border = Style(.border)
        let inner = boxWidth - 4
        let label = TextFit.truncate(" Editor ", width: boxWidth - 3)
        let topRule = String(repeating: "─", count: max(0, boxWidth - 2 - DisplayWidth.of(label)))
        lines.append(ArticleLine([Segment("┌" + label + topRule + "┐", border)]))
        for row in rows {
            for piece in TextFit.wrap(row.text, width: inner) {
                lines.append(ArticleLine([
                    Segment("│ ", border), Segment(TextFit.pad(piece, width: inner), row.style), Segment(" │", border),
                ]))
            }
        }
        lines.append(ArticleLine([Segment("└" + String(repeating: "─", count: boxWidth - 2) + "┘", border)]))
        blank()
    }
}
