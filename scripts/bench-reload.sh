#!/usr/bin/env bash
# `newsroom reload` of FEEDS local feeds x ITEMS items served from 127.0.0.1 (issue 5, "Speed"):
#   1. into an empty library (target: 10x faster than newsboat's ~23 s),
#   2. again with nothing changed (target: under 1 s; 304s / unchanged bodies cost no parse).
# The server is python3's http.server on a generated folder (it answers If-Modified-Since
# with 304, like most feed servers). When `newsboat` is installed, `newsboat -x reload` runs
# on the same urls file side by side.
#
# Usage: NEWSROOM_BIN=path/to/newsroom scripts/bench-reload.sh   (FEEDS=100 ITEMS=1000;
#        SKIP_NEWSBOAT=1 leaves newsboat out, for a quick look)
set -euo pipefail

: "${NEWSROOM_BIN:?set NEWSROOM_BIN to the newsroom binary (release build)}"
FEEDS=${FEEDS:-100}
ITEMS=${ITEMS:-1000}
command -v python3 >/dev/null || { echo "bench-reload: python3 is needed for the local server" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/www"
python3 - "$WORK/www" "$FEEDS" "$ITEMS" <<'PY'
import sys, random
folder, feeds, items = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(5)
words = "harbour ferry council budget school river market station festival museum bridge tram rain winter league".split()
for f in range(feeds):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f'<title>Bench feed {f}</title><link>https://feed{f}.example/</link><description>Feed {f}</description>']
    for i in range(items):
        text = " ".join(random.choice(words) for _ in range(40))
        out.append(f'<item><title>Feed {f} story {i}: {" ".join(random.choice(words) for _ in range(6))}</title>'
                   f'<link>https://feed{f}.example/{i}</link><guid>feed{f}-{i}</guid>'
                   f'<pubDate>Mon, {1 + i % 28:02d} Jan 2024 {i % 24:02d}:{i % 60:02d}:00 +0100</pubDate>'
                   f'<dc:creator>Reporter {i % 17}</dc:creator><category>Section {i % 9}</category>'
                   f'<description>&lt;p&gt;{text}&lt;/p&gt;&lt;p&gt;{text[::-1]}&lt;/p&gt;</description></item>')
    out.append('</channel></rss>\n')
    open(f'{folder}/feed{f}.xml', 'w').write("\n".join(out))
PY
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$WORK/www" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 >/dev/null 2>&1) &
SERVER_PID=$!
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/feed0.xml')" 2>/dev/null && break
  sleep 0.1
done
for f in $(seq 0 $((FEEDS - 1))); do echo "http://127.0.0.1:$PORT/feed$f.xml"; done > "$WORK/urls"
SIZE=$(du -sm "$WORK/www" | cut -f1)
echo "bench-reload: $FEEDS feeds x $ITEMS items (${SIZE} MB) from 127.0.0.1:$PORT"

seconds() { python3 -c 'import time; print(f"{time.time():.3f}")'; }
timed() {  # timed LABEL COMMAND...: prints LABEL and wall seconds, returns them in $ELAPSED
  local label=$1; shift
  local start end
  start=$(seconds)
  "$@" >"$WORK/out.txt" 2>&1 || true
  end=$(seconds)
  ELAPSED=$(python3 -c "print(f'{$end - $start:.2f}')")
  printf '  %-38s %7s s   %s\n' "$label" "$ELAPSED" "$(tail -1 "$WORK/out.txt" | cut -c1-70)"
}

timed "newsroom reload (empty library)" "$NEWSROOM_BIN" reload --db "$WORK/lib.sqlite" --urls "$WORK/urls"
FIRST=$ELAPSED
timed "newsroom reload (nothing changed)" "$NEWSROOM_BIN" reload --db "$WORK/lib.sqlite" --urls "$WORK/urls"
SECOND=$ELAPSED
ARTICLES=$("$NEWSROOM_BIN" list --db "$WORK/lib.sqlite" | wc -l)
echo "  articles in the library: $ARTICLES"

if [ -z "${SKIP_NEWSBOAT:-}" ] && command -v newsboat >/dev/null; then
  mkdir -p "$WORK/nb"
  : > "$WORK/nb/config"
  NB=(env HOME="$WORK/nb" XDG_CONFIG_HOME="$WORK/nb" XDG_DATA_HOME="$WORK/nb" newsboat -u "$WORK/urls" -c "$WORK/nb/cache.db" -C "$WORK/nb/config" -x reload)
  timed "newsboat -x reload (empty cache)" "${NB[@]}"
  NB1=$ELAPSED
  timed "newsboat -x reload (nothing changed)" "${NB[@]}"
  NB2=$ELAPSED
  python3 -c "print(f'  speed-up vs newsboat: {$NB1 / max($FIRST, 0.001):.1f}x first (target 10x), {$NB2 / max($SECOND, 0.001):.1f}x unchanged')"
else
  echo "  newsboat not installed (apt-get install -y newsboat): reference ~23 s first, ~20 s unchanged"
  python3 -c "print(f'  vs newsboat reference 23 s: {23 / max($FIRST, 0.001):.1f}x (target 10x)')"
fi
python3 -c "print('  unchanged reload under 1 s:', 'yes' if $SECOND < 1 else 'NO')"
