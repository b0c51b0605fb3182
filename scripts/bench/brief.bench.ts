/**
 * npm run bench:brief — the time to render one brief as PDF, warm (issue 9 floor: at most 2 s).
 * Loads the bundled data into a fresh SQLite file, replays Myanmar's escalation, then renders the
 * Myanmar 2021 brief: once cold (Chromium starts), then RUNS times warm, in English and Arabic.
 * "Warm" is the whole request path the server runs: gathering the brief's data from the
 * database, HTML, and PDF in the running Chromium.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  briefData,
  loadReferenceData,
  renderBriefHtml,
  replayEscalation,
  type UseCaseDeps,
} from '../../packages/core/src/index';
import {
  bundledCountries,
  createStore,
  migrateToLatest,
  openDatabase,
} from '../../packages/db/src/index';
import { PdfRenderer, loadBundledData, nodeAdapters } from '../../packages/node/src/index';

const RUNS = Number(process.env.RUNS ?? 10);
const dir = mkdtempSync(path.join(tmpdir(), 'lens-bench-brief-'));
const conn = openDatabase(`sqlite:${path.join(dir, 'lens.db')}`);
await migrateToLatest(conn);
const store = createStore(conn);
await loadReferenceData(store, { countries: bundledCountries() }, new Date().toISOString());
const deps: UseCaseDeps = nodeAdapters(store);
await loadBundledData(deps, () => undefined);
await replayEscalation(deps, { iso3: 'MMR', actor: 'bench' });

const pdf = new PdfRenderer();
const render = async (lang: string) =>
  pdf.pdf(renderBriefHtml(await briefData(deps, { iso3: 'MMR', year: 2021, lang })));
let t = performance.now();
const first = await render('en');
console.log(
  `cold (Chromium starts): ${((performance.now() - t) / 1000).toFixed(2)} s, ${first.length} bytes`,
);
for (const lang of ['en', 'ar']) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    await render(lang);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const worst = times[times.length - 1]!;
  console.log(
    `RESULT warm brief PDF (${lang}), ${RUNS} runs: median ${(median / 1000).toFixed(2)} s, slowest ${(worst / 1000).toFixed(2)} s`,
  );
}
await pdf.close();
await conn.close();
