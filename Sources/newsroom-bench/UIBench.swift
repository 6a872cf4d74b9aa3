import NewsroomCore
import NewsroomUI

/// Key-to-frame cost of the reader without a terminal: reduce + the effects it asks for (run
/// against an in-memory library) + render of a 120x40 screen, for Down, PgDn, End, the layout
/// key and mark-all-read (the library's one statement is not part of it: it is the store's).
/// The figures must be the same at 1,000 and 100,000 articles: nothing per key is O(n).
func runUIBenchmark() throws {
    for size in [1_000, 100_000] {
        let library = BenchLibrary(count: size)
        let runner = EffectRunner(library: library)
        var (base, effects) = AppState.start(width: 120, height: 40)
        for effect in effects {
            for action in runner.run(effect) { runner.dispatch(action, into: &base) }
        }
        runner.dispatch(.open, into: &base)
        runner.dispatch(.switchPane, into: &base)  // back to the list, article still shown
        var line = "ui: \(size) articles, 120x40:"
        // `v` re-lays the open article out; `A y` marks the whole list read and reads it again.
        let keys: [(String, [Action])] = [
            ("Down", [.moveDown]), ("PgDn", [.pageDown]), ("End", [.bottom]),
            ("v", [.cycleLayout]), ("A y", [.markAllRead, .confirm(true)]),
        ]
        for (name, actions) in keys {
            var samples: [Double] = []
            let clock = ContinuousClock()
            for _ in 0..<301 {
                var state = base
                let elapsed = clock.measure {
                    for action in actions { runner.dispatch(action, into: &state) }
                    let screen = render(state)
                    precondition(screen.width == 120)
                }
                samples.append(Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6)
            }
            samples.sort()
            line += " \(name) \(Int(samples[samples.count / 2].rounded())) µs"
        }
        print(line + " (median of 301: reduce + effects + render)")
    }
}

/// An in-memory library of generated headlines, pages sliced by offset like the store's index.
final class BenchLibrary: ArticleLibrary {
    let rows: [HeadlineRow]

    init(count: Int) {
        // Spelled out step by step: the one-expression closure timed out the type checker.
        rows = (0..<count).map { (index: Int) -> HeadlineRow in
            let seconds: Int64 = 1_705_933_920 - Int64(index) * 600
            let title: String = "Meldung \(index + 1): Stadtwerke melden neue Zahlen zum Wärmenetz"
            return HeadlineRow(
                id: Int64(index + 1), shortID: String(index, radix: 16), title: title,
                section: "Ressort \(index % 9)",
                published: Timestamp(secondsSince1970: seconds, utcOffsetSeconds: 3600),
                isRead: index % 3 == 0)
        }
    }

    func headlineCount(filter: HeadlineFilter) throws -> Int { rows.count }

    func headlines(filter: HeadlineFilter, offset: Int, limit: Int) throws -> [HeadlineRow] {
        guard offset < rows.count else { return [] }
        return Array(rows[offset..<min(rows.count, offset + limit)])
    }

    func article(id: Int64) throws -> Article? {
        guard id >= 1, id <= rows.count else { return nil }
        return Article(
            title: rows[Int(id) - 1].title, kicker: "STADTWERKE", teaser: "Ein Anriss.",
            body: Array(repeating: "Ein Absatz mit einigen Wörtern, die umbrochen werden müssen, damit er passt.", count: 12),
            contacts: [Contact(name: "Lena Hofmann", role: "Redakteurin")])
    }

    func headlinePosition(id: Int64, filter: HeadlineFilter) throws -> Int? {
        // Ids are 1... in list order.
        id >= 1 && id <= rows.count ? Int(id) - 1 : nil
    }

    func articleID(title: String) throws -> Int64? { nil }
    func setRead(id: Int64, _ read: Bool) throws {}
    func toggleBookmark(id: Int64) throws -> Bool { true }
    func bookmarks() throws -> [BookmarkRow] { [] }
    func publications() throws -> [String] { [] }
    func sections() throws -> [String] { [] }
    func sourceCounts() throws -> [SourceCount] { [] }
    func markAllRead(filter: HeadlineFilter) throws -> Int { rows.count }
}
