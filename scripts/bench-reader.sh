#!/usr/bin/env bash
# The reader benchmark of issues 4 and 13, run by `make bench` after newsroom-bench.
#
# newsroom, sfeed_curses and newsboat, side by side in one run on the same BENCH_ARTICLES
# (100,000) generated articles, each on a pseudo-terminal of its own (120x40) that
# scripts/pty-reader-timer.py opens: tmux polls its pane and adds more than 100 ms, which
# hides the difference between the readers. Figures (medians of BENCH_RUNS runs; the readers
# take turns within each run, so a busy machine slows all of them alike):
#   - first useful frame: exec until the burst of output that draws the first headline is over;
#   - key to end of redraw for Down, PgDn and End (each End is followed by Home, so each End jumps):
#     key written to the pty until its output settles;
#   - bytes written to the terminal for one Down;
#   - peak memory: VmHWM of the reader after the keys, before it quits.
# newsroom runs at 1,000 articles too (key to frame must stay flat from 1k to 100k).
# sfeed_curses reads the items as sfeed's TSV, newsboat from its cache after one `-x reload`;
# its first frame is its feed list (what it shows first), its keys run in the opened feed.
#
# Environment: NEWSROOM_BIN (default: the release build), BENCH_ARTICLES, BENCH_RUNS (5),
# BENCH_DIR (where the generated articles and libraries are kept between runs),
# BENCH_BASELINE_BIN (another newsroom, say main's, measured at 100k in the same runs:
# a before/after column).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bin=${NEWSROOM_BIN:-$here/.build/release/newsroom}
articles=${BENCH_ARTICLES:-100000}
runs=${BENCH_RUNS:-5}
dir=${BENCH_DIR:-$here/.build/bench-reader}
width=120
height=40
timer="$here/scripts/pty-reader-timer.py"
baseline=${BENCH_BASELINE_BIN:-}

command -v python3 >/dev/null || { echo "bench-reader: python3 is needed for the pty timer" >&2; exit 1; }
[ -x "$bin" ] || { echo "bench-reader: no newsroom binary at $bin (make release)" >&2; exit 1; }

# The peers come from Debian: installed here when root, else the command is printed and the
# peer skipped.
missing=()
command -v sfeed_curses >/dev/null || missing+=(sfeed)
command -v newsboat >/dev/null || missing+=(newsboat)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "bench-reader: installing ${missing[*]} (the readers newsroom is measured against)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || {
            DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; } ||
            echo "bench-reader: could not install ${missing[*]}; those peers are skipped"
    else
        echo "bench-reader: to compare with ${missing[*]}, run: sudo apt-get install -y ${missing[*]} (skipped now)"
    fi
fi

scratch=$(mktemp -d /tmp/newsroom-bench-reader.XXXXXX)
trap 'rm -rf "$scratch"' EXIT

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
if [ ! -e "$data/generated" ]; then
    echo "bench-reader: generating $articles articles in $data"
    generate "$articles" "$data"
    touch "$data/generated"
fi
if [ ! -e "$data/library.sqlite" ] || [ ! -e "$data/library-1k.sqlite" ]; then
    rm -f "$data"/library*.sqlite*
    start=$(now_us)
    "$bin" add --db "$data/library.sqlite" "$data/dumps" >/dev/null
    echo "bench-reader: newsroom add of $articles articles took $(( ($(now_us) - start) / 1000 )) ms"
    "$bin" add --db "$data/library-1k.sqlite" "$data/dumps/000" >/dev/null
fi
if command -v sfeed >/dev/null && [ ! -s "$data/sfeed/bench" ]; then
    sfeed < "$data/feed.xml" > "$data/sfeed/bench"
fi
if command -v newsboat >/dev/null && [ ! -e "$data/newsboat-cache.db" ]; then
    printf 'file://%s\n' "$data/feed.xml" > "$data/newsboat-urls"
    : > "$data/newsboat-config"
    start=$(now_us)
    newsboat -u "$data/newsboat-urls" -c "$data/newsboat-cache.db" -C "$data/newsboat-config" -x reload >/dev/null 2>&1
    echo "bench-reader: newsboat -x reload of $articles items took $(( ($(now_us) - start) / 1000 )) ms"
fi

# --- Runs -------------------------------------------------------------------------------------

