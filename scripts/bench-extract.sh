#!/usr/bin/env bash
# HTML article extraction (issue 12): body F1/precision/recall on the 181-page benchmark
# (score.py), then pages per second of the extractor in one process (`newsroom-bench
# html-extract`, median of three passes) against trafilatura in one Python process over the
# same pages in the same run, the ratio, and each page's peak memory. trafilatura comes from
# PyPI (pip, with lxml_html_clean, which lxml 6 split out); without it the ratio is skipped
# with one line.
set -euo pipefail
BENCH=${EXTRACTION_BENCHMARK:-/work/shared/extraction-benchmark}
BIN=${NEWSROOM_BIN:?set NEWSROOM_BIN to the newsroom binary}
BENCH_BIN=${NEWSROOM_BENCH_BIN:-$(dirname "$BIN")/newsroom-bench}
if [ ! -d "$BENCH/html" ]; then echo "bench-extract: no benchmark at $BENCH, skipped"; exit 0; fi
score=$(python3 "$BENCH/score.py" --jobs 2 --worst 5 -- "$BIN" parse)
echo "$score" | sed 's/^/extract: /'
# Both extractors read the same plain .html pages: unpack them once.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in "$BENCH"/html/*; do
  case "$f" in
    *.html.gz) gzip -dc "$f" > "$tmp/$(basename "$f" .gz)" ;;
    *.html) cp "$f" "$tmp/" ;;
  esac
done
out=$("$BENCH_BIN" html-extract "$tmp")
echo "$out" | grep -v '^html-extract-' | sed 's/^/extract: /'
ours=$(echo "$out" | sed -n 's/^html-extract-pages-per-second: //p')
memory=$(echo "$out" | sed -n 's/^html-extract-peak-mb: //p')
f1=$(echo "$score" | sed -n 's/^F1 \([0-9.]*\)  precision \([0-9.]*\)  recall \([0-9.]*\).*/F1 \1, P \2, R \3/p')
if ! python3 -c "import trafilatura, lxml_html_clean" 2>/dev/null; then
  python3 -m pip install --quiet --disable-pip-version-check trafilatura lxml_html_clean >/dev/null 2>&1 || true
fi
if ! python3 -c "import trafilatura, lxml_html_clean" 2>/dev/null; then
  echo "extract: $f1; newsroom $ours pages/s; peak MB per page $memory; trafilatura not installable (pip): ratio skipped"
  exit 0
fi
theirs=$(python3 - "$tmp" <<'PY'
import glob, sys, time, warnings
warnings.filterwarnings("ignore")
import trafilatura
pages = [open(p, "rb").read() for p in sorted(glob.glob(sys.argv[1] + "/*.html"))]
start = time.perf_counter()
for page in pages:
    trafilatura.extract(page)
print("%.1f" % (len(pages) / (time.perf_counter() - start)))
PY
)
ratio=$(python3 -c "print('%.1f' % ($ours / $theirs))")
echo "extract: $f1; newsroom $ours pages/s, trafilatura $theirs pages/s (each one process, same run): ratio ${ratio}x; peak MB per page $memory"
