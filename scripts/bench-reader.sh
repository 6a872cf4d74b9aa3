#!/usr/bin/env bash
# The reader benchmark of issue 4 ("Speed"), run by `make bench` after newsroom-bench.
#
# Builds a library of BENCH_ARTICLES (100,000) generated page dumps and measures, through tmux
# as a user sees it:
#   - start to first full frame (median of BENCH_RUNS runs), also measured inside the binary
#     (NEWSROOM_TRACE_FILE: wall clock when the first frame was on the terminal);
#   - key press to finished frame for Down, PgDn and End at 1,000 and 100,000 articles (inside
#     the binary: key received -> doupdate done; tmux polling is too coarse for milliseconds);
#   - bytes written to the terminal for one Down press (tmux pipe-pane);
#   - peak memory (VmHWM of the process after the keys).
# newsboat and sfeed_curses get the same items as one RSS file and are measured the same way
# (start to first frame, peak memory), when installed.
#
# Environment: NEWSROOM_BIN (default: the release build), BENCH_ARTICLES, BENCH_RUNS,
# BENCH_DIR (where the generated articles and libraries are kept between runs).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bin=${NEWSROOM_BIN:-$here/.build/release/newsroom}
articles=${BENCH_ARTICLES:-100000}
runs=${BENCH_RUNS:-5}
dir=${BENCH_DIR:-$here/.build/bench-reader}
width=120
height=40
socket=newsroom-bench-reader-$$

command -v tmux >/dev/null || { echo "bench-reader: tmux is not installed (make deps)" >&2; exit 1; }
[ -x "$bin" ] || { echo "bench-reader: no newsroom binary at $bin (swift build -c release)" >&2; exit 1; }

scratch=$(mktemp -d /tmp/newsroom-bench-reader.XXXXXX)
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

now_us() { local t=${EPOCHREALTIME/./}; echo "$t"; }

# --- Data -------------------------------------------------------------------------------------

# N page dumps, 1,000 per folder (folder 000 alone is the 1,000-article library), and the same
# items as one RSS 2.0 file for the other readers. Dates walk back one hour per article.
generate() {
    local n=$1 out=$2
    rm -rf "$out"
    mkdir -p "$out/dumps" "$out/sfeed"
    awk -v n="$n" -v out="$out" '
    function two(x) { return (x < 10 ? "0" x : x) }
    BEGIN {
        split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", mon, " ")
        split("Netze Gas Handel Strom Recht Wasserstoff Stadtwerke Speicher", sec, " ")
        rss = out "/feed.xml"
        print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Bench feed</title><link>http://example.invalid/</link><description>generated</description>" > rss
        for (i = 0; i < n; i++) {
            h = i; hour = 23 - (h % 24); d = int(h / 24); day = 28 - (d % 28); m = 12 - (int(d / 28) % 12); y = 2025 - int(d / 336)
            s = sec[(i % 8) + 1]
            folder = sprintf("%s/dumps/%03d", out, int(i / 1000))
            if (i % 1000 == 0) system("mkdir -p " folder)
            file = sprintf("%s/a%06d.txt", folder, i)
            title = sprintf("Bench article %06d: %s meldet neue Zahlen", i, s)
            printf "  • %s\nEnergiewirtschaft Heute > %s - %s\n%s:\n%s\nDer Teaser von Artikel %d fasst das Wichtigste zusammen.\n  \n", title, s, title, toupper(s), title, i > file
            printf "Der erste Absatz von Artikel %d beschreibt, was geschah, und nennt die Zahlen.\n\nDer zweite Absatz ordnet ein, was es bedeutet, und zitiert die Beteiligten.\n  \n\n", i > file
            printf "© 2025 Energiewirtschaft Heute Verlag GmbH\nMo., %s.%s.%d, %s:00 Uhr\n", two(day), two(m), y, two(hour) > file
            close(file)
            printf "<item><title>%s</title><link>http://example.invalid/%d</link><guid>bench-%d</guid><pubDate>Mon, %s %s %d %s:00:00 +0100</pubDate><description>Der Teaser von Artikel %d.</description></item>\n", title, i, i, two(day), mon[m], y, two(hour), i > rss
        }
        print "</channel></rss>" > rss
    }'
}

data="$dir/$articles"
if [ ! -e "$data/ready" ]; then
    echo "bench-reader: generating $articles articles in $data"
    generate "$articles" "$data"
    start=$(now_us)
    "$bin" add --db "$data/library.sqlite" "$data/dumps" >/dev/null
    echo "bench-reader: newsroom add of $articles articles took $(( ($(now_us) - start) / 1000 )) ms"
    "$bin" add --db "$data/library-1k.sqlite" "$data/dumps/000" >/dev/null
    if command -v sfeed >/dev/null; then sfeed < "$data/feed.xml" > "$data/sfeed/bench"; fi
    if command -v newsboat >/dev/null; then
        printf 'file://%s\n' "$data/feed.xml" > "$data/newsboat-urls"
        : > "$data/newsboat-config"
        start=$(now_us)
        newsboat -u "$data/newsboat-urls" -c "$data/newsboat-cache.db" -C "$data/newsboat-config" -x reload >/dev/null 2>&1
        echo "bench-reader: newsboat -x reload of $articles items took $(( ($(now_us) - start) / 1000 )) ms"
    fi
    touch "$data/ready"
