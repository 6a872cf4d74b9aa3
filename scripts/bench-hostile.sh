#!/usr/bin/env bash
# `newsroom reload` against a hostile server on 127.0.0.1 (issue 11): per case, the peak
# memory (max RSS from /usr/bin/time -v), the wall time and the line the reload printed.
#   bomb      gzip of 1 GB of zeros (about 1 MB on the wire)
#   endless   200 without Content-Length, body never ends
#   drip      headers, then one body byte every 2 s
#   private   401 with WWW-Authenticate: Basic
# Targets: peak RSS under 100 MB in every case; each ends by --timeout (TIMEOUT, default 10).
#
# Usage: NEWSROOM_BIN=path/to/newsroom scripts/bench-hostile.sh   (CASES="bomb drip" for some)
set -euo pipefail

: "${NEWSROOM_BIN:?set NEWSROOM_BIN to the newsroom binary (release build)}"
TIMEOUT=${TIMEOUT:-10}
CASES=${CASES:-bomb endless drip private}
command -v python3 >/dev/null || { echo "bench-hostile: python3 is needed for the server" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-hostile: /usr/bin/time is needed (apt-get install -y time)" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

cat > "$WORK/server.py" <<'PY'
import socketserver, sys, time, zlib

def gzip_zeros(total):
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [packer.compress(block) for _ in range(total >> 20)]
    return b"".join(parts) + packer.flush()

BOMB = gzip_zeros(1 << 30)

class Hostile(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode("latin-1")
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass
        path = line.split(" ")[1] if " " in line else "/"
        w = self.wfile
        try:
            if path == "/bomb":
                w.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Encoding: gzip\r\n"
                        b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(BOMB) + BOMB)
            elif path == "/endless":
                w.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n<rss>")
                block = b"<item><title>x</title></item>" * 2048
                while True:
                    w.write(block)
            elif path == "/drip":
                w.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n")
                while True:
                    w.flush(); time.sleep(2); w.write(b"x")
            elif path == "/private":
                w.write(b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"feeds\"\r\nContent-Length: 0\r\n\r\n")
            w.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

with Server(("127.0.0.1", int(sys.argv[1])), Hostile) as server:
    print("ready", flush=True)
    server.serve_forever()
PY
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 "$WORK/server.py" "$PORT" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 300); do grep -q ready "$WORK/server.log" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$WORK/server.log" || { echo "bench-hostile: the server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }

echo "bench-hostile: newsroom reload --timeout $TIMEOUT against 127.0.0.1:$PORT"
printf '  %-8s %10s %8s   %s\n' case "peak RSS" wall "what reload said"
for name in $CASES; do
  echo "http://127.0.0.1:$PORT/$name" > "$WORK/urls-$name"
  status=0
  /usr/bin/time -v -o "$WORK/time-$name" "$NEWSROOM_BIN" reload --db "$WORK/lib-$name.sqlite" --urls "$WORK/urls-$name" \
    --timeout "$TIMEOUT" > "$WORK/out-$name" 2>&1 || status=$?
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f MB", $2 / 1024}' "$WORK/time-$name")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = p[n] + (n > 1 ? p[n-1] * 60 : 0); printf "%.2f s", s}' "$WORK/time-$name")
  said=$(grep -m1 -E '^failed|Fatal|Killed' "$WORK/out-$name" | sed 's|^failed [^ ]*: ||' | cut -c1-90 || true)
  [ -n "$said" ] || said="exit $status: $(tail -1 "$WORK/out-$name" | cut -c1-80)"
  printf '  %-8s %10s %8s   %s\n' "$name" "$rss" "$wall" "$said"
done
