#!/usr/bin/env bash
# The floor under `newsroom add`'s import rate: SQLite alone (the sqlite3 shell, no Swift, no
# hashing, no JSON) inserting 100,000 rows of the v1 articles table shape (~2.4 KB of text
# each, random identities and titles) in 50 transactions of 2,000, WAL, synchronous=FULL, with
# the schema's indexes and the fts_pending trigger; then again with only the identity and
# date indexes. Prints user+sys CPU seconds and articles per CPU second for each.
#   usage: scripts/store-sqlite-floor.sh   (needs sqlite3; uses the v1 fixture's schema)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sqlite3 "$here/Tests/NewsroomStoreTests/Fixtures/library-v1.sqlite" .schema > "$work/schema.sql"
{
  echo "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-32768;"
  echo "INSERT INTO sources(kind, location, first_seen, last_seen) VALUES ('file', '/x', 0, 0);"
  for _ in $(seq 50); do
    echo "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
      INSERT INTO articles (identity, short_length, published, publication, section, title, content_hash,
        source_id, imported_at, teaser, editors, contacts, links, enclosures, related, headlines, body)
      SELECT lower(hex(randomblob(8))), 8, abs(random()) % 1000000000, 'Pub ' || (i % 5), 'Sec ' || (i % 12),
        'Title ' || hex(randomblob(12)), random(), 1, 0, hex(randomblob(100)), 'Ed', '[]', '[]', '[]', '[]',
        '[\"h\"]', hex(randomblob(1000)) FROM n; COMMIT;"
  done
} > "$work/insert.sql"
run() {
  local label="$1" db="$work/floor-$RANDOM.sqlite"
  sqlite3 "$db" < "$work/schema.sql"
  [ -n "${2:-}" ] && sqlite3 "$db" "$2"
  local start end
  start=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  ( sqlite3 "$db" < "$work/insert.sql" > /dev/null )
  end=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  local ticks=$((end - start)) hz
  hz=$(getconf CLK_TCK)
  awk -v t="$ticks" -v hz="$hz" -v l="$label" 'BEGIN { s = t / hz; printf "%s: %.2f s CPU, %.0f articles per CPU second\n", l, s, 100000 / s }'
}
run "v1 schema (6 indexes + fts_pending trigger)"
run "identity and date indexes only" "DROP INDEX articles_by_title; DROP INDEX articles_by_publication;
  DROP INDEX articles_by_section; DROP INDEX articles_by_source; DROP TRIGGER articles_fts_insert;"
