/**
 * npm run bench:gdelt-feed — a GDELT 2.0 15-minute file from lastupdate.txt to stored events and
 * an updated escalation stage (issue 17, floor 30 s). The source is the local replay server
 * (packages/node/src/feeds/testing) serving GDELT 2.0 zips built from the bundled GDELT sample
 * (Georgia, August 2011): a database holding the first half of the sample as history, then a new
 * 15-minute file of 2,500 events (a real worldwide file holds about 1,000-3,000). Timed: the feed
 * run (lastupdate.txt, the zip with its size and MD5 checked, parsing, placement, the store) and
 * the after-commit effects (the rules over Georgia's history: stage, provinces, alerts). SQLite,
 * and PostgreSQL with LENS_TEST_PG_URL; median of RUNS (default 3).
 */
import path from 'node:path';
import { countryEscalation, loadReferenceData, openLens, runRefresh } from '@lens/core';
import { bundledCountries, createStore, migrateToLatest, openDatabase } from '@lens/db';
import { median, onEachDatabase } from './each-database';
import { nodeAdapters } from '@lens/node';
import { ReplayServer } from '@lens/node/testing';

const SAMPLE = path.resolve(
  import.meta.dirname,
  '../../data/bundled/gdelt-v1-georgia-sample/aug2011.csv',
);
const RUNS = Number(process.env.RUNS ?? 3);
const PER_FILE = 2500;

const replay = new ReplayServer();
await replay.start();
// Two files: the first is the history, the second the new 15 minutes.
replay.gdeltFromV1(SAMPLE, '20110801000000', PER_FILE, 2);

async function once(url: string) {
  const conn = openDatabase(url);
  await migrateToLatest(conn);
  const store = createStore(conn);
  await loadReferenceData(store, { countries: bundledCountries() }, new Date().toISOString());
  const deps = nodeAdapters(store, {
    env: { LENS_REPORTER_KEY: Buffer.alloc(32, 1).toString('base64') },
  });
  const lens = openLens(deps);
  await lens.addFeed({
    id: 'gdelt',
    connector: 'gdelt2',
    settings: { baseUrl: `${replay.url}/gdelt` },
    actor: 'bench',
  });
  replay.gdelt.published = 1;
  await lens.runFeed('gdelt', { trigger: 'manual', actor: 'bench' });
  await runRefresh(deps);
  replay.gdelt.published = 2;
  const t0 = performance.now();
  const r = await lens.runFeed('gdelt', { trigger: 'manual', actor: 'bench' });
  const t1 = performance.now();
  const effects = await runRefresh(deps);
  const t2 = performance.now();
  const stage = await countryEscalation(deps, { iso3: 'GEO' });
  await conn.close();
  if (!('run' in r) || r.status !== 'succeeded') throw new Error(JSON.stringify(r));
  if (effects.failed.length > 0) throw new Error(effects.failed[0]!.error);
  return { added: r.run.added, feedS: (t1 - t0) / 1000, effectS: (t2 - t1) / 1000, stage };
}

for (const [name, results] of await onEachDatabase('lens-gdelt-', RUNS, once)) {
  const last = results.at(-1)!;
  console.log(
    `${name}: ${last.added} new events; feed run ${median(results.map((r) => r.feedS)).toFixed(2)} s, ` +
      `effects (stage, provinces, alerts) ${median(results.map((r) => r.effectS)).toFixed(2)} s, ` +
      `lastupdate.txt to updated stage ${median(results.map((r) => r.feedS + r.effectS)).toFixed(2)} s (median of ${RUNS}); ` +
      `Georgia's stage ${last.stage.stage} as of ${last.stage.asOf}`,
  );
}
await replay.stop();