fi

# --- tmux plumbing ----------------------------------------------------------------------------

# start_pane COMMAND...: a detached pane of the benchmark's size running COMMAND.
start_pane() {
    rm -f "$scratch/go" "$scratch/t0"
    tmux -L "$socket" -f /dev/null new-session -d -s bench -x "$width" -y "$height" \
        env -i PATH="$PATH" HOME="$scratch" TERM=screen-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 "$@"
}
# run_in_pane COMMAND...: COMMAND starts once "$scratch/go" exists (see launch), so tmux's own
# start-up is not timed; the moment it is exec'd goes to "$scratch/t0" (microseconds).
run_in_pane() { start_pane bash -c "$script_text" "$scratch" "$@"; }
script_text='while [ ! -e "$0/go" ]; do sleep 0.005; done; printf %s "${EPOCHREALTIME/./}" > "$0/t0"; exec "$@"'
launch() { touch "$scratch/go"; }
pane_pid() { tmux -L "$socket" display-message -p -t bench '#{pane_pid}'; }
stop_pane() { tmux -L "$socket" kill-server 2>/dev/null || true; sleep 0.05; }

# Polls the screen until it contains $1; prints the microseconds from t0 to the poll that saw it.
wait_for_text() {
    local text=$1 deadline=$(( $(now_us) + 60000000 ))
    while :; do
        if tmux -L "$socket" capture-pane -p -t bench 2>/dev/null | grep -qF -- "$text"; then
            local seen; seen=$(now_us)
            while [ ! -s "$scratch/t0" ]; do sleep 0.001; done
            echo $(( seen - $(cat "$scratch/t0") ))
            return 0
        fi
        if [ "$(now_us)" -gt "$deadline" ]; then
            echo "bench-reader: timed out waiting for '$text'; the screen was:" >&2
            tmux -L "$socket" capture-pane -p -t bench >&2 || true
            return 1
        fi
    done
}

