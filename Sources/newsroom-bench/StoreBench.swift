import Foundation
import NewsroomCore
import NewsroomStore

/// The library store at 100,000 articles (issue 3's speed targets):
/// import rate (>= 40,000 articles/s), open + first screen (< 20 ms), last screen (< 20 ms),
/// a search (< 50 ms), toggling a bookmark committed (< 5 ms), bytes per article
/// (newsboat: about 2.1 KB). Medians of several runs.
func runStoreBenchmark() throws {
    // NEWSROOM_BENCH_STORE_COUNT overrides the size for a quick look; the figures are at 100,000.
    let count = ProcessInfo.processInfo.environment["NEWSROOM_BENCH_STORE_COUNT"].flatMap { Int($0) } ?? 100_000
    let screen = 50
    let articles = StoreBenchArticles.make(count: count)
    let averageBytes = articles.reduce(0) { $0 + StoreBenchArticles.textBytes($1) } / count
    print("generated \(count) articles, \(averageBytes) bytes of text each on average")
    let folder = FileManager.default.temporaryDirectory.path + "/newsroom-store-bench-\(getpid())"
    // NEWSROOM_BENCH_KEEP=1 keeps the libraries for a look with sqlite3 (dbstat: bytes per table).
    let keep = ProcessInfo.processInfo.environment["NEWSROOM_BENCH_KEEP"] == "1"
    defer {
        if keep { print("store: kept \(folder)") } else { try? FileManager.default.removeItem(atPath: folder) }
    }

    // Import, in the batches `newsroom add` uses, then the full-text index catch-up that
    // `newsroom add` runs at its end, timed apart: three runs of 10,000 into fresh libraries
    // (the median), then the whole library once (the figure at full size). "Import" is
    // Article values in memory -> committed rows (identity and content hashes, JSON columns,
    // every B-tree index, one transaction per LibraryStore.importBatchSize, synchronous=NORMAL).
    let small = min(count, 10_000)
    let runs = try (0..<3).map { run in try importAndIndex(articles.prefix(small), into: folder + "/run\(run)/newsroom.sqlite") }
    reportImport("\(small) (median of 3)", count: small, runs: runs)
    let path = folder + "/full/newsroom.sqlite"
    let full = try importAndIndex(articles[...], into: path)
    reportImport("\(count)", count: count, runs: [full])

    // Open + first screen, as the reader starts: open, count, first page. The stores stay
    // open until all runs are done: closing (SQLite's final checkpoint and fsync) happens when
    // the reader quits, not before its first screen.
    var total = 0
    var kept: [LibraryStore] = []
    var closeTimes: [Double] = []
    let openFirst = try (0..<9).map { _ in
        let seconds = try measure {
            let opened = try LibraryStore(path: path)
            total = try opened.headlineCount(filter: .all)
            _ = try opened.headlines(filter: .all, offset: 0, limit: screen)
            kept.append(opened)
        }
        closeTimes.append(try measure { kept.removeAll() })
        return seconds
    }
    report("open + first screen", "\(format(median(openFirst) * 1000)) ms (target < 20 ms); closing: \(format(median(closeTimes) * 1000)) ms")
    let store = try LibraryStore(path: path)
    let lastScreen = try (0..<9).map { _ in
        try measure { _ = try store.headlines(filter: .all, offset: total - screen, limit: screen) }
    }
    report("last screen (offset \(total - screen))", "\(format(median(lastScreen) * 1000)) ms (target < 20 ms)")

    let filtered = HeadlineFilter(publication: StoreBenchArticles.publications[1])
    let filteredCount = try store.headlineCount(filter: filtered)
    let filteredLast = try (0..<9).map { _ in
        try measure {
            _ = try store.headlineCount(filter: filtered)
            _ = try store.headlines(filter: filtered, offset: max(0, filteredCount - screen), limit: screen)
        }
    }
    report("publication filter: count + last screen", "\(format(median(filteredLast) * 1000)) ms (\(filteredCount) rows)")

    for query in [StoreBenchArticles.vocabulary[5_000], "ubersicht", "netzbetreiber jena", "energie"] {
        var hits = 0
        let times = try (0..<9).map { _ in
            try measure {
                hits = try store.headlineCount(filter: HeadlineFilter(text: query))
                _ = try store.search(query, limit: screen)
            }
        }
        report("search \"\(query)\" (count + first screen)", "\(format(median(times) * 1000)) ms, \(hits) hits (target < 50 ms)")
    }

    let page = try store.headlines(filter: .all, offset: 1000, limit: 21)
    let toggles = try page.map { row in try measure { try store.toggleBookmark(id: row.id) } }
    report("toggle bookmark (committed)", "\(format(median(toggles) * 1000)) ms (target < 5 ms)")

    let sizes = ["", "-wal"].map { suffix in
        ((try? FileManager.default.attributesOfItem(atPath: path + suffix))?[.size] as? Int) ?? 0
    }
    report("database size", "\(sizes[0] + sizes[1]) bytes, \(format(Double(sizes[0] + sizes[1]) / Double(count))) bytes per article (newsboat ~2,100)")

    try benchmarkAddFromDisk(count: count, folder: folder + "/add")
}

