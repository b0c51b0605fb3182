import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { serve } from '../serve-process';
import { bearerFor, SETUP } from '../testing-http';

describeEachDatabase('acknowledged reports survive a crash', (get) => {
  it('kills the server (SIGKILL) during a burst of submissions; after restart every acknowledged report is there', async () => {
    const env = {
      LENS_SETUP_TOKEN: SETUP,
      LENS_REPORTER_KEY: randomBytes(32).toString('base64'),
    };
    const port = 8400 + Math.floor(Math.random() * 200);
    const first = await serve(get().url, port, env);
    const bearer = await bearerFor(first);
    const acked = new Map<number, string>();
    let failed = 0;
    let next = 0;
    const TOTAL = 600;
    const submit = async () => {
      while (next < TOTAL) {
        const k = next++;
        const description = `burst report ${k}: shots fired near the market`;
        try {
          const res = await fetch(`${first.url}/api/reports`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
            body: JSON.stringify({
              occurredOn: '2024-03-01',
              iso3: 'CAF',
              latitude: 4.36,
              longitude: 18.56,
              description,
              language: 'en',
              civiliansTargeted: true,
              reporter: { contact: `+236 7000 ${String(k).padStart(4, '0')}` },
            }),
          });
          if (res.status === 201) acked.set(((await res.json()) as { id: number }).id, description);
          else failed++;
        } catch {
          failed++;
        }
        // The kill lands mid-burst, with requests in flight.
        if (acked.size === 150 && first.child.exitCode === null) first.child.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 16 }, submit));
    expect(acked.size).toBeGreaterThanOrEqual(150);
    expect(failed).toBeGreaterThan(0); // the server did die mid-burst

    const second = await serve(get().url, port + 1, env);
    try {
      const res = await fetch(`${second.url}/api/reports?limit=1000`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      const stored = new Map(
        ((await res.json()) as { reports: Array<{ id: number; description: string }> }).reports.map(
          (r) => [r.id, r.description],
        ),
      );
      const lost = [...acked].filter(([id, d]) => stored.get(id) !== d);
      expect(lost).toEqual([]);
      // Nothing half-written: each stored report has its audit entry, and the chain verifies.
      const verify = await fetch(`${second.url}/api/audit/verify`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      const verified = (await verify.json()) as { intact: boolean };
      expect(verified, JSON.stringify(verified)).toMatchObject({ intact: true });
      const db = get().db;
      const count = async (q: Promise<{ n: number | string | bigint }>) => Number((await q).n);
      const received = await count(
        db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('action', '=', 'report.received')
          .executeTakeFirstOrThrow(),
      );
      const rows = await count(
        db
          .selectFrom('reports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      );
      expect(rows).toBe(stored.size);
      expect(received).toBe(stored.size);
    } finally {
      await second.stop();
    }
  }, 240_000);
});
