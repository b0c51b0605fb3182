#!/usr/bin/env bash
# npm run bench:install — cold install: a fresh clone of HEAD and `npm ci` with an empty npm cache
# (every package downloaded, better-sqlite3 compiled from source), timed.
set -euo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
work=$(mktemp -d /tmp/lens-cold-XXXXXX)
trap 'rm -rf "$work"' EXIT
git clone -q "$src" "$work/lens"
cd "$work/lens"
start=$(date +%s.%N)
npm ci --no-audit --no-fund --cache "$work/npm-cache" >"$work/npm.log" 2>&1 || { tail -20 "$work/npm.log"; exit 1; }
end=$(date +%s.%N)
printf 'cold install (fresh clone, empty npm cache, npm ci): %.1f s\n' "$(echo "$end - $start" | bc)"
