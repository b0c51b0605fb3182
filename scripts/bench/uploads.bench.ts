/**
 * npm run bench:uploads — memory under parallel attachment uploads (issue 21: 8 parallel uploads
 * of 5 x 9.9 MB took the server from 262 MB to 1.5 GB RSS). Starts `lens serve` twice on new
 * SQLite databases: with the upload gate as shipped (LENS_UPLOAD_SLOTS default 4, 2 per account)
 * and opened wide as before the gate (64 and 64), sends PARALLEL reports each with 5 photos of 9.9 MB from one
 * account, and samples the server's resident memory every 50 ms. Prints baseline and peak RSS,
 * the wall time and the answers (BENCHMARKS.md).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { benchServer } from './bench-server';

const PARALLEL = Number(process.env.PARALLEL ?? 8);
const MB = 9.9;

/** A JPEG whose scan data is MB megabytes of noise (no 0xFF, so no marker inside). */
function bigPhoto(): Buffer {
  const scan = randomBytes(Math.floor(MB * 1024 * 1024));
  for (let i = 0; i < scan.length; i++) if (scan[i] === 0xff) scan[i] = 0xfe;
  const seg = (marker: number, body: Buffer) =>
    Buffer.concat([
      Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]),
      body,
    ]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    seg(0xdb, Buffer.alloc(65, 1)),
    seg(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
    scan,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** Resident memory of a process and its children (MB), from /proc. */
function rssMb(pid: number): number {
  const kids = (p: number): number[] => {
    try {
      const list = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      return list
        ? list
            .split(/\s+/)
            .map(Number)
            .flatMap((c) => [c, ...kids(c)])
        : [];
    } catch {
      return [];
    }
  };
  let kb = 0;
  for (const p of [pid, ...kids(pid)]) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      kb += Number(m?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

async function run(label: string, port: number, slots: string, perAccount: string) {
  const s = await benchServer(`uploads-${slots}`, port, {
    LENS_UPLOAD_SLOTS: slots,
    LENS_UPLOAD_SLOTS_PER_ACCOUNT: perAccount,
  });
  const photos = Array.from({ length: 5 }, bigPhoto);
  await new Promise((r) => setTimeout(r, 2000));
  const baseline = rssMb(s.pid!);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(s.pid!))), 50);
  const t0 = performance.now();
  const answers = await Promise.all(
    Array.from({ length: PARALLEL }, async (_, k) => {
      const form = new FormData();
      form.set(
        'report',
        JSON.stringify({
          occurredOn: '2024-03-01',
          iso3: 'CAF',
          description: `bench upload ${k}: photographs of the burned market`,
          language: 'en',
          civiliansTargeted: true,
        }),
      );
      photos.forEach((p, i) =>
        form.append(
          'attachments',
          new Blob([new Uint8Array(p)], { type: 'image/jpeg' }),
          `photo-${k}-${i}.jpg`,
        ),
      );
      const res = await fetch(`${s.url}/api/reports`, {
        method: 'POST',
        headers: s.auth,
        body: form,
      });
      return res.status;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const codes = answers.reduce<Record<number, number>>(
    (m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }),
    {},
  );
  await s.stop();
  console.log(
    `${label}: ${PARALLEL} x 5 x ${MB} MB in ${seconds.toFixed(1)} s; RSS ${baseline.toFixed(0)} -> peak ${peak.toFixed(0)} MB; answers ${JSON.stringify(codes)}`,
  );
  return peak - baseline;
}

const gated = await run('gate as shipped (4 at once, 2 per account)', 8395, '4', '2');
const open = await run('no gate, as before (64 at once, 64 per account)', 8396, '64', '64');
console.log(`growth ratio, gated / wide: ${(gated / open).toFixed(2)}`);
