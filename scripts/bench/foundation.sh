#!/usr/bin/env bash
# npm run bench:foundation — starts a throw-away PostgreSQL, then runs the foundation benchmarks.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/pg-throwaway.sh
pg_throwaway_start
trap pg_throwaway_stop EXIT
# A new database in the cluster for the run.
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 'create database lens_bench' postgres
LENS_TEST_PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/lens_bench" npx tsx scripts/bench/foundation.bench.ts
