#!/usr/bin/env bash
# Measures the reader as a user sees it, through tmux (issue 4, "Speed"):
#   - start to first full frame,
#   - key press to finished frame for Down, PageDown and End (median of several presses),
#   - bytes written to the terminal for one Down press,
#   - peak memory (VmHWM of the reader process).
# Every timing polls `tmux capture-pane`, so it includes tmux's own round trip; the same loop
# run against `cat` (an echo) is printed as the baseline to subtract.
#
# Usage: NEWSROOM_BIN=path/to/newsroom [DB=library.sqlite] scripts/bench-reader.sh
# Environment:
#   READER_ARGS  arguments after the binary (default: none).            TODO(lead): pass DB
#   READY_TEXT   text on screen once the first full frame is drawn (default: "q quit").
#   WIDTH/HEIGHT pane size (default 120x40), PRESSES presses per key (default 20).
set -euo pipefail

: "${NEWSROOM_BIN:?set NEWSROOM_BIN to the newsroom binary}"
DB=${DB:-}
READER_ARGS=${READER_ARGS:-}
READY_TEXT=${READY_TEXT:-q quit}
WIDTH=${WIDTH:-120}
HEIGHT=${HEIGHT:-40}
PRESSES=${PRESSES:-20}
command -v tmux >/dev/null || { echo "bench-reader: tmux is not installed (make deps)" >&2; exit 1; }

SOCKET="newsroom-bench-$$"
WORK=$(mktemp -d)
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

t() { tmux -L "$SOCKET" "$@"; }
now_ns() { date +%s%N; }
ms() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1000000 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else print v[int((NR + 1) / 2)] }'; }
screen() { t capture-pane -p -t bench; }

# Starts "$@" in a detached pane, held back until the output copy runs and the clock starts.
start() {
  rm -f "$WORK/go" "$WORK/output"
  printf 'set -g status off\nset -g remain-on-exit on\nset -s escape-time 0\n' > "$WORK/tmux.conf"
  local quoted
  quoted=$(printf '%q ' "$@")
  t -f "$WORK/tmux.conf" new-session -d -s bench -x "$WIDTH" -y "$HEIGHT" \
    "while [ ! -e '$WORK/go' ]; do sleep 0.005; done; exec env TERM=tmux-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 $quoted"
  touch "$WORK/output"
  t pipe-pane -O -t bench "cat >> '$WORK/output'"
}

wait_for_text() {  # text, timeout seconds
  local deadline=$(( $(now_ns) + ${2:-10} * 1000000000 ))
  until screen | grep -qF -- "$1"; do
    (( $(now_ns) < deadline )) || { echo "bench-reader: timed out waiting for '$1'; screen:" >&2; screen >&2; exit 1; }
  done
}

wait_for_change() {  # previous screen
  local deadline=$(( $(now_ns) + 5000000000 ))
  while [ "$(screen)" = "$1" ]; do
    (( $(now_ns) < deadline )) || { echo "bench-reader: the screen did not change" >&2; exit 1; }
  done
}

# Median milliseconds from send-keys to a changed screen, over PRESSES presses of key $1.
key_latency() {
  local key=$1 before start_ns end_ns
  for _ in $(seq "$PRESSES"); do
    before=$(screen)
    start_ns=$(now_ns)
    t send-keys -t bench "$key"
    wait_for_change "$before"
    end_ns=$(now_ns)
    echo $(( end_ns - start_ns ))
  done | median
}

# Baseline: tmux's own round trip, an echo through `cat`.
start cat
touch "$WORK/go"
baseline=$(key_latency x)
t kill-server
echo "tmux round trip (cat echo, median of $PRESSES): $(ms "$baseline") ms"

# shellcheck disable=SC2086 # READER_ARGS is a list of words
start "$NEWSROOM_BIN" $READER_ARGS
start_ns=$(now_ns)
touch "$WORK/go"
wait_for_text "$READY_TEXT" 30
first_frame=$(( $(now_ns) - start_ns ))
echo "start to first frame (${WIDTH}x${HEIGHT}${DB:+, $DB}): $(ms "$first_frame") ms"

for key in Down PageDown End; do
  latency=$(key_latency "$key")
  echo "key to frame, $key (median of $PRESSES): $(ms "$latency") ms"
  [ "$key" = End ] && t send-keys -t bench Home && sleep 0.2
done

sleep 0.2
size_before=$(stat -c %s "$WORK/output")
before=$(screen)
t send-keys -t bench Down
wait_for_change "$before"
sleep 0.2  # let the frame finish
size_after=$(stat -c %s "$WORK/output")
echo "bytes written for one Down: $(( size_after - size_before ))"

pid=$(t display-message -p -t bench '#{pane_pid}')
if [ -r "/proc/$pid/status" ]; then
  echo "peak memory (VmHWM): $(awk '/VmHWM/ { print $2, $3 }' "/proc/$pid/status")"
fi

t send-keys -t bench q
deadline=$(( $(now_ns) + 5000000000 ))
until [ "$(t display-message -p -t bench '#{pane_dead}')" = 1 ]; do
  (( $(now_ns) < deadline )) || { echo "bench-reader: the reader did not quit on q" >&2; exit 1; }
  sleep 0.01
done
# TODO(lead): the same figures for newsboat and sfeed_curses on the same 100,000 items.
