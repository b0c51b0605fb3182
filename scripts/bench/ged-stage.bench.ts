/**
 * npm run bench:ged-stage — from a GED import to the country's updated stage (ADR 17): a new
 * database with only the country table, the bundled Myanmar GED file (7,374 events) imported as
 * `lens import` does, then the after-commit effects run, on SQLite and (with LENS_TEST_PG_URL, or
 * a throw-away server started by scripts/bench/ged-stage.sh) PostgreSQL. Prints the import time,
 * the effect time (the rules over the country's history: stage, provinces, alerts) and the total.
 */
import path from 'node:path';
import { countryEscalation, loadReferenceData, runRefresh } from '@lens/core';
import { bundledCountries, createStore, migrateToLatest, openDatabase } from '@lens/db';
import { median, onEachDatabase } from './each-database';
import { importFile, nodeAdapters } from '@lens/node';

const FILE = path.resolve(
  import.meta.dirname,
  '../../data/bundled/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv',
);
const RUNS = Number(process.env.RUNS ?? 3);

async function once(url: string) {
  const conn = openDatabase(url);
  await migrateToLatest(conn);
  const store = createStore(conn);
  await loadReferenceData(store, { countries: bundledCountries() }, new Date().toISOString());
  const deps = nodeAdapters(store);
  const t0 = performance.now();
  const r = await importFile(deps, { kind: 'ucdp-ged', file: FILE, actor: 'bench' });
  const t1 = performance.now();
  const run = await runRefresh(deps);
  const t2 = performance.now();
  const stage = await countryEscalation(deps, { iso3: 'MMR' });
  await conn.close();
  if (run.failed.length > 0) throw new Error(run.failed[0]!.error);
  return { events: r.events, importS: (t1 - t0) / 1000, effectS: (t2 - t1) / 1000, stage };
}

for (const [name, results] of await onEachDatabase('lens-ged-', RUNS, once)) {
  const last = results.at(-1)!;
  console.log(
    `${name}: ${last.events} events; import ${median(results.map((r) => r.importS)).toFixed(2)} s, ` +
      `effects (stage, provinces, alerts) ${median(results.map((r) => r.effectS)).toFixed(2)} s, ` +
      `total ${median(results.map((r) => r.importS + r.effectS)).toFixed(2)} s (median of ${RUNS}); ` +
      `stage ${last.stage.stage} as of ${last.stage.asOf} (${last.stage.asOfBasis})`,
  );
}