/// Wall and CPU seconds of one step.
struct StepTime {
    var wall: Double
    var cpu: Double

    static func of(_ body: () throws -> Void) throws -> StepTime {
        let cpuBefore = processCPUSeconds()
        let wall = try measure(body)
        return StepTime(wall: wall, cpu: processCPUSeconds() - cpuBefore)
    }
}

/// Imports `slice` into a fresh library in `newsroom add`'s batches, then brings the
/// full-text index up to date; times the two apart.
private func importAndIndex(_ slice: ArraySlice<Article>, into path: String) throws -> (import: StepTime, index: StepTime) {
    let store = try LibraryStore(path: path)
    let importTime = try StepTime.of {
        var start = slice.startIndex
        while start < slice.endIndex {
            let end = min(start + LibraryStore.importBatchSize, slice.endIndex)
            _ = try store.importBatch(slice[start..<end].enumerated().map { offset, article in
                (article: article, source: .file("/dumps/\(start + offset).txt"))
            })
            start = end
        }
    }
    var indexed = 0
    let indexTime = try StepTime.of { indexed = try store.updateSearchIndex() }
    guard indexed == slice.count else {
        throw StoreError.database("indexed \(indexed) of \(slice.count) articles")
    }
    return (importTime, indexTime)
}

private func reportImport(_ label: String, count: Int, runs: [(import: StepTime, index: StepTime)]) {
    func rates(_ times: [StepTime]) -> String {
        let wall = median(times.map(\.wall))
        let cpu = median(times.map(\.cpu))
        return "\(Int(Double(count) / wall)) articles/s wall (\(format(wall)) s), \(Int(Double(count) / cpu)) articles/s of CPU time"
    }
    report("import \(label), without the index", rates(runs.map(\.import)) + " (target >= 40,000)")
    report("index catch-up \(label)", rates(runs.map(\.index)))
    report("import + index \(label)", rates(runs.map { StepTime(wall: $0.import.wall + $0.index.wall, cpu: $0.import.cpu + $0.index.cpu) }))
}

private func measure(_ body: () throws -> Void) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// User + system CPU seconds of this process: on a shared machine, wall time measures the
/// neighbours too.
private func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}


private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

private func format(_ value: Double) -> String {
    String(format: "%.2f", value)
}

private func report(_ name: String, _ value: String) {
    print("store: \(name): \(value)")
}

