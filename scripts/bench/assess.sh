#!/usr/bin/env bash
# npm run bench:assess — the structural lens on a new SQLite database with the bundled data:
# assessments of every country for every year 1990-2024 in one command (floor: 30 s), then the
# history check against the EWP's mass-killing onsets when ../shared/data/restricted is present.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p var/bench
DB=var/bench/assess.db
rm -f "$DB" "$DB-wal" "$DB-shm"
export LENS_DATABASE_URL="sqlite:$DB"
lens() { node apps/cli/bin/lens.mjs "$@"; }
lens data load >/dev/null 2>&1
OUTCOMES=../shared/data/restricted/ewp-2025/basedata2025_4august2025.csv
[ -f "$OUTCOMES" ] && lens import ewp-outcomes "$OUTCOMES" >/dev/null 2>&1
for run in 1 2 3; do
  t0=$(date +%s.%N)
  lens assess --all --from 1990 --year 2024 --out var/bench/assessments-1990-2024.csv
  echo "TIME assess-all run $run: $(echo "$(date +%s.%N) - $t0" | bc) s (whole command, incl. start-up)"
done
if [ -f "$OUTCOMES" ]; then
  lens assess history
else
  echo "$OUTCOMES is absent: the history check is not run"
fi
