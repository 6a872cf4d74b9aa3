import NewsroomCore

/// Sanitize + measure + wrap throughput on article-like text (what the reader does on every
/// open and resize), plus the per-call cost of the screen's hot path: sanitizing and
/// measuring short, already clean headline strings.
func runTextBenchmark() throws {
    let article = benchmarkArticle(targetBytes: 2_000_000)
    let megabytes = Double(article.utf8.count) / 1_000_000
    let rounds = 5

    var checksum = 0
    let sanitize = measureBest(rounds) { checksum &+= Sanitizer.displayKeepingLineBreaks(article).utf8.count }
    let clean = Sanitizer.displayKeepingLineBreaks(article)
    let measure = measureBest(rounds) { checksum &+= DisplayWidth.of(clean) }
    let wrap = measureBest(rounds) { checksum &+= WordWrap.wrap(clean, width: 80).count }
    let all = measureBest(rounds) {
        let text = Sanitizer.displayKeepingLineBreaks(article)
        checksum &+= DisplayWidth.of(text) &+ WordWrap.wrap(text, width: 80).count
    }
    let dirty = article.replacingTabsAndEscapes()
    let sanitizeDirty = measureBest(rounds) { checksum &+= Sanitizer.displayKeepingLineBreaks(dirty).utf8.count }

    print("text: article \(article.utf8.count) bytes (German prose with soft hyphens, some CJK and emoji)")
    report("sanitize (clean text)", megabytes, sanitize)
    report("sanitize (with tabs, ESC, C1)", megabytes, sanitizeDirty)
    report("measure width", megabytes, measure)
    report("wrap at 80 columns", megabytes, wrap)
    report("sanitize+measure+wrap", megabytes, all)

    let headlines = (0..<1000).map { "Headline number \($0): Stadtwerke erhöhen die Preise für Strom und Gas" }
    let calls = 200_000
    let displayTime = measureBest(rounds) {
        for index in 0..<calls { checksum &+= Sanitizer.display(headlines[index % headlines.count]).utf8.count }
    }
    let widthTime = measureBest(rounds) {
        for index in 0..<calls { checksum &+= DisplayWidth.of(headlines[index % headlines.count]) }
    }
    print("text: screen hot path on a clean 70-byte headline with umlauts: Sanitizer.display "
        + "\(format(displayTime * 1e9 / Double(calls))) ns/call, DisplayWidth.of "
        + "\(format(widthTime * 1e9 / Double(calls))) ns/call")
    print("text: (checksum \(checksum))")
}

private func report(_ label: String, _ megabytes: Double, _ seconds: Double) {
    print("text: \(label): \(format(megabytes / seconds)) MB/s")
}

private func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}

/// Best wall time of `rounds` runs, in seconds.
private func measureBest(_ rounds: Int, _ body: () -> Void) -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<rounds {
        let elapsed = clock.measure(body)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        best = min(best, seconds)
    }
    return best
}

private func benchmarkArticle(targetBytes: Int) -> String {
    let paragraphs = [
        "Die Energie\u{AD}versorgungs\u{AD}unternehmen der Region haben am Montag angekündigt, "
            + "die Preise für die Strom-Grundversorgung zum 1. April um durchschnittlich 12 Prozent "
            + "zu erhöhen. Betroffen sind rund 240.000 Haushalte in Köln, Düsseldorf und Umgebung.",
        "„Wir geben gestiegene Beschaffungs\u{AD}kosten nur teilweise weiter“, sagte ein Sprecher. "
            + "Verbraucher\u{AD}schützer kritisieren die Erhöhung als überzogen und raten, Tarife zu "
            + "vergleichen. Wer wechselt, kann nach ihren Angaben bis zu 300 Euro im Jahr sparen.",
        "Auch in Tokio (東京) steigen die Preise: Die Tokyo Electric Power Company meldete ein Plus "
            + "von 8 Prozent. 🇩🇪🇯🇵 Reaktionen in sozialen Netzen reichten von 😠 bis 👍🏽.",
        "Der Bundes\u{AD}verband der Energie- und Wasser\u{AD}wirtschaft (BDEW) verweist auf die "
            + "Netzentgelte, die seit Jahresbeginn deutlich gestiegen seien, sowie auf höhere "
            + "Abgaben. Eine Entspannung sei frühestens im kommenden Winter zu erwarten.",
    ]
    var text = ""
    var index = 0
    while text.utf8.count < targetBytes {
        text += paragraphs[index % paragraphs.count]
        text += "\n"
        index += 1
    }
    return text
}

extension String {
    /// The same article with a tab and an escape sequence in every paragraph, and a C1 control.
    fileprivate func replacingTabsAndEscapes() -> String {
        var result = ""
        for line in split(separator: "\n") {
            result += "\t" + line + " \u{1B}[1mfett\u{1B}[0m \u{9B}\n"
        }
        return result
    }
}
