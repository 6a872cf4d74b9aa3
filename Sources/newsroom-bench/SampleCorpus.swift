import Foundation
import NewsroomCore

/// Generates realistic page-dump articles for benchmarks (the dump and store benchmarks share
/// it): about 2 KB each, German text with umlauts and „quotes“, a headline list, breadcrumb,
/// kicker, several body paragraphs, one or two editors, copyright, date and related titles.
/// Deterministic: the same index always gives the same article.
enum SampleCorpus {
    static let publications = ["Energiewirtschaft Heute", "Grid Dispatch"]
    static let sections = ["Stadtwerke", "Netze", "Handel", "Gas", "Wasserstoff", "Recht", "Erneuerbare", "Speicher"]
    static let subjects = [
        "Stadtwerke Talheim", "Die Netzgesellschaft Nordheide", "Der Übertragungsnetzbetreiber", "Die Bürgerwind eG",
        "Ein Großhändler aus Köln", "Die Bundesnetzagentur", "Der Speicherbetreiber", "Das Wärmeunternehmen",
    ]
    static let verbs = ["erhöhen", "prüfen", "beschließen", "verschieben", "vergrößern", "öffnen", "senken", "bündeln"]
    static let objects = [
        "die Netzentgelte für 2026", "den Ausbau der Fernwärme", "ein Förderprogramm für Wärmepumpen",
        "die Einspeisung aus Windparks", "den Bau eines Elektrolyseurs", "die Preise für Grundversorgung",
        "ihre Beteiligung am Gasspeicher", "die Kooperation mit drei Nachbargemeinden",
    ]
    static let clauses = [
        "wie aus einer Mitteilung hervorgeht", "heißt es in der Begründung", "sagte ein Sprecher auf Anfrage",
        "so der Geschäftsführer", "nach Angaben des Branchenverbands", "wie die Zeitung „Der Bote“ berichtet",
    ]
    static let editors = [
        ["Lutz Behrendsen", "Redakteur Netze & Regulierung", "+49 (0) 4131 772041", "Fax: +49 (0) 4131 772099", "l.behrendsen@ew-heute.example", "eMail"],
        ["Mara Quednau", "Chefin vom Dienst", "+49 (0) 4131 772010", "eMail", "facebook"],
        ["Jonah Pettersen", "Nordic correspondent", "+47 (0) 22 904 118", "eMail", "LinkedIn"],
    ]
    static let weekdays = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]

    /// The title article `index` gets (headline lists and related lists refer to these).
    static func title(_ index: Int) -> String {
        var random = SplitMix64(seed: UInt64(index) &* 7919 &+ 17)
        return "\(random.pick(subjects)) \(random.pick(verbs)) \(random.pick(objects)) (\(index))"
    }

    /// One article in the page-dump format, about `targetBytes` long.
    static func article(_ index: Int, targetBytes: Int = 2048) -> String {
        var random = SplitMix64(seed: UInt64(index) &* 104_729 &+ 3)
        var lines: [String] = []
        for k in 1...4 { lines.append((k == 1 ? "• " : "  • ") + title(index &+ k * 31)) }
        let publication = publications[index % 2]
        let section = random.pick(sections)
        let headline = title(index)
        lines.append("\(publication) > \(section) - \(headline)")
        lines.append("Quelle: \(publication) / Archiv")
        lines.append(section.uppercased() + ":")
        lines.append(headline)
        lines.append("\(random.pick(subjects)) \(random.pick(verbs)) \(random.pick(objects)), \(random.pick(clauses)).")
        lines.append("\u{00A0} ")
        var size = lines.reduce(0) { $0 + $1.utf8.count + 1 }
        let trailerBytes = 420
        while size < targetBytes - trailerBytes {
            var paragraph = ""
            for _ in 0..<random.below(3) + 2 {
                paragraph += "\(random.pick(subjects)) \(random.pick(verbs)) \(random.pick(objects)), \(random.pick(clauses)). "
            }
            lines.append(String(paragraph.dropLast()))
            lines.append("")
            size += paragraph.utf8.count + 1
        }
        lines.append("\u{00A0} ")
        lines.append("")
        lines.append(contentsOf: editors[index % editors.count])
        if index % 3 == 0 {
            lines.append("")
            lines.append(contentsOf: editors[(index + 1) % editors.count])
        }
        lines.append("© 2025 \(publication) Verlag GmbH")
        let day = random.below(28) + 1
        let month = random.below(12) + 1
        let year = 2020 + random.below(6)
        let weekday = weekdays[CivilWeekday.of(year: year, month: month, day: day)]
        lines.append("\(weekday), \(two(day)).\(two(month)).\(year), \(two(random.below(24))):\(two(random.below(60))) Uhr")
        lines.append("")
        lines.append("Mehr zum Thema")
        lines.append(title(index &+ 1))
        lines.append(title(index &+ 2))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `count` articles as `article-N.txt` into `directory`; returns their paths.
    static func write(count: Int, to directory: URL, targetBytes: Int = 2048) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try (0..<count).map { index in
            let url = directory.appendingPathComponent("article-\(index).txt")
            try Data(article(index, targetBytes: targetBytes).utf8).write(to: url)
            return url
        }
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// Weekday (0 = Sunday) of a date, for date lines whose weekday matches the date.
enum CivilWeekday {
    static func of(year: Int, month: Int, day: Int) -> Int {
        // Sakamoto's method.
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }
}

extension SplitMix64 {
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
