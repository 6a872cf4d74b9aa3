#!/usr/bin/env bash
# HTML article extraction: body F1 on the 181-page benchmark (score.py), and pages per second
# of `newsroom parse` against trafilatura (one Python process over all pages) when installed.
set -euo pipefail
BENCH=${EXTRACTION_BENCHMARK:-/work/shared/extraction-benchmark}
BIN=${NEWSROOM_BIN:?set NEWSROOM_BIN to the newsroom binary}
if [ ! -d "$BENCH/html" ]; then echo "bench-extract: no benchmark at $BENCH, skipped"; exit 0; fi
python3 "$BENCH/score.py" --jobs 2 --worst 5 -- "$BIN" parse
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for f in "$BENCH"/html/*.html.gz; do gunzip -c "$f" > "$tmp/$(basename "$f" .gz)"; done
start=$(date +%s.%N)
for f in "$tmp"/*.html; do "$BIN" parse "$f" --json >/dev/null 2>&1 || true; done
end=$(date +%s.%N)
ours=$(python3 -c "import sys; n=len(sys.argv)-3; print('%.1f' % (n/(float(sys.argv[2])-float(sys.argv[1]))))" "$start" "$end" "$tmp"/*.html)
echo "newsroom parse: $ours pages/s (one process per page)"
if python3 -c "import trafilatura" 2>/dev/null; then
  theirs=$(python3 - "$tmp" <<'PY'
import glob, sys, time, trafilatura
pages = [open(p, "rb").read() for p in sorted(glob.glob(sys.argv[1] + "/*.html"))]
start = time.perf_counter()
for page in pages: trafilatura.extract(page)
print("%.1f" % (len(pages) / (time.perf_counter() - start)))
PY
)
  echo "trafilatura: $theirs pages/s; ratio $(python3 -c "print('%.1f' % ($ours/$theirs))")x"
else
  echo "trafilatura not installed (pip install trafilatura): no speed ratio"
fi
