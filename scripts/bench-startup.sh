#!/usr/bin/env bash
# The start-up benchmark of issue 13, run by `make bench`: how long `newsroom --version` and
# `newsroom parse small.xml` take (median wall clock) and how much memory they touch (max RSS),
# beside `sfeed < small.xml` when sfeed is installed, and how many shared libraries the binary
# pulls in (ldd). small.xml is a generated RSS 2.0 feed of 20 items.
#
# Environment: NEWSROOM_BIN (default: the release build), BENCH_RUNS (default 100),
# BENCH_BASELINE_BIN (another newsroom, say main's, measured in the same run: before/after).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bin=${NEWSROOM_BIN:-$here/.build/release/newsroom}
runs=${BENCH_RUNS:-100}

[ -x "$bin" ] || { echo "bench-startup: no newsroom binary at $bin (make release)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-startup: /usr/bin/time is not installed (make deps)" >&2; exit 1; }

scratch=$(mktemp -d /tmp/newsroom-bench-startup.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

small="$scratch/small.xml"
{
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<rss version="2.0"><channel><title>Small feed</title><link>http://example.invalid/</link><description>bench</description>'
    for i in $(seq 1 20); do
        printf '<item><title>Item %d: Netzbetreiber melden neue Zahlen</title><link>http://example.invalid/%d</link><guid>small-%d</guid><pubDate>Mon, 01 Dec 2025 %02d:00:00 +0100</pubDate><description>Der Teaser von Artikel %d fasst das Wichtigste zusammen.</description></item>\n' "$i" "$i" "$i" "$(( i % 24 ))" "$i"
    done
    echo '</channel></rss>'
} > "$small"

# measure LABEL COMMAND...: BENCH_RUNS runs of COMMAND (stdin from small.xml, stdout dropped);
# prints the median wall clock in ms and the largest max RSS in MB. /usr/bin/time -v's own
# clock has only 10 ms steps, so the shell times each run itself.
measure() {
    local label=$1; shift
    local times="$scratch/times" peak=0
    : > "$times"
    for _ in $(seq "$runs"); do
        local start=${EPOCHREALTIME/./}
        /usr/bin/time -v -o "$scratch/rusage" "$@" < "$small" > /dev/null 2>&1 || {
            echo "bench-startup: '$*' failed" >&2; return 1; }
        echo $(( ${EPOCHREALTIME/./} - start )) >> "$times"
        local kb; kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$scratch/rusage")
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    local median_us; median_us=$(sort -n "$times" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')
    printf '%-34s %10.1f ms %10.1f MB\n' "$label" "$(awk -v us="$median_us" 'BEGIN { print us / 1000 }')" "$(awk -v kb="$peak" 'BEGIN { print kb / 1024 }')"
}

printf '\nStart-up benchmark (%d runs each; median wall clock incl. /usr/bin/time, max RSS)\n' "$runs"
measure "newsroom --version" "$bin" --version
measure "newsroom parse small.xml" "$bin" parse "$small"
if [ -n "${BENCH_BASELINE_BIN:-}" ]; then
    measure "baseline --version" "$BENCH_BASELINE_BIN" --version
    measure "baseline parse small.xml" "$BENCH_BASELINE_BIN" parse "$small"
fi
if command -v sfeed >/dev/null; then
    measure "sfeed < small.xml" sfeed
else
    echo "sfeed < small.xml: skipped (apt-get install sfeed to compare)"
fi
measure "/bin/true (the floor)" /bin/true
printf '%-34s %10d\n' "shared libraries (ldd newsroom)" "$(ldd "$bin" | wc -l)"
