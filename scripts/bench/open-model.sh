#!/usr/bin/env bash
# npm run bench:open-model — the open default model (ADR 17) under the EWP's back-test protocol
# (origins 1991-2021: fit on years <= T, predict from T+2 data, the recipe refitted at every
# origin), beside the EWP's published back-test (FOOSforecasts_3Sep2025.csv) on the same 39 onsets.
# A new SQLite database gets the bundled data only (`lens data load`, which trains the open model
# as the first start does); the elastic net and the validated ensemble on the same open features
# are back-tested too, for the record. Needs ../shared/data/restricted/ewp-2025 for the EWP's table.
set -euo pipefail
cd "$(dirname "$0")/../.."
EWP=../shared/data/restricted/ewp-2025
FOOS="$EWP/FOOSforecasts_3Sep2025.csv"
[ -f "$FOOS" ] || { echo "$FOOS is absent: the comparison needs the EWP's published back-test"; exit 1; }
mkdir -p var/bench
DB=var/bench/open-model.db
rm -f "$DB" "$DB-wal" "$DB-shm"
export LENS_DATABASE_URL="sqlite:$DB"
lens() { node apps/cli/bin/lens.mjs "$@"; }
timed() { # label command... ; prints the command's output and "TIME label seconds"
  local label=$1; shift
  local t0; t0=$(date +%s.%N)
  "$@" 2>/dev/null | grep -v '^{"progress"'
  echo "TIME $label $(echo "$(date +%s.%N) - $t0" | bc)"
}
t0=$(date +%s.%N); lens data load >/dev/null 2>&1; echo "TIME first-load (bundled data, open model trained and back-tested, effects) $(echo "$(date +%s.%N) - $t0" | bc)"
lens models list
timed open-gbt lens backtest --model lens-open --out var/bench/bt-open-gbt.csv | grep -v '^  [0-9]'
lens models train --id open-elastic-net --learner elastic-net >/dev/null
lens models train --id open-ensemble --learner ensemble-validated >/dev/null
timed open-elastic-net lens backtest --model open-elastic-net --out var/bench/bt-open-en.csv | grep -v '^  [0-9]'
timed open-ensemble lens backtest --model open-ensemble --out var/bench/bt-open-ensemble.csv | grep -v '^  [0-9]'
echo "The open models and the EWP's own back-test, by the same scorer:"
lens score var/bench/bt-open-gbt.csv var/bench/bt-open-en.csv var/bench/bt-open-ensemble.csv "$FOOS" 2>/dev/null
