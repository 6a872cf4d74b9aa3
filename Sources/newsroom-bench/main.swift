import Foundation

// `make bench`: prints throughput and latency figures, one benchmark per file.
// `newsroom-bench` runs all of them; `newsroom-bench NAME...` runs the named ones.
let benchmarks: [(name: String, run: () throws -> Void)] = [
    // Each benchmark file adds one line here: ("dump", runDumpBenchmark), ...
    ("text", runTextBenchmark),
    ("terminal", runTerminalBenchmark),
    ("ui", runUIBenchmark),
    ("runtime", runRuntimeBenchmark),
    ("dump", runDumpBenchmark),
    ("feeds", runFeedBenchmark),
    ("store", runStoreBenchmark),
    ("store-import", runStoreImportBenchmark),
    ("position", runHeadlinePositionBenchmark),
    ("opml", runOPMLImportBenchmark),
]

/// Parts of a larger benchmark, for profiling: run only when named.
let onlyWhenNamed: Set = ["store-import"]

/// Benchmarks that take an argument run alone: `newsroom-bench html-extract DIR`.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "html-extract" {
    guard arguments.count == 2 else {
        print("usage: newsroom-bench html-extract DIR (a directory of .html pages)")
        exit(2)
    }
    do { try runHTMLExtractBenchmark(directory: arguments[1]) } catch {
        print("html-extract: failed: \(error)")
        exit(1)
    }
    exit(0)
}

let requested = Set(arguments)
for benchmark in benchmarks
where requested.isEmpty ? !onlyWhenNamed.contains(benchmark.name) : requested.contains(benchmark.name) {
    print("== \(benchmark.name)")
    do { try benchmark.run() } catch { print("\(benchmark.name): failed: \(error)") }
}
