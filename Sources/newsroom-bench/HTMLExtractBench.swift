import Foundation
import NewsroomCore

/// `newsroom-bench html-extract DIR`: extracts every `.html` page in DIR in this one process
/// (the way trafilatura is timed, so the two figures compare), then prints pages per second
/// and the process's peak resident memory. The pages are read before the clock starts.
func runHTMLExtractBenchmark(directory: String) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix(".html") }.sorted()
    let pages = try names.map { name -> [UInt8] in
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }
    guard !pages.isEmpty else {
        print("html-extract: no .html pages in \(directory)")
        return
    }
    var failures = 0
    var bodyBytes = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for page in pages {
            do { bodyBytes &+= try HTMLArticleExtractor.extract(bytes: page).body.reduce(0) { $0 + $1.utf8.count } } catch { failures += 1 }
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1_000_000
    print(String(
        format: "html-extract: %d pages (%.1f MB) in %.3f s: %.1f pages/s, %.2f ms/page; %d refused; peak RSS %.1f MB",
        pages.count, megabytes, seconds, Double(pages.count) / seconds, seconds * 1000 / Double(pages.count),
        failures, Double(peakResidentBytes()) / 1_000_000))
    print(String(format: "html-extract-pages-per-second: %.1f", Double(pages.count) / seconds))
    print("html-extract: (body bytes \(bodyBytes))")
}
