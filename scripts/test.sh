#!/usr/bin/env bash
# The test command: installs what the tests need when missing (Debian chromium, postgresql,
# fonts, iso-codes, poppler-utils for pdftotext, python3-networkx), starts a throw-away PostgreSQL on 127.0.0.1, runs every test (unit, integration on
# SQLite and PostgreSQL, browser end-to-end in Chromium) and ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -f /usr/share/iso-codes/json/iso_3166-2.json ] || need+=(iso-codes)
# Network exports are read back with networkx, as Python analysts will (any python3 that has it).
{ python3 -c 'import networkx' || /usr/bin/python3 -c 'import networkx'; } >/dev/null 2>&1 \
  || need+=(python3-networkx)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing test dependencies: ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
      || { echo "apt-get install ${need[*]} failed"; exit 1; }
  else
    echo "The tests need these Debian packages: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}"
    exit 1
  fi
fi

# Chromium and pdftotext are there now: tests that need them fail rather than skip without them.
export LENS_REQUIRE_CHROMIUM=1
export LENS_REQUIRE_NETWORKX=1

source scripts/pg-throwaway.sh
pg_throwaway_start || exit 1
trap pg_throwaway_stop EXIT
export LENS_TEST_PG_URL

passed=0; failed=0; skipped=0
count() { # reads a vitest/playwright JSON summary file: passed failed skipped
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (r.numPassedTests !== undefined) console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0), r.numPendingTests + (r.numTodoTests ?? 0));
    else { const s = r.stats; console.log(s.expected, s.unexpected + (s.flaky ?? 0), s.skipped); }
  ' "$1" 2>/dev/null || echo "0 1 0"
}
mkdir -p var/test-results
rm -f var/test-results/*.json

echo "== unit and integration tests (vitest, SQLite and PostgreSQL)"
npx vitest run --reporter=default --reporter=json --outputFile.json=var/test-results/vitest.json
read -r p f s < <(count var/test-results/vitest.json); passed=$((passed+p)); failed=$((failed+f)); skipped=$((skipped+s))

echo "== browser end-to-end tests (Playwright in Debian Chromium)"
npm run --silent build:web >/dev/null || { echo "web build failed"; failed=$((failed+1)); }
PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/var/test-results/e2e.json" npx playwright test -c apps/web/playwright.config.ts --reporter=list,json
read -r p f s < <(count var/test-results/e2e.json); passed=$((passed+p)); failed=$((failed+f)); skipped=$((skipped+s))

echo "== OpenAPI document drift"
if npx tsx scripts/openapi.ts --check; then passed=$((passed+1)); else failed=$((failed+1)); fi

echo "${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
