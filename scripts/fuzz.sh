#!/usr/bin/env bash
# Fuzzes one parser with libFuzzer + AddressSanitizer.
#   scripts/fuzz.sh [TARGET]       TARGET = dump (default); Fuzz/<Target>Fuzz.swift is the entry
#   FUZZ_SECONDS=600               how long to run (default 600)
#   FUZZ_JOBS=1                    parallel fuzzing processes
# The corpus lives in fuzz-corpus/TARGET (git-ignored), seeded from Samples/ on every run;
# crashes are written as crash-* files in the package root (also git-ignored).
set -euo pipefail

target="${1:-dump}"
seconds="${FUZZ_SECONDS:-600}"
jobs="${FUZZ_JOBS:-1}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# Target name -> entry file and the seed directories (add feeds here later).
case "$target" in
  dump) entry="Fuzz/DumpFuzz.swift"; seeds=(Samples Samples/hostile) ;;
  *) echo "fuzz.sh: unknown target '$target' (known: dump)" >&2; exit 2 ;;
esac

build="$root/.build/fuzz"
binary="$build/$target-fuzz"
mkdir -p "$build" "fuzz-corpus/$target"

# NewsroomCore's sources plus the entry point, compiled as one module: the fuzzer needs
# coverage instrumentation in the code under test, which a plain SwiftPM build does not add.
mapfile -t sources < <(find Sources/NewsroomCore -name '*.swift' | sort)
echo "fuzz.sh: building $binary (${#sources[@]} sources + $entry)"
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name NewsroomCore \
  "${sources[@]}" "$entry" -o "$binary"

for dir in "${seeds[@]}"; do
  [ -d "$dir" ] || continue
  find "$dir" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.xml' -o -name '*.json' \) \
    -exec cp {} "fuzz-corpus/$target/" \;
done

echo "fuzz.sh: running $target for ${seconds}s"
parallel=()
if [ "$jobs" -gt 1 ]; then parallel=(-jobs="$jobs" -workers="$jobs"); fi
SWIFT_BACKTRACE=enable=no "$binary" "fuzz-corpus/$target" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 "${parallel[@]}"
