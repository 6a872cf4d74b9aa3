import Foundation

/// glibc's `malloc_trim` (malloc.h, which the Glibc module does not export).
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
import NewsroomCore

/// `newsroom-bench html-extract DIR`: extracts every `.html` page in DIR in this one process
/// (the way trafilatura is timed, so the two figures compare): three passes over all pages,
/// the median pass gives pages per second. Then one more pass measures each page's peak
/// memory: freed memory is returned to the system (`malloc_trim`), the peak resident size is reset
/// before the page (`/proc/self/clear_refs`) and its
/// growth over the resident size before it is the page's cost. The pages are read before the
/// clock starts.
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
    var passes: [Double] = []
    for _ in 0..<3 {
        failures = 0
        let elapsed = clock.measure {
            for page in pages {
                do { bodyBytes &+= try HTMLArticleExtractor.extract(bytes: page).body.reduce(0) { $0 + $1.utf8.count } } catch { failures += 1 }
            }
        }
        passes.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    let seconds = passes.sorted()[1]
    let processPeak = peakResidentBytes()
    var growth: [Int] = []
    for page in pages {
        // Memory the last page freed goes back to the system first, so the resident size
        // before this page is the process's floor, not the last page's leftovers.
        _ = mallocTrim(0)
        resetPeak()
        let before = residentBytes()
        bodyBytes &+= (try? HTMLArticleExtractor.extract(bytes: page))?.body.count ?? 0
        growth.append(max(0, peakResidentBytes() - before))
    }
    let sortedGrowth = growth.sorted()
    let worst = growth.indices.max { growth[$0] < growth[$1] } ?? 0
    let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1_000_000
    print(String(
        format: "html-extract: %d pages (%.1f MB), median of 3 passes %.3f s: %.1f pages/s, %.2f ms/page; %d refused",
        pages.count, megabytes, seconds, Double(pages.count) / seconds, seconds * 1000 / Double(pages.count), failures))
    print(String(
        format: "html-extract: peak memory per page (RSS growth): median %.1f MB, max %.1f MB (%@, %.1f MB page); process peak RSS after the passes %.1f MB",
        Double(sortedGrowth[sortedGrowth.count / 2]) / 1_000_000, Double(growth[worst]) / 1_000_000, names[worst],
        Double(pages[worst].count) / 1_000_000, Double(processPeak) / 1_000_000))
    print(String(format: "html-extract-pages-per-second: %.1f", Double(pages.count) / seconds))
    print(String(format: "html-extract-peak-mb: median %.1f, max %.1f", Double(sortedGrowth[sortedGrowth.count / 2]) / 1_000_000, Double(growth[worst]) / 1_000_000))
    print("html-extract: (body bytes \(bodyBytes))")
}
