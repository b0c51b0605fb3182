#!/usr/bin/env bash
# npm run bench:events — the three real full-layout UCDP GED files (Central African Republic
# 23.1, Myanmar 24.1, Mexico 24.1, from ../shared/data/open) imported into the event store of a new SQLite database, each event
# placed in its admin-1 unit; rows/s per file (whole command, including start-up).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p var/bench
DB=${DB:-var/bench/events.db}
rm -f "$DB" "$DB-wal" "$DB-shm"
export LENS_DATABASE_URL="sqlite:$DB"
lens() { node apps/cli/bin/lens.mjs "$@"; }
lens db migrate >/dev/null
OPEN=../shared/data/open
for f in $OPEN/ucdp-ged-23.1-car/GEDEvent_v23_1_CAR_482.csv \
  $OPEN/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv \
  $OPEN/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_mexico.csv; do
  t0=$(date +%s.%N)
  out=$(lens import ucdp-ged "$f" 2>/dev/null | tail -1)
  s=$(echo "$(date +%s.%N) - $t0" | bc)
  rows=$(echo "$out" | sed -E 's/.* ([0-9]+) events$/\1/')
  echo "$out"
  echo "TIME $(basename "$f"): $rows events in $s s = $(echo "$rows / $s" | bc) events/s (whole command, incl. start-up)"
done
node -e '
const Database = require("better-sqlite3");
const db = new Database(process.argv[1], { readonly: true });
const r = db.prepare("select count(*) n, sum(admin1_code is not null) placed, sum(latitude is not null) located from events").get();
console.log(`events ${r.n}, with coordinates ${r.located}, placed in an admin-1 unit ${r.placed}`);
' "$DB"
