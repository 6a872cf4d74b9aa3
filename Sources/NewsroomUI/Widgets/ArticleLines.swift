import NewsroomCore

/// A run of text in one style within an article line.
public struct Segment: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One screen line of a laid-out article.
public struct ArticleLine: Equatable, Sendable {
    public var segments: [Segment]
    /// Index into `ArticleLines.titleEntries` when this line is a selectable title.
    public var titleEntry: Int?

    public init(_ segments: [Segment] = [], titleEntry: Int? = nil) {
        self.segments = segments
        self.titleEntry = titleEntry
    }

    public static let blank = ArticleLine()
}

/// A title at the end of an article (the page's headline list, related articles) that opens
/// the article of that title when it is in the library.
public struct TitleEntry: Equatable, Sendable {
    public var title: String
    public var line: Int
}

/// An article laid out for one pane width: built once when the article opens or the width
/// changes, so that scrolling draws only the visible lines.
public struct ArticleLines: Equatable, Sendable {
    public var width: Int
    public var lines: [ArticleLine]
    public var titleEntries: [TitleEntry]

    public init(article: Article, row: HeadlineRow, width: Int) {
        var builder = Builder(width: max(1, width))
        builder.build(article, row: row)
        self.width = max(1, width)
        self.lines = builder.lines
        self.titleEntries = builder.titleEntries
    }

    private struct Builder {
        let width: Int
        var lines: [ArticleLine] = []
        var titleEntries: [TitleEntry] = []

        mutating func text(_ text: String, _ style: Style, indent: Int = 0) {
            let pad = String(repeating: " ", count: min(indent, width - 1))
            for line in TextFit.wrap(text, width: width - pad.count) {
                lines.append(ArticleLine([Segment(pad + line, style)]))
            }
        }

        mutating func blank() {
            if let last = lines.last, last != .blank { lines.append(.blank) }
        }

        mutating func build(_ article: Article, row: HeadlineRow) {
            if let kicker = article.kicker ?? row.kicker, !kicker.isEmpty {
                text(kicker.uppercased(), Style(.kicker, bold: true))
            }
            text(article.title, Style(.title, bold: true))
            let source = [article.publication, article.section].compactMap { $0 }.filter { !$0.isEmpty }
            if !source.isEmpty { text(source.joined(separator: " · "), Style(.dim)) }
            if let published = article.published ?? row.published {
                text(GermanDateFormat.long(published), Style(.dim))
            }
            blank()
            if let teaser = article.teaser, !teaser.isEmpty {
                text(teaser, Style(.emphasis))
                blank()
            }
            for paragraph in article.body where !paragraph.isEmpty {
                text(paragraph, .plain)
                blank()
            }
            if let credit = article.imageCredit, !credit.isEmpty {
                text("Bild: " + credit, Style(.dim))
                blank()
            }
            for contact in article.contacts {
                contactBox(contact)
            }
            if let copyright = article.copyright, !copyright.isEmpty {
                text(copyright, Style(.dim))
                blank()
            }
            let urls = article.links + article.enclosures
            if !urls.isEmpty {
                text("Links", Style(.accent, bold: true))
                for (number, url) in urls.enumerated() {
                    text("[\(number + 1)] " + url, Style(.dim))
                }
                blank()
            }
            titleList("On this page", article.headlines)
            titleList("Related", article.related)
            while lines.last == .blank { lines.removeLast() }
        }

        mutating func titleList(_ heading: String, _ titles: [String]) {
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

        /// The editor's contact as a box of its own (page dumps) or an author line (feeds).
        mutating func contactBox(_ contact: Contact) {
            var rows: [Segment] = [Segment(contact.name, Style(.accent, bold: true))]
            if let role = contact.role, !role.isEmpty { rows.append(Segment(role, .plain)) }
            if let phone = contact.phone, !phone.isEmpty { rows.append(Segment("Tel. " + phone, .plain)) }
            if let fax = contact.fax, !fax.isEmpty { rows.append(Segment("Fax " + fax, .plain)) }
            if let email = contact.email, !email.isEmpty { rows.append(Segment(email, .plain)) }
            if !contact.channels.isEmpty { rows.append(Segment(contact.channels.joined(separator: " · "), Style(.dim))) }

            let boxWidth = min(width, 64)
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
}
