import NewsroomCore

/// A fictional newsroom ("Haldenauer Rundschau"), written for these tests.
enum Fixtures {
    /// 2024-01-22 15:32 at +01:00 (a Monday), minus `days`.
    static func date(daysBefore days: Int = 0, hour: Int = 15, minute: Int = 32) -> Timestamp {
        let base = CivilTime(year: 2024, month: 1, day: 22, hour: hour, minute: minute).secondsSince1970AsUTC - 3600
        return Timestamp(secondsSince1970: base - Int64(days) * 86_400, utcOffsetSeconds: 3600)
    }

    static let heatNetwork = Article(
        title: "Haldenau plant ein neues Wärmenetz",
        kicker: "STADTWERKE",
        teaser: "Die Stadtwerke Haldenau wollen bis 2030 rund 4.000 Haushalte an ein neues Wärmenetz anschließen.",
        body: [
            "Rund 4.000 Haushalte sollen an das Netz angeschlossen werden, das Abwärme aus dem Klärwerk und einer Großwärmepumpe nutzt.",
            "Der Stadtrat hat den ersten Bauabschnitt am Dienstag beschlossen. Die Arbeiten beginnen im Frühjahr am Bahnhofsviertel.",
        ],
        publication: "Haldenauer Rundschau",
        section: "Stadtwerke",
        contacts: [
            Contact(
                name: "Lena Hofmann", role: "Redakteurin Stadtwerke", phone: "+49 (0) 30 5550 1234",
                fax: "+49 (0) 30 5550 1299", email: "l.hofmann@rundschau.example", channels: ["eMail", "LinkedIn"]),
        ],
        copyright: "© 2026 Haldenauer Medien GmbH",
        published: date(),
        headlines: ["Speicher melden Rekordstand", "Ein Titel, den es nicht gibt"],
        related: ["Netzentgelte sinken im Frühjahr"],
        link: "https://rundschau.example/waermenetz")

    static let storage = Article(
        title: "Speicher melden Rekordstand", kicker: "GAS", body: ["Die Gasspeicher sind voll."],
        publication: "Haldenauer Rundschau", section: "Gas", published: date(daysBefore: 0, hour: 9))

    static let gridFees = Article(
        title: "Netzentgelte sinken im Frühjahr", kicker: "HANDEL", body: ["Die Netzentgelte sinken."],
        publication: "Haldenauer Rundschau", section: "Handel", published: date(daysBefore: 1))

    static let cjk = Article(
        title: "東京電力、新しい蓄電池を導入", body: ["新しい蓄電池は来年から稼働する。"],
        publication: "Haldenauer Rundschau", section: "海外", published: date(daysBefore: 2))

    static let emoji = Article(
        title: "📰 Morgenlage: Windstrom ⚡ und Solar 🌞 decken den Bedarf", body: ["Ein sonniger Tag."],
        publication: "Haldenauer Rundschau", section: "Morgenlage", published: date(daysBefore: 3))

    static let compound = Article(
        title: "Grundversorgungsstromlieferungsvertragsänderungsmitteilung erreicht alle Haushalte",
        body: ["Die Verbraucherzentrale rät zur Prüfung der Unterlagen."],
        publication: "Haldenauer Rundschau", section: "Verbraucherschutzrechtsabteilung", published: date(daysBefore: 4))

    /// Terminal escape sequences in the title (clear screen, OSC 52 clipboard write, set title).
    static let hostile = Article(
        title: "\u{1B}[2J\u{1B}]52;c;SGFjaw==\u{07}Rathaus beschließt Haushalt\u{1B}]0;pwned\u{07}",
        body: ["\u{1B}[31mRot\u{1B}[0m im Text."],
        publication: "Haldenauer Rundschau", section: "Politik", published: date(daysBefore: 5))

    static let all = [heatNetwork, storage, gridFees, cjk, emoji, compound, hostile]

    /// A headline of exactly `Layout.readableTitle` (60) characters, the newest of `layouts`.
    static let sixtyColumns = Article(
        title: "Kavernenspeicher Rabenfeld meldet Rekordstand zum Jahresende", kicker: "GAS",
        body: ["Der Speicher ist zum Jahresende voll.", "Die Betreiber rechnen mit einem ruhigen Winter."],
        publication: "Haldenauer Rundschau", section: "Gas",
        contacts: [Contact(name: "Lena Hofmann", role: "Redakteurin Gas", phone: "+49 (0) 30 5550 1234")],
        published: date(hour: 18))

    /// The fixtures with the 60-column headline first: the layout tests and screens.
    static let layouts = [sixtyColumns] + all

    /// `count` plain articles, for paging and benchmarks.
    static func many(_ count: Int) -> [Article] {
        (0..<count).map { index in
            Article(title: "Meldung \(index + 1)", section: "Ressort \(index % 7)", published: date(daysBefore: index / 24))
        }
    }
}
