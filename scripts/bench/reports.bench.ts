/**
 * npm run bench:reports — sustained field-report submissions against `lens serve` on a new SQLite
 * database: an open-loop sender at RATE reports/s for SECONDS (default 50/s for 300 s), each with
 * a sealed reporter, then a count of what is stored. Prints errors, lost reports and the
 * acknowledgement latency percentiles (BENCHMARKS.md).
 */
import { benchServer } from './bench-server';

const RATE = Number(process.env.RATE ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 300);

const s = await benchServer('reports', 8390);
const url = s.databaseUrl;
const json = { 'content-type': 'application/json' };
const auth = s.auth;

const latencies: number[] = [];
const acked = new Set<number>();
let errors = 0;
let sent = 0;
const inFlight = new Set<Promise<void>>();
const started = performance.now();
const total = RATE * SECONDS;
console.log(`sending ${total} reports at ${RATE}/s for ${SECONDS} s to ${s.url} (SQLite ${url})`);
while (sent < total) {
  // Open loop: the k-th report leaves at k / RATE seconds, whatever the server's pace.
  const due = started + (sent * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const k = sent++;
  const t0 = performance.now();
  const p = fetch(`${s.url}/api/reports`, {
    method: 'POST',
    headers: { ...json, ...auth },
    body: JSON.stringify({
      occurredOn: '2024-03-01',
      iso3: 'CAF',
      latitude: 4.36 + (k % 100) / 100,
      longitude: 18.56,
      description: `bench report ${k}: armed men entered the village at dawn and burned houses`,
      language: 'en',
      civiliansTargeted: true,
      fatalitiesBest: k % 7,
      reporter: { name: `Monitor ${k % 40}`, contact: `+236 7000 ${String(k).padStart(5, '0')}` },
    }),
  })
    .then(async (res) => {
      if (res.status === 201) {
        acked.add(((await res.json()) as { id: number }).id);
        latencies.push(performance.now() - t0);
      } else errors++;
    })
    .catch(() => {
      errors++;
    })
    .finally(() => inFlight.delete(p));
  inFlight.add(p);
  if (k % (RATE * 30) === 0 && k > 0)
    console.log(`  ${k} sent, ${acked.size} acknowledged, ${errors} errors`);
}
await Promise.all(inFlight);
const elapsed = (performance.now() - started) / 1000;
const list = (await (await fetch(`${s.url}/api/reports?limit=1000`, { headers: auth })).json()) as {
  reports: Array<{ id: number }>;
};
// Count every stored report through the API, page by page.
let stored = list.reports.length;
let before = list.reports.at(-1)?.id;
const ids = new Set(list.reports.map((r) => r.id));
while (before !== undefined && before > 1) {
  const page = (await (
    await fetch(`${s.url}/api/reports?limit=1000&before=${before}`, {
      headers: auth,
    })
  ).json()) as { reports: Array<{ id: number }> };
  if (page.reports.length === 0) break;
  stored += page.reports.length;
  for (const r of page.reports) ids.add(r.id);
  before = page.reports.at(-1)?.id;
}
await s.stop();
const lost = [...acked].filter((id) => !ids.has(id)).length;
latencies.sort((a, b) => a - b);
const pct = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
console.log(
  `RESULT ${total} sent in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(1)}/s): ${acked.size} acknowledged, ${errors} errors, ${stored} stored, ${lost} acknowledged but lost`,
);
console.log(
  `ACK LATENCY ms: p50 ${pct(0.5).toFixed(1)}, p95 ${pct(0.95).toFixed(1)}, p99 ${pct(0.99).toFixed(1)}, max ${latencies.at(-1)!.toFixed(1)}`,
);
