#!/usr/bin/env bash
# npm run bench:two-servers — the alert bench (scripts/bench/alerts.bench.ts) with two `lens serve`
# processes on one throw-away PostgreSQL: RATE reports/s (default 100) for DURATION s (default 300),
# alternating between the servers, the listener on the second (issue 21, BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/pg-throwaway.sh
LENS_TEST_PG_PORT=${LENS_TEST_PG_PORT:-56300} pg_throwaway_start
trap pg_throwaway_stop EXIT
# (bash keeps its own SECONDS: the duration is DURATION here.)
BENCH_PG_URL="$LENS_TEST_PG_URL" SERVERS=2 RATE="${RATE:-100}" SECONDS="${DURATION:-300}" \
  npx tsx scripts/bench/alerts.bench.ts
