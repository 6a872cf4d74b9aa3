#!/bin/sh
# The reader on the bundled articles, in a demo library of its own: `make run` runs it with the
# release binary, its end-to-end test (ReaderDemoTests) with the debug one, so both open the
# same thing: the two publications' articles (Samples/*.txt) and the news pages of our own
# writing (Samples/pages/*.html, extracted as `newsroom add page.html` would); Samples/hostile/
# holds the test suites' hostile inputs and stays out. The library (and an empty urls file, so `r` never
# fetches your subscriptions into it) live in $NEWSROOM_DEMO_DIR, default .build/demo; your own
# library and urls file are never opened. Extra arguments go to the reader (e.g. --hyperlinks on).
#
#   scripts/demo.sh PATH/TO/newsroom [READER OPTIONS...]
set -eu
bin=${1:?usage: scripts/demo.sh PATH/TO/newsroom [options]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
demo=${NEWSROOM_DEMO_DIR:-$root/.build/demo}
mkdir -p "$demo"
exec "$bin" --db "$demo/newsroom.sqlite" --urls "$demo/urls" "$@" "$root"/Samples/*.txt "$root"/Samples/pages/*.html
