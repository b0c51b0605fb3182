#!/usr/bin/env bash
# npm run bench:ingest — GED-format ingest of a generated 1,000,000-row file (../shared/bench/make-ged.py):
# `lens import ucdp-ged` into SQLite and into PostgreSQL, and DuckDB's read_csv as the peer, in one run.
# Prints wall time, rows/s and peak RSS of each process (GNU time), and the ratios. `--no-refresh`:
# the import alone, as the peer loads a table (the analyses that follow are measured by bench:ged-stage).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${BENCH_ROWS:-1000000}
mkdir -p var/bench
FILE="var/bench/ged-$ROWS.csv"
[ -f "$FILE" ] || python3 ../shared/bench/make-ged.py "$ROWS" "$FILE" 1
if [ ! -d var/bench-peers/node_modules/@duckdb/node-api ]; then
  npm install --no-audit --no-fund --prefix var/bench-peers @duckdb/node-api@1.5.6-r.1 >/dev/null 2>&1
fi
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install -y time"; exit 1; }
source scripts/pg-throwaway.sh
pg_throwaway_start >/dev/null
trap pg_throwaway_stop EXIT
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 'create database lens_ingest' postgres

measure() { # label command...; prints "label seconds peakMB"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o var/bench/time.txt "$@" > var/bench/out.txt 2>&1 || { cat var/bench/out.txt; exit 1; }
  read -r secs kb < var/bench/time.txt
  echo "$label $secs $((kb / 1024))"
}
rm -f var/bench/ingest.db* var/bench/duck.db*
LENS_DATABASE_URL=sqlite:var/bench/ingest.db node apps/cli/bin/lens.mjs db migrate >/dev/null
LENS_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/lens_ingest" node apps/cli/bin/lens.mjs db migrate >/dev/null
duck=$(measure duckdb node scripts/bench/duckdb-peer.mjs "$PWD/var/bench-peers" "$PWD/$FILE" "$PWD/var/bench/duck.db")
sqlite=$(LENS_DATABASE_URL=sqlite:var/bench/ingest.db measure sqlite node apps/cli/bin/lens.mjs import ucdp-ged "$FILE" --no-refresh)
pg=$(LENS_DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/lens_ingest" measure postgres node apps/cli/bin/lens.mjs import ucdp-ged "$FILE" --no-refresh)
# PostgreSQL's own floor: the same events, already parsed, placed and in COPY format, copied into
# the same table by psql alone (a second dataset row; the first import's rows stay, as Lens's did).
PSQL=("$PG_BIN/psql" -qtA -h 127.0.0.1 -p "$PG_PORT" -U postgres lens_ingest)
COLS="source_id, date_start, date_end, date_precision, year, iso3, admin1, latitude, longitude, geo_precision, violence_type, actor_a, actor_b, deaths_best, deaths_low, deaths_high, deaths_civilians, civilian_targeting, description, admin1_code, assoc_a, assoc_b"
floor_id=$("${PSQL[@]}" -c "insert into datasets (kind, source, version, licence, file_name, sha256, importer_version, imported_at, imported_by) values ('ucdp-ged', 'bench', 'psql', 'bench', 'psql', repeat('0', 64), '1', 'bench', 'bench') returning id" | head -1)
"${PSQL[@]}" -c "\\copy (select $floor_id, $COLS from events where dataset_id = 1) to '$PWD/var/bench/events.copy'"
psql_copy=$(measure psql-copy "${PSQL[@]}" -c "\\copy events (dataset_id, $COLS) from '$PWD/var/bench/events.copy'")
rm -f var/bench/events.copy
node -e '
  const rows = Number(process.argv[1]);
  const parse = (s) => { const [label, secs, mb] = s.split(" "); return { label, secs: Number(secs), mb: Number(mb) }; };
  const [duck, sqlite, pg, floor] = process.argv.slice(2).map(parse);
  for (const r of [sqlite, pg, floor, duck]) console.log(`${r.label.padEnd(9)} ${r.secs.toFixed(1).padStart(6)} s  ${Math.round(rows / r.secs).toLocaleString("en").padStart(9)} rows/s  peak RSS ${r.mb} MB`);
  const ratio = (r) => (duck.secs / r.secs).toFixed(2);
  console.log(`rows/s against DuckDB read_csv: Lens on SQLite ${ratio(sqlite)}x, on PostgreSQL ${ratio(pg)}x; psql COPY of the parsed rows alone ${ratio(floor)}x`);
' "$ROWS" "$duck" "$sqlite" "$pg" "$psql_copy"
