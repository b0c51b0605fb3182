/**
 * npm run bench:alerts — latency from field-report submission to the alert on the live stream
 * (server-sent events), against `lens serve` on a new SQLite database. An open-loop sender posts
 * RATE reports/s for SECONDS (default 50/s for 300 s), spread over 20 countries; every report
 * (civilians targeted, 10+ dead) raises or joins a `mass-killing` alert. A listener on
 * /api/alerts/stream notes when each report's ref first appears. Prints p50/p95/p99 (BENCHMARKS.md).
 */
import { benchPgDatabase, benchServer, secondBenchServer } from './bench-server';

const RATE = Number(process.env.RATE ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 300);
const PLACES: Array<[string, number, number]> = [
  ['CAF', 6.6, 20.9],
  ['MMR', 21.9, 95.9],
  ['SDN', 15.5, 30.5],
  ['SSD', 7.3, 30.3],
  ['COD', -2.9, 23.6],
  ['MLI', 17.0, -4.0],
  ['BFA', 12.2, -1.5],
  ['NER', 17.6, 8.0],
  ['NGA', 9.1, 8.7],
  ['ETH', 9.1, 40.5],
  ['SOM', 5.2, 46.2],
  ['YEM', 15.6, 48.5],
  ['SYR', 35.0, 38.5],
  ['AFG', 33.9, 67.7],
  ['HTI', 18.97, -72.3],
  ['MEX', 23.6, -102.5],
  ['COL', 4.6, -74.1],
  ['CMR', 5.9, 12.3],
  ['TCD', 15.5, 18.7],
  ['MOZ', -18.7, 35.5],
];

// BENCH_URL: measure a server already running (e.g. under --cpu-prof), set up with the bench token.
// SERVERS=2 with BENCH_PG_URL: two servers on one new PostgreSQL database (issue 21); reports
// alternate between them and the listener is on the second, so every latency crosses servers
// for half the reports.
const SERVERS = Number(process.env.SERVERS ?? 1);
const first = await benchServer(
  'alerts',
  8391,
  {},
  process.env.BENCH_PG_URL ? await benchPgDatabase('alerts') : undefined,
);
const servers = SERVERS === 2 ? [first, await secondBenchServer(first, 8392)] : [first];
const s = servers.at(-1)!;
const json = { 'content-type': 'application/json' };
const { auth } = s;

// The listener: every alert message names the reports that raised or joined it.
const sentAt = new Map<number, number>();
const seenAt = new Map<number, number>();
const early = new Map<number, number>();
const stream = await fetch(`${s.url}/api/alerts/stream`, { headers: auth });
if (stream.status !== 200) throw new Error(`stream: ${stream.status}`);
void (async () => {
  const reader = stream.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
    if (done || !value) return;
    buf += decoder.decode(value, { stream: true });
    let i: number;
    while ((i = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const data = block.split('\n').find((l) => l.startsWith('data: '));
      if (!data) continue;
      const now = performance.now();
      const m = JSON.parse(data.slice(6)) as { eventRefs?: string[] };
      for (const ref of m.eventRefs ?? []) {
        const id = Number(ref.replace('report:', ''));
        if (!ref.startsWith('report:') || seenAt.has(id)) continue;
        // A message can arrive before the sender has read its own acknowledgement.
        if (sentAt.has(id)) seenAt.set(id, now);
        else early.set(id, now);
      }
    }
  }
})();

let errors = 0;
let sent = 0;
const total = RATE * SECONDS;
const inFlight = new Set<Promise<void>>();
const started = performance.now();
console.log(
  `sending ${total} reports at ${RATE}/s for ${SECONDS} s to ${servers.map((x) => x.url).join(' and ')} (${first.databaseUrl.split(':')[0]}); listening on the alert stream of ${s.url}`,
);
while (sent < total) {
  const due = started + (sent * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  const k = sent++;
  const [iso3, lat, lon] = PLACES[k % PLACES.length]!;
  const t0 = performance.now();
  const p = fetch(`${servers[k % servers.length]!.url}/api/reports`, {
    method: 'POST',
    headers: { ...json, ...auth },
    body: JSON.stringify({
      occurredOn: new Date().toISOString().slice(0, 10),
      iso3,
      latitude: lat + ((k % 9) - 4) / 10,
      longitude: lon + ((k % 7) - 3) / 10,
      description: `bench report ${k}: armed men killed villagers at dawn and burned houses`,
      language: 'en',
      civiliansTargeted: true,
      fatalitiesBest: 10 + (k % 20),
      reporter: { name: `Monitor ${k % 40}`, contact: `+236 7000 ${String(k).padStart(5, '0')}` },
    }),
  })
    .then(async (res) => {
      if (res.status !== 201) return void errors++;
      const id = ((await res.json()) as { id: number }).id;
      sentAt.set(id, t0);
      const e = early.get(id);
      if (e !== undefined) seenAt.set(id, e);
    })
    .catch(() => void errors++)
    .finally(() => inFlight.delete(p));
  inFlight.add(p);
  if (k % (RATE * 30) === 0 && k > 0)
    console.log(`  ${k} sent, ${seenAt.size} seen on the stream, ${errors} errors`);
}
await Promise.all(inFlight);
const deadline = performance.now() + 10_000;
while (seenAt.size < sentAt.size && performance.now() < deadline)
  await new Promise((r) => setTimeout(r, 100));
const elapsed = (performance.now() - started) / 1000;
const lat = [...seenAt].map(([id, at]) => at - sentAt.get(id)!).sort((a, b) => a - b);
const pct = (q: number) => lat[Math.min(lat.length - 1, Math.floor(q * lat.length))]!;
console.log(
  `RESULT ${total} sent in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(1)}/s): ${sentAt.size} acknowledged, ${errors} errors, ${seenAt.size} seen on the alert stream, ${sentAt.size - seenAt.size} never seen`,
);
console.log(
  `SUBMIT->STREAM LATENCY ms: p50 ${pct(0.5).toFixed(1)}, p95 ${pct(0.95).toFixed(1)}, p99 ${pct(0.99).toFixed(1)}, max ${lat.at(-1)!.toFixed(1)}`,
);
// Lost: acknowledged but not stored (read back page by page from the first server).
const stored = new Set<number>();
for (let before: number | undefined; ;) {
  const page = (await (
    await fetch(`${first.url}/api/reports?limit=1000${before ? `&before=${before}` : ''}`, {
      headers: auth,
    })
  ).json()) as { reports: Array<{ id: number }> };
  for (const r of page.reports) stored.add(r.id);
  if (page.reports.length < 1000) break;
  before = page.reports.at(-1)!.id;
}
console.log(
  `LOST ${[...sentAt.keys()].filter((id) => !stored.has(id)).length} acknowledged reports not stored`,
);
const stopping = performance.now();
await Promise.all(servers.map((x) => x.stop()));
console.log(`server stopped in ${((performance.now() - stopping) / 1000).toFixed(1)} s`);
process.exit(0);