/// Realistic generated articles: German energy-trade vocabulary with a skewed word
/// frequency (a few words everywhere, most rare), ~2 KB of text, a contact, a headline list.
enum StoreBenchArticles {
    static let publications = ["Energie & Management", "Northwind Courier", "Stadtwerke Aktuell", "Netz & Markt", "Gas Daily"]
    static let sections = ["Stadtwerke", "Politik", "Gas", "Strom", "Wärme", "Netze", "Handel", "Recht", "Mobilität", "Wasserstoff", "Finanzen", "Personalien"]
    static let editors = ["Fritz Wilhelm", "Jürgen Größer", "Erika Beispiel", "Hans Müller", "Ana Łukasz", "Søren Ødegaard", "Claire Dubois", "Mehmet Yılmaz"]
    static let words: [String] = """
        die der und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an
        werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum
        Energie Strom Gas Netz Netzbetreiber Stadtwerke Versorger Kunden Preise Tarif Markt Handel
        Übersicht Wärmepumpe Fernwärme Wasserstoff Elektrolyseur Windpark Solaranlage Photovoltaik
        Speicher Batterie Leitung Umspannwerk Trasse Ausbau Förderung Bundesnetzagentur Regulierung
        Kraftwerk Kohle Ausstieg Erdgas Flüssiggas Terminal Pipeline Importe Lieferung Vertrag
        Jena Berlin München Hamburg Köln Leipzig Dresden Hannover Stuttgart Frankfurt Düsseldorf
        Geschäftsführer Vorstand Aufsichtsrat Bilanz Umsatz Gewinn Investition Millionen Milliarden
        Gemeinde Kommune Quartier Wohnungen Mieter Gebäude Sanierung Heizung Effizienz Klimaschutz
        Emissionen Zertifikate Börse Terminmarkt Spotmarkt Megawattstunde Kilowattstunde Gigawatt
        Ökostrom Grünstrom Biogas Biomethan Geothermie Wasserkraft Offshore Onshore Genehmigung
        Verfahren Gericht Urteil Beschwerde Wettbewerb Kartellamt Abrechnung Zähler Messstelle
        Digitalisierung Plattform Software Daten Smart Meter Rollout Ladesäule Elektromobilität
        Fahrzeuge Flotte Verkehr Bahn Wasserstofftankstelle Industrie Chemie Stahl Zement Papier
        """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// The domain words, then 30,000 made-up German-looking words: a vocabulary of a real
    /// newsroom's size, so the full-text index is as big and as selective as a real one.
    static let vocabulary: [String] = {
        let syllables = ["ver", "ge", "be", "an", "aus", "ein", "netz", "strom", "gas", "wär", "me",
            "markt", "preis", "lei", "tung", "werk", "kraft", "stadt", "land", "bund", "ener", "gie",
            "wen", "de", "ung", "keit", "heit", "schaft", "ös", "ü", "ber", "sicht", "zu", "kunft", "tarif"]
        var random = SplitMix64(seed: 42)
        var made: Set<String> = []
        var list = words
        while made.count < 30_000 {
            let parts = 2 + random.below(3)
            let word = (0..<parts).map { _ in syllables[random.below(syllables.count)] }.joined()
            if made.insert(word).inserted { list.append(word) }
        }
        return list
    }()

    static func make(count: Int) -> [Article] {
        var random = SplitMix64(seed: 0x9E37_79B9_7F4A_7C15)
        func sentence(_ length: Int) -> String {
            var parts: [String] = []
            for _ in 0..<length { parts.append(vocabulary[random.zipf(vocabulary.count)]) }
            return parts.joined(separator: " ") + "."
        }
        return (0..<count).map { index in
            let title = words[28 + random.below(words.count - 28)] + ": " + sentence(6 + random.below(5))
            let body = (0..<(4 + random.below(3))).map { _ in
                (0..<3).map { _ in sentence(8 + random.below(10)) }.joined(separator: " ")
            }
            let editor = editors[random.below(editors.count)]
            return Article(
                title: "\(title) (\(index))",
                kicker: sections[random.below(sections.count)].uppercased(),
                teaser: sentence(18 + random.below(10)),
                body: body,
                publication: publications[random.skewed(publications.count)],
                section: sections[random.below(sections.count)],
                imageCredit: "E&M / Archiv",
                contacts: [Contact(name: editor, role: "Redakteur", phone: "+49 (0) 6007 93960\(random.below(100))", channels: ["eMail", "LinkedIn"])],
                copyright: "© 2025 Energie & Management GmbH",
                published: Timestamp(secondsSince1970: 1_600_000_000 + Int64(random.below(100_000_000)), utcOffsetSeconds: 3600),
                headlines: (0..<5).map { _ in sentence(6) },
                related: [])
        }
    }

    static func textBytes(_ article: Article) -> Int {
        var total = article.title.utf8.count + (article.teaser?.utf8.count ?? 0)
        for paragraph in article.body { total += paragraph.utf8.count }
        for headline in article.headlines { total += headline.utf8.count }
        return total + 120
    }
}

/// Draws for the generated library (a fixed sequence: every run generates the same one).
extension SplitMix64 {
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// Skewed towards the start of a list (function words common, names rare).
    mutating func skewed(_ bound: Int) -> Int {
        min(below(bound), below(bound))
    }

    /// A Zipf-like rank in 0..<bound (frequency about 1/rank), as word use in real text.
    mutating func zipf(_ bound: Int) -> Int {
        let u = Double(next() >> 11) / Double(1 << 53)
        return min(bound - 1, Int(exp(u * log(Double(bound)))) - 1)
    }
}
