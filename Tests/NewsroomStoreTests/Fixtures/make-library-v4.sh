#!/usr/bin/env bash
# Makes library-v4.sqlite: a library written by schema v4, the last one that kept link
# markers (`[1]`) in the body text and the URLs in a `links` column, for MigrationTests.
# Run once with a v4 binary and commit the result; never regenerate it with a later schema.
#   usage: Tests/NewsroomStoreTests/Fixtures/make-library-v4.sh path/to/v4/newsroom
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="$1"
out="$here/library-v4.sqlite"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/library-v4.sqlite"
cp "$here/links-feed.xml" "$work/feed.xml"
"$bin" add "$work/feed.xml" --db "$db"
test ! -e "$db-wal" || { echo "the write-ahead log was not checkpointed" >&2; exit 1; }
cp "$db" "$out"
echo "wrote $out"
