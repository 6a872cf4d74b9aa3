#!/usr/bin/env bash
# HTML article extraction: body F1 on the 181-page benchmark (score.py), then pages per second
# of the extractor in one process (`newsroom-bench html-extract`) against trafilatura in one
# Python process over the same pages, and the ratio.
set -euo pipefail
BENCH=${EXTRACTION_BENCHMARK:-/work/shared/extraction-benchmark}
BIN=${NEWSROOM_BIN:?set NEWSROOM_BIN to the newsroom binary}
BENCH_BIN=${NEWSROOM_BENCH_BIN:-$(dirname "$BIN")/newsroom-bench}
if [ ! -d "$BENCH/html" ]; then echo "bench-extract: no benchmark at $BENCH, skipped"; exit 0; fi
python3 "$BENCH/score.py" --jobs 2 --worst 5 -- "$BIN" parse
# Both extractors read the same plain .html pages: gunzip them once.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in "$BENCH"/html/*; do
  case "$f" in
    *.html.gz) /bin/gzip -dc "$f" > "$tmp/$(basename "$f" .gz)" ;;
    *.html) cp "$f" "$tmp/" ;;
  esac
done
out=$("$BENCH_BIN" html-extract "$tmp")
echo "$out" | grep -v '^html-extract-pages-per-second:'
ours=$(echo "$out" | sed -n 's/^html-extract-pages-per-second: //p')
if python3 -c "import trafilatura" 2>/dev/null; then
  theirs=$(python3 - "$tmp" <<'PY'
import glob, resource, sys, time, trafilatura
pages = [open(p, "rb").read() for p in sorted(glob.glob(sys.argv[1] + "/*.html"))]
start = time.perf_counter()
for page in pages: trafilatura.extract(page)
seconds = time.perf_counter() - start
print("trafilatura: %d pages in %.3f s, peak RSS %.1f MB" % (len(pages), seconds,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000), file=sys.stderr)
print("%.1f" % (len(pages) / seconds))
PY
)
  echo "newsroom $ours pages/s, trafilatura $theirs pages/s (both one process): ratio $(python3 -c "print('%.1f' % ($ours/$theirs))")x"
else
  echo "trafilatura not importable (pip install trafilatura lxml_html_clean): no speed ratio"
fi
