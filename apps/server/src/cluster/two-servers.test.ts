import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ReplayServer } from '@lens/node/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_URL, testDatabases } from '@lens/db/testing';
import { serve, type Served } from '../serve-process';
import { ADMIN, bearerFor, openStream, SETUP } from '../testing-http';

const today = () => new Date().toISOString().slice(0, 10);
const massacre = (latitude: number, k = 0) => ({
  occurredOn: today(),
  iso3: 'CAF',
  latitude,
  longitude: 18.0,
  description: `Armed men massacred 14 villagers near the river (account ${k}); survivors fled.`,
  language: 'en',
  fatalitiesBest: 14,
  civiliansTargeted: true,
  actors: ['Unknown armed group'],
});

/**
 * Two `lens serve` processes on one PostgreSQL database, as docs/deploy.md runs them behind a
 * proxy: started together (the bundled data is loaded once), an alert raised on one reaches the
 * live stream of the other, concurrent reports on both raise an alert once, and a server killed
 * mid-burst loses no acknowledged report.
 */
describe.skipIf(!PG_URL)('two servers on one PostgreSQL', () => {
  let db: Awaited<ReturnType<(typeof testDatabases)[number]['open']>>;
  let a: Served;
  let b: Served;
  let bearer: string;
  const replay = new ReplayServer();
  beforeAll(async () => {
    await replay.start();
    replay.gdeltFromV1(
      path.resolve(
        import.meta.dirname,
        '../../../../data/bundled/gdelt-v1-georgia-sample/aug2011.csv',
      ),
      '20110801000000',
      250,
      3,
    );
    db = await testDatabases.find((t) => t.name === 'postgres')!.open();
    const env = { LENS_SETUP_TOKEN: SETUP, LENS_REPORTER_KEY: randomBytes(32).toString('base64') };
    const port = 8600 + Math.floor(Math.random() * 300);
    [a, b] = await Promise.all([serve(db.url, port, env), serve(db.url, port + 1, env)]);
    bearer = await bearerFor(a);
  }, 300_000);
  afterAll(async () => {
    const alive = (s: Served | undefined) => s && s.child.exitCode === null && !s.child.killed;
    await Promise.all([a, b].filter(alive).map((s) => s!.stop()));
    await replay.stop();
    await db?.dispose();
  });

  const post = (s: Served, body: object) =>
    fetch(`${s.url}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
    });
  const alerts = async (s: Served) =>
    (
      (await (
        await fetch(`${s.url}/api/alerts?country=CAF&limit=500&order=recent`, {
          headers: { authorization: `Bearer ${bearer}` },
        })
      ).json()) as { alerts: Array<{ id: number; ruleId: string; admin1Code: string | null }> }
    ).alerts;

  it('loaded the bundled data once, though both started on the empty database together', async () => {
    const datasets = (await (
      await fetch(`${b.url}/api/datasets`, { headers: { authorization: `Bearer ${bearer}` } })
    ).json()) as { datasets: Array<{ kind: string; version: string }> };
    const keys = datasets.datasets.map((d) => `${d.kind}@${d.version}`);
    expect(keys.length).toBeGreaterThan(3);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows an alert raised on one server on the live stream of the other', async () => {
    const login = await fetch(`${b.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const stream = await openStream(`${b.url}/api/alerts/stream`, cookie);
    const sent = await post(a, massacre(6.3));
    expect(sent.status).toBe(201);
    const id = ((await sent.json()) as { id: number }).id;
    const m = await stream.next(
      (x) => x.type === 'raised' && x.eventRefs.includes(`report:${id}`),
      15_000,
    );
    expect(m.alert).toMatchObject({ ruleId: 'mass-killing', iso3: 'CAF' });
    stream.close();
  });

  it('raises one alert, not two, when reports of one incident reach both servers at once', async () => {
    const before = await alerts(a);
    const sent = await Promise.all(
      Array.from({ length: 10 }, (_, k) => post(k % 2 ? a : b, massacre(4.4, k))),
    );
    for (const r of sent) expect(r.status).toBe(201);
    // Evaluation runs after the answer: wait until both servers' evaluations are done.
    let raised: typeof before = [];
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      raised = (await alerts(a)).filter(
        (x) => x.ruleId === 'mass-killing' && !before.some((y) => y.id === x.id),
      );
      if (raised.length > 0) await new Promise((r) => setTimeout(r, 2000));
      const again = (await alerts(a)).filter(
        (x) => x.ruleId === 'mass-killing' && !before.some((y) => y.id === x.id),
      );
      if (raised.length > 0 && again.length === raised.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const byPlace = new Map<string, number>();
    for (const x of raised)
      byPlace.set(String(x.admin1Code), (byPlace.get(String(x.admin1Code)) ?? 0) + 1);
    expect([...byPlace.values()]).toEqual([1]);
  });

  it('runs a scheduled feed once though both servers queue it (pg-boss)', async () => {
    const call = (s: Served, method: string, url: string, body?: object) =>
      fetch(`${s.url}${url}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    type Runs = { runs: Array<{ trigger: string; status: string; added: number }> };
    const runs = async () =>
      ((await (await call(b, 'GET', '/api/feeds/gdelt/runs')).json()) as Runs).runs;
    replay.gdelt.published = 1;
    const added = await call(a, 'POST', '/api/feeds', {
      id: 'gdelt',
      connector: 'gdelt2',
      settings: { baseUrl: `${replay.url}/gdelt` },
      intervalMinutes: 600,
    });
    expect(added.status).toBe(201);
    await expect
      .poll(async () => (await runs()).map((r) => r.status), { timeout: 30_000 })
      .toEqual(['succeeded']);
    // Two more intervals are out; both servers are told at once that the feed is due.
    replay.gdelt.published = 3;
    expect((await call(a, 'PATCH', '/api/feeds/gdelt', { paused: true })).status).toBe(200);
    const resumed = await Promise.all([
      call(a, 'PATCH', '/api/feeds/gdelt', { paused: false }),
      call(b, 'PATCH', '/api/feeds/gdelt', { paused: false }),
    ]);
    expect(resumed.map((r) => r.status)).toEqual([200, 200]);
    await expect.poll(async () => (await runs()).length, { timeout: 30_000 }).toBe(2);
    await new Promise((r) => setTimeout(r, 5000));
    const all = await runs();
    expect(all.map((r) => [r.trigger, r.status])).toEqual([
      ['schedule', 'succeeded'],
      ['schedule', 'succeeded'],
    ]);
    const stored = await db.db
      .selectFrom('events')
      .innerJoin('datasets', 'datasets.id', 'events.dataset_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('datasets.feed_id', '=', 'gdelt')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(all[0]!.added + all[1]!.added);
    // The runs went through pg-boss's queue, not a timer in either process.
    const jobs = await db.db
      .selectFrom('lens_jobs.job' as 'events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('name' as 'iso3', '=', 'lens-feed-run')
      .executeTakeFirstOrThrow();
    const archived = await db.db
      .selectFrom('lens_jobs.archive' as 'events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('name' as 'iso3', '=', 'lens-feed-run')
      .executeTakeFirstOrThrow();
    expect(Number(jobs.n) + Number(archived.n)).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('loses no acknowledged report when one server is killed mid-burst', async () => {
    const acked: number[] = [];
    let failed = 0;
    const burst = Array.from({ length: 60 }, async (_, k) => {
      await new Promise((r) => setTimeout(r, k * 10));
      try {
        const r = await post(k % 2 ? a : b, { ...massacre(5.0, 100 + k), latitude: 5.0 });
        if (r.status === 201) acked.push(((await r.json()) as { id: number }).id);
        else failed++;
      } catch {
        failed++;
      }
    });
    await new Promise((r) => setTimeout(r, 250));
    b.child.kill('SIGKILL');
    await Promise.all(burst);
    expect(failed).toBeGreaterThan(0); // the killed server did refuse some
    const stored = (await (
      await fetch(`${a.url}/api/reports?limit=1000`, {
        headers: { authorization: `Bearer ${bearer}` },
      })
    ).json()) as { reports: Array<{ id: number }> };
    const ids = new Set(stored.reports.map((r) => r.id));
    for (const id of acked) expect(ids.has(id), `report ${id}`).toBe(true);
  });
});
