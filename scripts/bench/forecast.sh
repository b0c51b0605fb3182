#!/usr/bin/env bash
# npm run bench:forecast — the EWP back-test protocol (origins 1991-2021) run by Lens for the
# elastic net in the EWP's form (alpha 0.5, 10-fold CV, lambda.min), for boosted trees and for the
# default model (their ensemble, weight chosen inside each origin's training years), and by
# the R glmnet peer script (../shared/bench/ewp-glmnet-backtest.R) in the same run, with wall
# times and scores side by side. Needs ../shared/data/restricted/ewp-2025; installs Debian's
# r-base-core and r-cran-glmnet for the peer when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
EWP=../shared/data/restricted/ewp-2025
[ -d "$EWP" ] || { echo "$EWP is absent: the forecasting benchmark needs the EWP replication files"; exit 1; }
if ! Rscript -e 'library(glmnet)' >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get install -y -q r-base-core r-cran-glmnet >/dev/null
fi
mkdir -p var/bench
DB=var/bench/forecast.db
rm -f "$DB" "$DB-wal" "$DB-shm"
export LENS_DATABASE_URL="sqlite:$DB"
lens() { node apps/cli/bin/lens.mjs "$@"; }
lens features build --spec ewp-2025 --from "$EWP" --out var/bench/ewp-features.csv >/dev/null
lens models add-reference --id ewp-2025 --coefficients "$EWP/coefficients_3Sep2025_fullprecision_from_rds.csv" >/dev/null
lens models train --id gbt --spec ewp-2025@1 --learner gbt >/dev/null
lens models train --id ensemble --spec ewp-2025@1 --learner ensemble-validated >/dev/null
lens models default ensemble >/dev/null
timed() { # label command... ; prints the command's output and "label seconds"
  local label=$1; shift
  local t0; t0=$(date +%s.%N)
  "$@" 2>/dev/null | grep -v '^{"progress"'
  echo "TIME $label $(echo "$(date +%s.%N) - $t0" | bc)"
}
FOOS="$EWP/FOOSforecasts_3Sep2025.csv"
timed lens-elastic-net lens backtest --model ewp-2025 --out var/bench/bt-elastic-net.csv --compare "$FOOS"
timed lens-gbt lens backtest --model gbt --out var/bench/bt-gbt.csv --compare "$FOOS"
timed lens-default lens backtest --model default --out var/bench/bt-default.csv --compare "$FOOS"
timed glmnet Rscript ../shared/bench/ewp-glmnet-backtest.R "$EWP/prepared2024predictors-2025-09-03.csv" \
  "$EWP/coefficients_3Sep2025_fullprecision_from_rds.csv" var/bench/bt-glmnet.csv
echo "All three tables and the EWP's own, by the same scorer:"
lens score var/bench/bt-elastic-net.csv var/bench/bt-gbt.csv var/bench/bt-default.csv var/bench/bt-glmnet.csv "$FOOS" 2>/dev/null
