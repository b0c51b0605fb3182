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
node -e '
  const rows = Number(process.argv[1]);
  const parse = (s) => { const [label, secs, mb] = s.split(" "); return { label, secs: Number(secs), mb: Number(mb) }; };
  const [duck, sqlite, pg] = process.argv.slice(2).map(parse);
  for (const r of [sqlite, pg, duck]) console.log(`${r.label.padEnd(9)} ${r.secs.toFixed(1).padStart(6)} s  ${Math.round(rows / r.secs).toLocaleString("en").padStart(9)} rows/s  peak RSS ${r.mb} MB`);
  console.log(`Lens on SQLite takes ${(sqlite.secs / duck.secs).toFixed(2)}x the time of DuckDB read_csv; on PostgreSQL ${(pg.secs / duck.secs).toFixed(2)}x`);
' "$ROWS" "$duck" "$sqlite" "$pg"