peak_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ms() { awk -v us="$1" 'BEGIN { if (us == "n/a") print "n/a"; else printf "%.1f ms", us / 1000 }'; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f MB", kb / 1024 }'; }

# --- newsroom ---------------------------------------------------------------------------------

trace="$scratch/trace"
# reader LIBRARY: starts the reader on a copy-free library with the trace on; waits for the frame.
reader() {
    rm -f "$trace"
    run_in_pane env NEWSROOM_TRACE_FILE="$trace" "$bin" --db "$1"
    launch
}

trace_lines() { local n; n=$(grep -c '^frame' "$trace" 2>/dev/null) || true; echo "${n:-0}"; }
# press KEY: sends it, waits until the reader traced the frame it caused, then leaves the
# reader a moment for its read-ahead (a person does not press End ten times a second, and the
# polling must not compete with the next frame for the CPU).
press() {
    local before; before=$(trace_lines)
    tmux -L "$socket" send-keys -t bench "$1"
    local deadline=$(( $(now_us) + 10000000 ))
    while [ "$(trace_lines)" -le "$before" ]; do
        [ "$(now_us)" -lt "$deadline" ] || { echo "bench-reader: no frame after $1" >&2; return 1; }
        sleep 0.005
    done
    sleep 0.03
}
key_median() { awk -v key="$1" '$1 == "frame" && $2 == key { print $3 }' "$trace" | median; }
key_max() { awk -v key="$1" '$1 == "frame" && $2 == key && $3 > m { m = $3 } END { print m + 0 }' "$trace"; }

declare -A result
for size in 1k full; do
    library="$data/library.sqlite"; label=$articles
    if [ "$size" = 1k ]; then library="$data/library-1k.sqlite"; label=1000; fi
    first_polled=(); first_traced=(); counted=()
    for _ in $(seq "$runs"); do
        reader "$library"
        first_polled+=("$(wait_for_text "1/$label")")
        while ! grep -q '^first-frame' "$trace" 2>/dev/null; do sleep 0.002; done
        frame_ns=$(awk '/^first-frame/ { print $2 }' "$trace")
        first_traced+=("$(( frame_ns / 1000 - $(cat "$scratch/t0") ))")
        while ! grep -q '^unread-count' "$trace" 2>/dev/null; do sleep 0.002; done
        count_ns=$(awk '/^unread-count/ { print $2 }' "$trace")
        counted+=("$(( count_ns / 1000 - $(cat "$scratch/t0") ))")
        stop_pane
    done
    result[first_polled_$size]=$(printf '%s\n' "${first_polled[@]}" | median)
    result[first_traced_$size]=$(printf '%s\n' "${first_traced[@]}" | median)
    result[counted_$size]=$(printf '%s\n' "${counted[@]}" | median)

    # Keys: 20 x Down, 20 x PgDn, then End and Home alternately (10 x End).
    reader "$library"
    wait_for_text "1/$label" >/dev/null
    pid=$(pane_pid)
    tmux -L "$socket" pipe-pane -O -t bench "cat >> '$scratch/bytes'"
    sleep 0.2
    bytes=()
    for _ in $(seq 20); do
        before=$(stat -c %s "$scratch/bytes")
        press Down
        sleep 0.05  # let tmux hand the bytes to the pipe
        bytes+=("$(( $(stat -c %s "$scratch/bytes") - before ))")
    done
    tmux -L "$socket" pipe-pane -t bench
    for _ in $(seq 20); do press PageDown; done
    for _ in $(seq 10); do press End; press Home; done
    result[down_$size]=$(key_median Down)
    result[pgdn_$size]=$(key_median PgDn)
    result[end_$size]=$(key_median End)
    result[endmax_$size]=$(key_max End)
    result[bytes_$size]=$(printf '%s\n' "${bytes[@]}" | median)
    result[peak_$size]=$(peak_kb "$pid")
    tmux -L "$socket" send-keys -t bench q
    stop_pane
    rm -f "$scratch/bytes"
done

# --- newsboat and sfeed_curses ----------------------------------------------------------------

other() {  # other NAME TEXT COMMAND...: median start-to-first-frame and peak memory
    local name=$1 text=$2; shift 2
    local times=() peak=0
    for _ in $(seq "$runs"); do
        run_in_pane "$@"
        launch
        times+=("$(wait_for_text "$text")")
        pid=$(pane_pid)
        sleep 0.3
        local kb; kb=$(peak_kb "$pid")
        [ "$kb" -gt "$peak" ] && peak=$kb
        stop_pane
    done
    result[first_$name]=$(printf '%s\n' "${times[@]}" | median)
    result[peak_$name]=$peak
}
if command -v newsboat >/dev/null && [ -e "$data/newsboat-cache.db" ]; then
    other newsboat "Bench feed" newsboat -u "$data/newsboat-urls" -c "$data/newsboat-cache.db" -C "$data/newsboat-config"
fi
if command -v sfeed_curses >/dev/null && [ -e "$data/sfeed/bench" ]; then
    other sfeed "Bench article" sfeed_curses "$data/sfeed/bench"
fi

# --- Report -----------------------------------------------------------------------------------

printf '\nReader benchmark (%d articles, %dx%d pane, medians; targets from issue 4)\n' "$articles" "$width" "$height"
printf '%-44s %14s %14s %10s\n' "" "1,000" "$articles" "target"
row() { printf '%-44s %14s %14s %10s\n' "$1" "$2" "$3" "$4"; }
row "start to first frame (tmux poll)" "$(ms "${result[first_polled_1k]}")" "$(ms "${result[first_polled_full]}")" "< 50 ms"
row "start to first frame (traced in binary)" "$(ms "${result[first_traced_1k]}")" "$(ms "${result[first_traced_full]}")" "< 50 ms"
row "start to unread count in the header (traced)" "$(ms "${result[counted_1k]}")" "$(ms "${result[counted_full]}")" ""
row "Down: key to finished frame" "$(ms "${result[down_1k]}")" "$(ms "${result[down_full]}")" "< 5 ms"
row "PgDn: key to finished frame" "$(ms "${result[pgdn_1k]}")" "$(ms "${result[pgdn_full]}")" "< 5 ms"
row "End: key to finished frame" "$(ms "${result[end_1k]}")" "$(ms "${result[end_full]}")" "< 5 ms"
row "End: slowest of 10 (first jump loads the page)" "$(ms "${result[endmax_1k]}")" "$(ms "${result[endmax_full]}")" "< 5 ms"
row "bytes written for one Down" "${result[bytes_1k]} B" "${result[bytes_full]} B" "changed"
row "peak memory (VmHWM)" "$(mb "${result[peak_1k]}")" "$(mb "${result[peak_full]}")" "< 30 MB"
if [ -n "${result[first_newsboat]:-}" ]; then
    row "newsboat: start to first frame (tmux poll)" "" "$(ms "${result[first_newsboat]}")" "~1.2 s"
    row "newsboat: peak memory" "" "$(mb "${result[peak_newsboat]}")" "~150 MB"
fi
if [ -n "${result[first_sfeed]:-}" ]; then
    row "sfeed_curses: start to first frame (tmux poll)" "" "$(ms "${result[first_sfeed]}")" "~90 ms"
    row "sfeed_curses: peak memory" "" "$(mb "${result[peak_sfeed]}")" "~17 MB"
fi
