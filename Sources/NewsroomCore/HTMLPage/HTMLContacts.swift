import Foundation

/// The article's editors and authors, one contact per person in the order the page first
/// lists them: JSON-LD `author` Persons, microdata Persons, hCard / h-card, the editor box
/// after the text, then the byline (names only). The same name from several sources is one
/// contact; each field takes the first value found, JSON-LD first. Organizations, agencies,
/// commenters and people in the text are not contacts.
struct HTMLContacts {
    let layout: HTMLPageLayout
    let bodyContainers: [Int]
    var page: HTMLPage { layout.page }
    private var found: [Contact] = []
    /// The editor boxes found: the article text ends at the first one.
    private(set) var boxes: [Int] = []

    init(layout: HTMLPageLayout, bodyContainers: [Int]) {
        self.layout = layout
        self.bodyContainers = bodyContainers
    }

    func contacts() -> [Contact] { collected().found }

    /// The contacts and the editor boxes they came from.
    func collected() -> HTMLContacts {
        var collector = self
        collector.fromJSONLD()
        collector.fromMicrodata()
        collector.fromCards()
        collector.fromEditorBoxes()
        collector.fromBylines()
        return collector
    }

    var all: [Contact] { found }

    private mutating func add(_ contact: Contact) {
        let name = FeedText.collapsed(contact.name)
        guard HTMLContacts.isPersonName(name) else { return }
        if let i = found.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) {
            var merged = found[i]
            merged.role = merged.role ?? contact.role
            merged.phone = merged.phone ?? contact.phone
            merged.fax = merged.fax ?? contact.fax
            merged.email = merged.email ?? contact.email
            if merged.channels.isEmpty { merged.channels = contact.channels }
            found[i] = merged
        } else {
            var contact = contact
            contact.name = name
            found.append(contact)
        }
    }

    static let organizationWords = ["redaktion", "newsroom", "staff", "team", "editorial", "agentur", "verlag", "gmbh", "online", "desk"]
    static let agencies: Set<String> = ["dpa", "afp", "ap", "reuters", "epd", "kna", "sid", "apa", "ddp", "dapd", "upi", "ani", "pti"]

    /// A person's name: two to five words, letters mostly, no agency or newsroom.
    static func isPersonName(_ name: String) -> Bool {
        guard name.count >= 3, name.count <= 60, !name.contains("@"), !name.contains(where: \.isNumber) else { return false }
        let lower = name.lowercased()
        if agencies.contains(lower) { return false }
        for word in organizationWords where lower.split(separator: " ").contains(where: { $0.hasPrefix(word) }) { return false }
        let words = name.split(separator: " ")
        guard words.count >= 1, words.count <= 6 else { return false }
        return words.first.map { $0.first?.isUppercase == true } ?? false
    }

    // MARK: JSON-LD

    private mutating func fromJSONLD() {
        let jsonLD = layout.metadata.jsonLD
        guard let article = layout.metadata.article else { return }
        for author in jsonLD.list(article["author"]) {
            switch author {
            case .string(let name):
                add(Contact(name: FeedText.collapsed(name)))
            case .object:
                let types = HTMLJSONLD.types(author)
                if types.contains("Organization") || types.contains("NewsMediaOrganization") || types.contains("Corporation") { continue }
                guard let name = jsonLD.text(author["name"]) else { continue }
                var email = jsonLD.text(author["email"])
                if let e = email, e.lowercased().hasPrefix("mailto:") { email = String(e.dropFirst(7)) }
                add(Contact(name: name, role: jsonLD.text(author["jobTitle"]), phone: jsonLD.text(author["telephone"]),
                            fax: jsonLD.text(author["faxNumber"]), email: email.map(HTMLContacts.cleanEmail)))
            default:
                continue
            }
        }
    }

    // MARK: Microdata and microformats

    private func inComments(_ k: Int) -> Bool { HTMLPublished.inComments(page, k) }

    /// Descendants of `k` whose itemprop / class list contains `word`, in order.
    private func descendants(of k: Int, where test: (Int) -> Bool) -> [Int] {
        var result: [Int] = []
        var c = k + 1
        while c < page[k].end {
            if !page[c].isText && !page.hidden[c] && test(c) { result.append(c) }
            c += 1
        }
        return result
    }

    private func classes(_ k: Int) -> [Substring] { (page[k].attribute("class") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) }

    private func itemprop(_ k: Int) -> [Substring] { (page[k].attribute("itemprop") ?? "").split(separator: " ") }

    private func value(_ k: Int) -> String? {
        if let content = page[k].attribute("content") { return FeedText.nonEmpty(content) }
        if page[k].name == "a", let href = page[k].attribute("href"), href.lowercased().hasPrefix("mailto:") {
            return HTMLContacts.cleanEmail(String(href.dropFirst(7)))
        }
        return FeedText.nonEmpty(page.text(of: k))
    }

    private mutating func fromMicrodata() {
        for k in 0..<page.count where !page.hidden[k] && page[k].attribute("itemtype")?.hasSuffix("/Person") == true {
            guard !inComments(k) else { continue }
            func prop(_ name: String) -> String? {
                descendants(of: k) { itemprop($0).contains(Substring(name)) }.first.flatMap(value)
            }
            guard let name = prop("name") ?? (itemprop(k).contains("author") ? FeedText.nonEmpty(page.text(of: k)) : nil) else { continue }
            add(Contact(name: name, role: prop("jobTitle"), phone: prop("telephone"), fax: prop("faxNumber"), email: prop("email").map(HTMLContacts.cleanEmail)))
        }
    }

    private mutating func fromCards() {
        for k in 0..<page.count where !page.hidden[k] && !page[k].isText && page.hint[k].hasSubstring("card") {
            let own = classes(k)
            let isVCard = own.contains("vcard"), isHCard = own.contains("h-card")
            guard isVCard || isHCard, !inComments(k) else { continue }
            func first(_ names: [String]) -> Int? {
                if names.contains(where: { own.contains(Substring($0)) }) { return k }
                return descendants(of: k) { c in names.contains { classes(c).contains(Substring($0)) } }.first
            }
            guard let nameNode = first(isHCard ? ["p-name", "fn"] : ["fn", "p-name"]), let name = FeedText.nonEmpty(page.text(of: nameNode)) else { continue }
            var phone: String?, fax: String?
            for tel in descendants(of: k, where: { classes($0).contains("tel") || classes($0).contains("p-tel") }) {
                let typeText = descendants(of: tel) { classes($0).contains("type") }.map { page.text(of: $0).lowercased() }.joined(separator: " ")
                var number = page.text(of: tel)
                for t in descendants(of: tel, where: { classes($0).contains("value") }) { number = page.text(of: t) }
                number = HTMLContacts.stripLabel(number)
                if typeText.contains("fax") || page.text(of: tel).lowercased().hasPrefix("fax") { fax = fax ?? number } else { phone = phone ?? number }
            }
            let emailNode = first(["email", "u-email"])
            let email = emailNode.flatMap { node -> String? in
                if page[node].name == "a", let href = page[node].attribute("href"), href.lowercased().hasPrefix("mailto:") {
                    return HTMLContacts.cleanEmail(String(href.dropFirst(7)))
                }
                return descendants(of: node) { page[$0].name == "a" }.compactMap { a -> String? in
                    guard let href = page[a].attribute("href"), href.lowercased().hasPrefix("mailto:") else { return nil }
                    return HTMLContacts.cleanEmail(String(href.dropFirst(7)))
                }.first ?? FeedText.nonEmpty(page.text(of: node))
            }
            let role = first(["title", "role", "p-job-title", "p-role"]).flatMap { FeedText.nonEmpty(page.text(of: $0)) }
            add(Contact(name: name, role: role, phone: phone, fax: fax, email: email))
        }
    }

    // MARK: Editor boxes

    static let boxMarkers = HTMLWordSet(["author", "autor", "editor", "redakteur", "contact", "kontakt", "ansprechpartner", "bio"])

    /// Small blocks after the article text that start with a name and give a phone number or an
    /// e-mail address, or that are marked as an author box.
    private mutating func fromEditorBoxes() {
        let start = bodyContainers.first.map { page[$0].parent >= 0 ? $0 : $0 } ?? (layout.headlineElement ?? 0)
        guard start < page.count else { return }
        // signals[i]: digits and `@` in the text nodes before node i, plus `mailto:` links. A box
        // gives a phone, an address or a mail link only where this count grows, so most
        // elements are passed over without reading their lines.
        var signals = [Int32](repeating: 0, count: page.count - start + 1)
        for i in start..<page.count {
            var count: Int32 = 0
            let node = page[i]
            if node.isText {
                for b in node.text.utf8 where (b >= 48 && b <= 57) || b == UInt8(ascii: "@") { count += 1 }
            } else if node.name == "a", let href = node.attribute("href"), href.utf8.count >= 7,
                      href.utf8.prefix(7).map({ $0 | 0x20 }).elementsEqual("mailto:".utf8) {
                count = 1
            }
            signals[i - start + 1] = signals[i - start] + count
        }
        var k = start
        while k < page.count {
            defer { k += 1 }
            let node = page[k]
            guard !node.isText, !page.hidden[k], node.name != "a", node.name != "span" else { continue }
            let size = node.end - k
            guard size < 120 else { continue }
            let hint = page.hint[k]
            let marked = HTMLContacts.boxMarkers.occurs(in: hint)
            guard marked || signals[node.end - start] > signals[k - start] else { continue }
            if bodyContainers.contains(k) || inComments(k) { continue }
            let links = descendants(of: k) { page[$0].name == "a" }
            let hasMail = links.contains { page[$0].attribute("href")?.lowercased().hasPrefix("mailto:") == true }
            var builder = HTMLBlockBuilder(page: page, links: false)
            builder.lineBreaks = true
            builder.add(k)
            let lines = builder.finish().map(\.text)
            guard lines.count >= 2, lines.count <= 10, lines.joined().count < 400 else { continue }
            let hasPhone = lines.contains { HTMLContactLines.phone($0) != nil }
            let hasAddress = lines.contains { $0.utf8.contains(UInt8(ascii: "@")) && HTMLContactLines.email($0) != nil }
            guard marked || hasMail || hasPhone || hasAddress else { continue }
            // An hCard is read as a card (its fields are marked): not a second time as a box.
            if isCard(k) || page.ancestors(of: k).contains(where: isCard) { continue }
            guard let contact = parseBox(k, lines: lines, links: links) else { continue }
            // A box inside a box: the innermost one that parses wins; skip its subtree.
            if !(hasMail || hasPhone || hasAddress) && !marked { continue }
            add(contact)
            boxes.append(k)
            k = node.end - 1
        }
    }

    private func isCard(_ k: Int) -> Bool {
        let own = classes(k)
        return own.contains("vcard") || own.contains("h-card")
    }

    private func parseBox(_ k: Int, lines: [String], links: [Int]) -> Contact? {
        var name = lines[0]
        for prefix in ["Von ", "By ", "Autor: ", "Author: ", "Kontakt: ", "Contact: "] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        guard HTMLContacts.isPersonName(name), name.split(separator: " ").count >= 2 else { return nil }
        var contact = Contact(name: name)
        for (index, line) in lines.enumerated().dropFirst() {
            if let fax = HTMLContactLines.fax(line) {
                contact.fax = contact.fax ?? fax
            } else if let phone = HTMLContactLines.phone(line) {
                contact.phone = contact.phone ?? phone
            } else if let email = HTMLContactLines.email(line) {
                contact.email = contact.email ?? email
            } else if index == 1 && !isLinkOnly(line, links) {
                contact.role = line
            }
        }
        var channels: [String] = []
        for a in links {
            let text = page.text(of: a)
            let href = page[a].attribute("href") ?? ""
            if href.lowercased().hasPrefix("mailto:") {
                contact.email = contact.email ?? HTMLContacts.cleanEmail(String(href.dropFirst(7)))
            }
            guard !text.isEmpty, text != name, !href.lowercased().hasPrefix("tel:"), !text.contains("@"),
                  HTMLContactLines.phone(text) == nil else { continue }
            channels.append(text)
        }
        contact.channels = channels
        return contact
    }

    private func isLinkOnly(_ line: String, _ links: [Int]) -> Bool {
        links.contains { page.text(of: $0) == line }
    }

    // MARK: Bylines

    private mutating func fromBylines() {
        for k in 0..<page.count where !page.hidden[k] && page[k].name == "a" {
            let rel = (page[k].attribute("rel") ?? "").lowercased().split(separator: " ")
            guard rel.contains("author"), !inComments(k) else { continue }
            if let name = FeedText.nonEmpty(page.text(of: k)) { add(Contact(name: stripBy(name))) }
        }
        for k in 0..<page.count where !page.hidden[k] && !page[k].isText && page.hint[k].hasSubstring("author") {
            let own = classes(k)
            guard own.contains("author"), own.contains("vcard") || own.contains("h-card") || page.hint[k].hasSubstring("byline"), !inComments(k) else { continue }
            if let fn = descendants(of: k, where: { classes($0).contains("fn") || classes($0).contains("p-name") }).first,
               let name = FeedText.nonEmpty(page.text(of: fn)) { add(Contact(name: name)) }
        }
        // "Von A und B" / "By A and B" lines after the headline.
        var seen = 0
        for b in layout.blocksAfterHeadline {
            seen += 1
            if seen > 15 { break }
            let text = layout.blocks[b].text
            guard text.count < 120 else { continue }
            let lower = text.lowercased()
            guard lower.hasPrefix("von ") || lower.hasPrefix("by ") else { continue }
            var rest = String(text.drop(while: { $0 != " " }).dropFirst())
            for cut in [" | ", ", ", " - ", " – ", " · ", " in ", " im "] { if let r = rest.range(of: cut) { rest = String(rest[..<r.lowerBound]) } }
            if HTMLPageDate.visible(rest) != nil { continue }
            for name in rest.components(separatedBy: " und ").flatMap({ $0.components(separatedBy: " and ") }) {
                add(Contact(name: FeedText.collapsed(name)))
            }
            break
        }
    }

    private func stripBy(_ name: String) -> String {
        for prefix in ["Von ", "By ", "von ", "by "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }

    /// A `mailto:` address without its query.
    static func cleanEmail(_ raw: String) -> String {
        var email = raw
        if email.lowercased().hasPrefix("mailto:") { email = String(email.dropFirst(7)) }
        if let q = email.firstIndex(of: "?") { email = String(email[..<q]) }
        return FeedText.trimmed(email.removingPercentEncoding ?? email)
    }

    static func stripLabel(_ text: String) -> String {
        HTMLContactLines.phone(text) ?? HTMLContactLines.fax(text) ?? text
    }
}