# measure NAME TIMER-OPTIONS... -- COMMAND...: one run of one reader, its figures appended to
# $scratch/NAME (lines `figure value`).
measure() {
    local name=$1; shift
    env -i PATH="$PATH" HOME="$scratch/home" TERM=screen-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 \
        python3 "$timer" --width "$width" --height "$height" "$@" >> "$scratch/$name" ||
        echo "bench-reader: a run of $name failed" >&2
}
keys="Down:20,PgDn:20,End:6/Home"
mkdir -p "$scratch/home"
# The first article (newest) heads both lists; a row of sfeed_curses starts with its date.
first="Bench article 000000"
for run in $(seq "$runs"); do
    measure newsroom-1k --marker "$first" --keys "$keys" -- "$bin" --db "$data/library-1k.sqlite"
    measure newsroom --marker "$first" --keys "$keys" -- "$bin" --db "$data/library.sqlite"
    if [ -n "$baseline" ]; then
        measure baseline --marker "$first" --keys "$keys" -- "$baseline" --db "$data/library.sqlite"
    fi
    if command -v sfeed_curses >/dev/null && [ -s "$data/sfeed/bench" ]; then
        # The sidebar has the focus at start: l moves it to the items; G and g are End and Home.
        measure sfeed_curses --marker "$first" --open-key Right --bind Right=l,End=G,Home=g \
            --keys "$keys" -- sfeed_curses "$data/sfeed/bench"
    fi
    if command -v newsboat >/dev/null && [ -e "$data/newsboat-cache.db" ]; then
        measure newsboat --marker "Bench feed" --open-key Enter --open-marker "$first" --quit Q \
            --keys "$keys" -- \
            newsboat -u "$data/newsboat-urls" -c "$data/newsboat-cache.db" -C "$data/newsboat-config"
    fi
    echo "bench-reader: run $run of $runs done"
done

# --- Report -----------------------------------------------------------------------------------

# figure NAME FIGURE [max]: the median (or the largest) of FIGURE over NAME's runs; empty if none.
figure() {
    [ -s "$scratch/$1" ] || return 0
    awk -v f="$2" -v how="${3:-median}" '$1 == f { v[++n] = $2 }
        END {
            if (n == 0) exit
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
            if (how == "max") print v[n]; else if (n % 2) print v[(n + 1) / 2]; else print (v[n / 2] + v[n / 2 + 1]) / 2
        }' "$scratch/$1"
}
ms() { [ -n "$1" ] && awk -v us="$1" 'BEGIN { printf(us < 10000 ? "%.2f ms" : "%.1f ms", us / 1000) }' || echo "-"; }
mb() { [ -n "$1" ] && awk -v kb="$1" 'BEGIN { printf "%.1f MB", kb / 1024 }' || echo "-"; }
bytes() { [ -n "$1" ] && printf '%d B' "$1" || echo "-"; }
# ratio A B: "A/B" as a factor, "-" when either is missing.
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { printf(a / b < 10 ? "%.2fx" : "%.0fx", a / b) }' || echo "-"; }

readers=(newsroom-1k newsroom sfeed_curses newsboat)
heads=("newsroom 1k" "newsroom" "sfeed_curses" "newsboat")
if [ -n "$baseline" ]; then readers+=(baseline); heads+=("baseline"); fi
printf '\nReader benchmark: %d articles, %dx%d pty per reader, medians of %d runs\n' "$articles" "$width" "$height" "$runs"
[ -z "$baseline" ] || echo "baseline: $baseline"
printf '%-32s' ""; printf ' %12s' "${heads[@]}"; printf ' %11s %11s\n' "sfeed/nr" "newsboat/nr"
line() {  # line LABEL FORMAT FIGURE [max]
    local label=$1 format=$2 fig=$3 how=${4:-median} cells=() r
    for r in "${readers[@]}"; do cells+=("$($format "$(figure "$r" "$fig" "$how")")"); done
    local nr sf nb
    nr=$(figure newsroom "$fig" "$how"); sf=$(figure sfeed_curses "$fig" "$how"); nb=$(figure newsboat "$fig" "$how")
    printf '%-32s' "$label"; printf ' %12s' "${cells[@]}"; printf ' %11s %11s\n' "$(ratio "$sf" "$nr")" "$(ratio "$nb" "$nr")"
}
line "first useful frame" ms first-frame
line "Down: key to end of redraw" ms key-Down
line "PgDn: key to end of redraw" ms key-PgDn
line "End: key to end of redraw" ms key-End
line "End: slowest" ms key-End max
line "bytes written for one Down" bytes bytes-Down
line "peak memory (VmHWM)" mb peak-kb max
echo "(newsboat's first frame is its feed list; the ratio columns are the peer's figure over newsroom's at $articles)"
echo "targets (issue 13): first frame <= sfeed_curses/4 and <= newsboat/30; End <= 1.2 ms or 2x sfeed_curses; peak <= sfeed_curses"
