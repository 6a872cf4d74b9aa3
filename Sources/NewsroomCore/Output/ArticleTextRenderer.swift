/// The readable, plain-text form of an article for `newsroom parse` (no terminal codes):
///
///     Energiewirtschaft Heute · Netze            <- publication · section
///     NETZAUSBAU                                 <- kicker
///     Title, wrapped                             <- then an underline
///     Teaser, wrapped
///     Body paragraphs, wrapped, one blank line apart
///     Foto: image credit
///     ┌ Kontakt zur Redaktion                    <- editor contacts, set apart
///     │ Name / role / Telefon / Fax / E-Mail / channels
///     └
///     © line, then the date as `Montag, 22. Januar 2024, 15:32 Uhr`
///     Mehr zum Thema / Schlagzeilen: bulleted lists
///
/// Every string from the article passes `Sanitizer.display` before it is wrapped, so no
/// control character, escape sequence or bidi override reaches the output.
public enum ArticleTextRenderer {
    /// Narrower widths are rendered at this width: below it nothing useful fits.
    public static let minimumWidth = 16

    public static func render(_ article: Article, width: Int) -> String {
        let width = max(width, minimumWidth)
        var out: [String] = []
        func wrapped(_ text: String, indent: String = "", width w: Int = width) {
            for line in WordWrap.wrap(Sanitizer.display(text), width: w - DisplayWidth.of(indent)) {
                out.append(indent + line)
            }
        }
        func blank() { if let last = out.last, !last.isEmpty { out.append("") } }

        let source = [article.publication, article.section].compactMap { $0 }.filter { !$0.isEmpty }
        if !source.isEmpty { wrapped(source.joined(separator: " · ")) }
        if let kicker = article.kicker { wrapped(kicker) }
        let titleStart = out.count
        wrapped(article.title)
        let titleWidth = out[titleStart...].map { DisplayWidth.of($0) }.max() ?? 0
        out.append(String(repeating: "═", count: max(1, min(titleWidth, width))))
        if let teaser = article.teaser {
            wrapped(teaser)
        }
        for paragraph in article.body {
            blank()
            wrapped(paragraph)
        }
        if let credit = article.imageCredit {
            blank()
            wrapped("Foto: " + credit)
        }
        if !article.contacts.isEmpty {
            blank()
            let heading = article.contacts.count == 1 ? "Kontakt zur Redaktion" : "Kontakte zur Redaktion"
            for (k, line) in WordWrap.wrap(heading, width: width - 2).enumerated() {
                out.append((k == 0 ? "┌ " : "│ ") + line)
            }
            for (number, contact) in article.contacts.enumerated() {
                if number > 0 { out.append("│") }
                contactLines(contact).forEach { wrapped($0, indent: "│ ") }
            }
            out.append("└" + String(repeating: "─", count: min(20, width - 1)))
        }
        if article.copyright != nil || article.published != nil {
            blank()
            if let copyright = article.copyright { wrapped(copyright) }
            if let published = article.published { wrapped(GermanDateFormat.long(published)) }
        }
        list("Mehr zum Thema", article.related, into: &out, width: width)
        list("Schlagzeilen", article.headlines, into: &out, width: width)
        return out.joined(separator: "\n") + "\n"
    }

    private static func contactLines(_ contact: Contact) -> [String] {
        var lines = [contact.name]
        if let role = contact.role { lines.append(role) }
        if let phone = contact.phone { lines.append("Telefon: " + phone) }
        if let fax = contact.fax { lines.append("Fax: " + fax) }
        if let email = contact.email { lines.append("E-Mail: " + email) }
        if !contact.channels.isEmpty { lines.append(contact.channels.joined(separator: " · ")) }
        return lines
    }

    private static func list(_ heading: String, _ items: [String], into out: inout [String], width: Int) {
        guard !items.isEmpty else { return }
        if let last = out.last, !last.isEmpty { out.append("") }
        out.append(heading)
        for item in items {
            let lines = WordWrap.wrap(Sanitizer.display(item), width: width - 2)
            for (k, line) in lines.enumerated() { out.append((k == 0 ? "• " : "  ") + line) }
        }
    }
}
