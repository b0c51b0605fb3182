// Times each stage of a GED-format import in one thread, for finding where the time goes (issue 17).
// tsx scripts/bench/ingest-stages.ts FILE [ROWS]
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { serialize, deserialize } from 'node:v8';
import { CsvParser, ImportRun } from '@lens/core/importing';
import { bundledCountries } from '../../packages/db/src/countries/bundled-countries';

const file = process.argv[2]!;
const limit = Number(process.argv[3] ?? 200000);
const t = () => performance.now();
async function* chunks() {
  for await (const c of createReadStream(file, { highWaterMark: 1 << 20 })) yield c as Buffer;
}
const stage = async (label: string, f: () => Promise<number>) => {
  const s = t();
  const n = await f();
  console.log(`${label.padEnd(28)} ${((t() - s) / 1000).toFixed(2)} s  (${n})`);
};
let bytesLimit = 0;
await stage('sha256 (whole file)', async () => {
  const h = createHash('sha256');
  let n = 0;
  for await (const c of chunks()) {
    h.update(c);
    n += c.length;
  }
  h.digest('hex');
  return n;
});
await stage('read+decode', async () => {
  const d = new TextDecoder('utf-8', { fatal: true });
  let n = 0;
  const p = new CsvParser();
  let rows = 0;
  for await (const c of chunks()) {
    d.decode(c, { stream: true });
    n += c.length;
    rows += p.push(d.decode(c, { stream: true })).length;
    if (rows > limit) break;
  }
  bytesLimit = n;
  return n;
});
await stage('read+decode (limit)', async () => {
  const d = new TextDecoder('utf-8', { fatal: true });
  let n = 0;
  for await (const c of chunks()) {
    d.decode(c, { stream: true });
    n += c.length;
    if (n >= bytesLimit) break;
  }
  return n;
});
await stage('+ csv parse', async () => {
  const d = new TextDecoder('utf-8', { fatal: true });
  const p = new CsvParser();
  let rows = 0;
  for await (const c of chunks()) {
    rows += p.push(d.decode(c, { stream: true })).length;
    if (rows > limit) break;
  }
  return rows;
});
const countries = bundledCountries();
let all: unknown[][] = [];
await stage('+ importer', async () => {
  const d = new TextDecoder('utf-8', { fatal: true });
  const p = new CsvParser();
  const run = new ImportRun('ucdp-ged', 'x.csv', countries as never);
  let rows = 0;
  for await (const c of chunks()) {
    const recs = p.push(d.decode(c, { stream: true }));
    rows += recs.length;
    const out = run.push(recs);
    all.push(out.events);
    if (rows > limit) break;
  }
  return rows;
});
await stage('structured clone (4000s)', () => {
  let n = 0;
  const flat = all.flat();
  for (let i = 0; i < flat.length; i += 4000) {
    const b = serialize(flat.slice(i, i + 4000));
    n += (deserialize(b) as unknown[]).length;
  }
  return Promise.resolve(n);
});
all = [];
