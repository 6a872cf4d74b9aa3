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

let requested = Set(CommandLine.arguments.dropFirst())
for benchmark in benchmarks
where requested.isEmpty ? !onlyWhenNamed.contains(benchmark.name) : requested.contains(benchmark.name) {
    print("== \(benchmark.name)")
    do { try benchmark.run() } catch { print("\(benchmark.name): failed: \(error)") }
}
