import Foundation
import NewsroomCore

/// `newsroom-bench dump`: page-dump throughput, from files on disk to Article values, on one
/// core; and the memory a single large article costs while it is parsed.
func runDumpBenchmark() throws {
    if ProcessInfo.processInfo.environment["DUMP_BENCH_ARTICLES"] == nil { try measureLargeArticleMemory() }

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-dump-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: directory) }
    // DUMP_BENCH_ARTICLES / DUMP_BENCH_ROUNDS shrink the run for `valgrind --tool=callgrind`.
    let environment = ProcessInfo.processInfo.environment
    let articleCount = environment["DUMP_BENCH_ARTICLES"].flatMap { Int($0) } ?? 10_000
    let rounds = environment["DUMP_BENCH_ROUNDS"].flatMap { Int($0) } ?? 7
    let files = try SampleCorpus.write(count: articleCount, to: directory)
    let paths = files.map(\.path)

    var totalBytes = 0
    var fromDisk: [Double] = []
    var fromDiskCPU: [Double] = []
    var inMemory: [Double] = []
    var inMemoryCPU: [Double] = []
    var checksum = 0
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = threadCPUSeconds()
        var inputs: [[UInt8]] = []
        inputs.reserveCapacity(paths.count)
        totalBytes = 0
        for path in paths {
            let bytes = try FileBytes.read(path: path)
            totalBytes += bytes.count
            checksum &+= try DumpParser.parse(bytes).body.count
            inputs.append(bytes)
        }
        fromDisk.append(seconds(since: start))
        fromDiskCPU.append(threadCPUSeconds() - cpuStart)

        let parseStart = DispatchTime.now().uptimeNanoseconds
        let parseCPUStart = threadCPUSeconds()
        for bytes in inputs { checksum &+= try DumpParser.parse(bytes).contacts.count }
        inMemory.append(seconds(since: parseStart))
        inMemoryCPU.append(threadCPUSeconds() - parseCPUStart)
    }
    let megabytes = Double(totalBytes) / 1_000_000
    let disk = median(fromDisk)
    let memory = median(inMemory)
    print("corpus: \(paths.count) articles, \(String(format: "%.1f", megabytes)) MB (checksum \(checksum))")
    print(String(format: "read + parse: %.0f MB/s, %.0f articles/s (median of 7: %.3f s)", megabytes / disk, Double(paths.count) / disk, disk))
    print(String(format: "parse only:   %.0f MB/s, %.0f articles/s (median of 7: %.3f s)", megabytes / memory, Double(paths.count) / memory, memory))
    // CPU time of this thread (system time of the reads included): the figures that stay
    // meaningful on a busy machine, where wall-clock time includes waiting for a core.
    let diskCPU = median(fromDiskCPU)
    let cpu = median(inMemoryCPU)
    print(String(format: "read + parse, per CPU second: %.0f MB/s, %.0f articles/s", megabytes / diskCPU, Double(paths.count) / diskCPU))
    print(String(format: "parse only, per CPU second:   %.0f MB/s, %.0f articles/s", megabytes / cpu, Double(paths.count) / cpu))
}

/// One article with a ~20 MB body: the peak resident-set growth while parsing it, relative to
/// its size (`/proc/self/clear_refs` resets the high-water mark on Linux).
private func measureLargeArticleMemory() throws {
    let paragraph = SampleCorpus.article(1).split(separator: "\n").dropFirst(10).prefix(1).joined()
    var text = "• Schlagzeile\nEnergiewirtschaft Heute > Handel - Großer Artikel\nHANDEL:\nGroßer Artikel\nVorspann\n\u{00A0}\n"
    while text.utf8.count < 20_000_000 { text += paragraph + "\nzweite Zeile mit Umlauten äöü\n\n" }
    text += "\u{00A0}\n\nMara Quednau\nChefin vom Dienst\n© 2025 Energiewirtschaft Heute\nMontag, 22.01.2024, 15:32 Uhr\n"
    let bytes = Array(text.utf8)
    text = ""
    let before = residentBytes()
    resetPeak()
    let start = DispatchTime.now().uptimeNanoseconds
    let article = try DumpParser.parse(bytes)
    let elapsed = seconds(since: start)
    let peak = peakResidentBytes()
    let growth = max(0, peak - before)
    print(String(
        format: "large article: %.1f MB, %d paragraphs, parsed in %.3f s (%.0f MB/s); peak memory growth %.1f MB = %.2f x input",
        Double(bytes.count) / 1e6, article.body.count, elapsed, Double(bytes.count) / 1e6 / elapsed,
        Double(growth) / 1e6, Double(growth) / Double(bytes.count)))
}

private func seconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

private func statusField(_ name: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
        let digits = line.split(separator: " ").compactMap { Int($0) }.first ?? 0
        return digits * 1024
    }
    return 0
}

func residentBytes() -> Int { statusField("VmRSS") }
func peakResidentBytes() -> Int { statusField("VmHWM") }
func resetPeak() { try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8) }
