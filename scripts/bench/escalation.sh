#!/usr/bin/env bash
# npm run bench:escalation — the escalation rules replayed over the three real full-layout UCDP
# GED files (Central African Republic 23.1, Myanmar 24.1, Mexico 24.1, from ../shared/data/open)
# in a new SQLite database: the whole `lens escalation replay` command, start-up included (floor
# 10 s), then the alerts it raised for Rakhine State before August 2017.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The three GED files, imported by the event-store bench into this bench's own database.
export DB=var/bench/escalation.db
bash scripts/bench/events.sh
export LENS_DATABASE_URL="sqlite:$DB"
lens() { node apps/cli/bin/lens.mjs "$@"; }
t0=$(date +%s.%N)
lens escalation replay --country CAF MMR MEX
s=$(echo "$(date +%s.%N) - $t0" | bc)
echo "TIME replay of CAF, MMR, MEX: $s s (whole command, incl. start-up)"
lens alerts list --country MMR --format json | node -e '
const { alerts } = JSON.parse(require("fs").readFileSync(0, "utf8"));
const r = alerts.filter((a) => a.admin1_code === "MM-16" && a.stage === "violence" && a.raised_at < "2017-08-25" && a.first_event_date >= "2016-10-01");
for (const a of r) console.log(`RAKHINE ${a.rule} ${a.severity}: events from ${a.first_event_date}, raised ${a.raised_at}`);
'
