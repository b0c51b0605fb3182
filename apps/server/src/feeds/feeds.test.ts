import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { ReplayServer } from '@lens/node/testing';
import { as, createTestApp, type TestApp } from '../testing';
import { testMailbox } from '../testing-http';

const GDELT1 = path.resolve(
  import.meta.dirname,
  '../../../../data/bundled/gdelt-v1-georgia-sample/aug2011.csv',
);
const replay = new ReplayServer();
const mailbox = testMailbox();
const mails = mailbox.mails;
let smtpUrl = '';
beforeAll(async () => {
  smtpUrl = await mailbox.start();
  await replay.start();
  replay.gdeltFromV1(GDELT1, '20110801000000', 300, 3);
});
afterAll(async () => {
  mailbox.close();
  await replay.stop();
});

describeEachDatabase('feeds API', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    replay.gdelt.published = 1;
    t = await createTestApp(get(), {
      feedEveryMs: 200,
      alerts: {
        smtpUrl,
        mailTo: 'focal-point@example.org',
      },
    });
  });
  afterAll(() => t.app.close());

  const call = (
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    role: 'admin' | 'analyst' | 'viewer' = 'admin',
    payload?: object,
  ) => t.app.inject({ method, url, headers: as(t.callers[role]), ...(payload ? { payload } : {}) });

  it('an admin adds a feed; the scheduler runs it when due; the status says when it last succeeded', async () => {
    const added = await call('POST', '/api/feeds', 'admin', {
      id: 'gdelt',
      connector: 'gdelt2',
      settings: { baseUrl: `${replay.url}/gdelt` },
      intervalMinutes: 15,
    });
    expect(added.statusCode, added.body).toBe(201);
    await expect
      .poll(
        async () =>
          (await call('GET', '/api/feeds', 'analyst')).json<{
            feeds: Array<{ lastSuccessAt: string | null }>;
          }>().feeds[0]?.lastSuccessAt,
        { timeout: 10_000 },
      )
      .not.toBeNull();
    const feed = (await call('GET', '/api/feeds', 'analyst')).json<{
      feeds: Array<{
        id: string;
        lastRun: { trigger: string; added: number; status: string };
        sourceTime: string;
        nextRunAt: string;
      }>;
    }>().feeds[0]!;
    expect(feed.lastRun).toMatchObject({ trigger: 'schedule', status: 'succeeded' });
    expect(feed.lastRun.added).toBeGreaterThan(200);
    expect(feed.sourceTime).toBe('2011-08-01T00:00:00Z');
    expect(Date.parse(feed.nextRunAt) - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it('runs a feed now; credentials are stored but never returned; analysts cannot change feeds', async () => {
    replay.gdelt.published = 3;
    const run = await call('POST', '/api/feeds/gdelt/run');
    expect(run.json()).toMatchObject({ status: 'succeeded', run: { trigger: 'manual' } });
    const secret = await call('PATCH', '/api/feeds/gdelt', 'admin', {
      credentials: { token: 'do-not-show-me' },
    });
    expect(secret.statusCode).toBe(200);
    expect(secret.body).not.toContain('do-not-show-me');
    expect(secret.json()).toMatchObject({ hasCredentials: true });
    expect((await call('GET', '/api/feeds', 'analyst')).body).not.toContain('do-not-show-me');
    expect((await call('PATCH', '/api/feeds/gdelt', 'analyst', { paused: true })).statusCode).toBe(
      403,
    );
    const runs = (await call('GET', '/api/feeds/gdelt/runs', 'analyst')).json<{ runs: unknown[] }>()
      .runs;
    expect(runs).toHaveLength(2);
  });

  it('refuses bad input with a readable 400', async () => {
    const bad = await call('POST', '/api/feeds', 'admin', { id: 'Bad Name', connector: 'gdelt2' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/lower-case letters/);
    const unknown = await call('POST', '/api/feeds', 'admin', { id: 'x', connector: 'twitter' });
    expect(unknown.statusCode).toBe(400);
    const setting = await call('PATCH', '/api/feeds/gdelt', 'admin', {
      settings: { password: 'x' },
    });
    expect(setting.statusCode).toBe(400);
    expect((await call('POST', '/api/feeds/nope/run')).statusCode).toBe(404);
    expect((await call('GET', '/api/events/nonsense/history', 'viewer')).statusCode).toBe(400);
  });

  it("a viewer reads an event's history", async () => {
    const id = (
      await get().db.selectFrom('events').select('source_id').limit(1).executeTakeFirstOrThrow()
    ).source_id;
    const h = await call('GET', `/api/events/gdelt2:${id}/history`, 'viewer');
    expect(h.statusCode, h.body).toBe(200);
    expect(h.json()).toMatchObject({ revisions: [{ current: true, supersededBy: null }] });
  });

  it('e-mails the admins once when a feed has failed three runs in a row', async () => {
    const before = mails.length;
    await call('POST', '/api/feeds', 'admin', {
      id: 'mirror',
      connector: 'gdelt2',
      settings: { baseUrl: `${replay.url}/gone` },
      intervalMinutes: 60,
    });
    // Runs until the third failure in a row (the scheduler may be running it too: then "busy").
    const failures = async () =>
      (await call('GET', '/api/feeds', 'analyst'))
        .json<{ feeds: Array<{ id: string; failures: number }> }>()
        .feeds.find((f) => f.id === 'mirror')!.failures;
    for (let i = 0; i < 20 && (await failures()) < 4; i++)
      await call('POST', '/api/feeds/mirror/run');
    await expect.poll(() => mails.length - before, { timeout: 10_000 }).toBe(1);
    expect(mails.at(-1)).toMatch(/Feed mirror has missed its schedule/);
    expect(mails.at(-1)).toMatch(/GDELT 2\.0 lastupdate\.txt: 404/);
  });
});
