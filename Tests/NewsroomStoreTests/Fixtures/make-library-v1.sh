#!/usr/bin/env bash
# Makes library-v1.sqlite: a library written by schema v1 (the first shipped schema), for
# MigrationTests. Run once with the v1 binary and commit the result; never regenerate it with
# a later schema, or the test stops proving that old libraries open.
#   usage: Tests/NewsroomStoreTests/Fixtures/make-library-v1.sh [path/to/newsroom]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${1:-$here/../../../.build/debug/newsroom}"
out="$here/library-v1.sqlite"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/library-v1.sqlite"

"$bin" bookmarks test-hook seed 20 --db "$db"
ids=($("$bin" list --db "$db" | cut -c1-8))
"$bin" bookmarks add "${ids[0]}" --note "first note" --tag energy --tag jena --db "$db"
"$bin" bookmarks add "${ids[5]}" --db "$db"
"$bin" bookmarks add "${ids[19]}" --note "Übersicht, with an umlaut" --db "$db"
test ! -e "$db-wal" || { echo "the write-ahead log was not checkpointed" >&2; exit 1; }
cp "$db" "$out"
echo "wrote $out"
