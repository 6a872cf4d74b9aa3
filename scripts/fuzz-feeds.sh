#!/usr/bin/env bash
# Fuzzes the feed parsers with libFuzzer: one binary per target, each built from
# Sources/NewsroomCore/**/*.swift plus its Fuzz/*.swift file, run for FUZZ_SECONDS each
# (default 600) with a seed corpus from the test fixtures. Crashes land in .build/fuzz/NAME/.
# Usage: scripts/fuzz-feeds.sh [RSSFuzz AtomFuzz JSONFeedFuzz HTMLFuzz OPMLFuzz]
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(RSSFuzz AtomFuzz JSONFeedFuzz HTMLFuzz OPMLFuzz)
# Build from a snapshot of the sources, so editing them during a long run cannot break it.
snapshot=.build/fuzz/src-$$
rm -rf "$snapshot"; mkdir -p "$snapshot"
cp -r Sources/NewsroomCore Fuzz "$snapshot/"
mapfile -t sources < <(find "$snapshot/NewsroomCore" -name '*.swift' | sort)
fixtures=Tests/NewsroomCoreTests/Fixtures/feeds
export SWIFT_BACKTRACE=enable=no
status=0
for target in "${targets[@]}"; do
  out=.build/fuzz/$target
  mkdir -p "$out/corpus" "$out/artifacts"
  echo "fuzz: building $target"
  swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name FeedFuzz \
    "${sources[@]}" "$snapshot/Fuzz/$target.swift" -o "$out/$target"
  case $target in
    JSONFeedFuzz) cp "$fixtures"/*.json "$out/corpus/" ;;
    HTMLFuzz) cp "$fixtures"/*.xml "$out/corpus/"
              printf '<p>a<br><br>b</p><ul><li>x</li></ul><pre>l1\n l2</pre><a href="../x">y</a><img alt="z">&amp;amp;&#150;' > "$out/corpus/html-seed" ;;
    OPMLFuzz) printf '<opml version="2.0"><body><outline text="F"><outline xmlUrl="https://a.example/rss" category="/x,y"/></outline></body></opml>' > "$out/corpus/opml-seed" ;;
    *) cp "$fixtures"/*.xml "$out/corpus/" ;;
  esac
  echo "fuzz: running $target for ${FUZZ_SECONDS}s"
  "$out/$target" "$out/corpus" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$out/artifacts/" -print_final_stats=1 > "$out/log.txt" 2>&1 \
    || { echo "fuzz: $target FOUND A PROBLEM (see $out/log.txt and $out/artifacts/)"; status=1; }
  grep -E "^(stat::|Done|==[0-9]+==ERROR|SUMMARY)" "$out/log.txt" || true
done
rm -rf "$snapshot"
exit ${status:-0}
