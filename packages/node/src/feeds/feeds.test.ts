import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLens, type Lens, type UseCaseDeps } from '@lens/core';
import { describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { nodeCrypto } from '../services';
import { configuredVault } from '../crypto/reporter-vault';
import { feedConnectors } from './index';
import { csvObjects, ReplayServer, wbRows } from './testing/replay-server';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const GED = path.join(ROOT, 'data/bundled/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv');
const GDELT1 = path.join(ROOT, 'data/bundled/gdelt-v1-georgia-sample/aug2011.csv');
const WDI = path.join(ROOT, 'data/bundled/world-bank-wdi/WDI_databank_gdppc_pop_1960_2023.csv');
const RESTRICTED = path.resolve(ROOT, '../shared/data/restricted');
const ACLED = path.join(RESTRICTED, 'acledR-package-samples/acled_old_dummy.csv');
const KEY = Buffer.alloc(32, 7).toString('base64');

const replay = new ReplayServer();
const gedRows = csvObjects(GED);
const of2021 = gedRows.filter((r) => Number(r.year) === 2021);
const candidate = gedRows.filter((r) => String(r.date_start).startsWith('2023-01'));

/** The sources as they stand before a suite's runs (each database's suite starts from here). */
function resetReplay(): void {
  replay.clearFaults();
  replay.ucdp.versions.clear();
  replay.ucdp.versions.set('24.1', [...of2021, ...candidate]);
  replay.ucdp.versions.set('23.0.12', candidate.slice(0, 40));
  replay.ucdp.versions.set('24.0.1', candidate.slice(40));
  replay.ucdp.token = 'ucdp-secret-token';
  replay.gdelt.published = 0;
  replay.acled.events = existsSync(ACLED) ? csvObjects(ACLED, false) : [];
  replay.acled.deletions = [];
  replay.acled.tokenUses = Infinity;
}

beforeAll(async () => {
  await replay.start();
  replay.gdeltFromV1(GDELT1, '20110801000000', 400, 6);
  replay.wb.series.set('SP.POP.TOTL', { updated: '2026-10-28', rows: wbRows(WDI, 'SP.POP.TOTL') });
});
afterAll(() => replay.stop());

describeEachDatabase('feeds against the local replay server', (get) => {
  let lens: Lens;
  let deps: UseCaseDeps;
  const stale: string[] = [];
  const count = async (feedId: string) =>
    Number(
      (
        await get()
          .db.selectFrom('events')
          .innerJoin('datasets', 'datasets.id', 'events.dataset_id')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('datasets.feed_id', '=', feedId)
          .where('events.superseded_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** What the feeds, their runs and the audit log keep, as text: no secret may be in it. */
  const everythingKept = async (feedId: string) =>
    JSON.stringify([
      await lens.listFeeds(),
      await lens.feedRuns(feedId, 10),
      await get().db.selectFrom('audit_log').selectAll().execute(),
      await get().db.selectFrom('feeds').selectAll().execute(),
    ]);
  beforeAll(async () => {
    resetReplay();
    const base = await importTestDeps(get());
    deps = {
      ...base,
      crypto: nodeCrypto,
      vault: configuredVault({ LENS_REPORTER_KEY: KEY }).vault,
      feeds: feedConnectors({
        timeoutMs: 2_000,
        retries: 2,
        baseDelayMs: 10,
        maxRetryAfterMs: 2_000,
      }),
      feedNotices: { stale: (n) => stale.push(n.feedId) },
    };
    lens = openLens(deps);
  });

  it('GDELT 2.0: the newest file from lastupdate.txt, then missed intervals from the master list', async () => {
    replay.gdelt.published = 1;
    await lens.addFeed({
      id: 'gdelt',
      connector: 'gdelt2',
      settings: { baseUrl: `${replay.url}/gdelt` },
      actor: 'admin#1',
    });
    const first = await lens.runFeed('gdelt', { trigger: 'manual', actor: 'admin#1' });
    expect(first.status).toBe('succeeded');
    const one = await count('gdelt');
    expect(one).toBeGreaterThan(300);
    // Three intervals are published at once: the run reads the two missed from the master list.
    replay.gdelt.published = 4;
    const back = await lens.runFeed('gdelt', { trigger: 'manual', actor: 'admin#1' });
    if (back.status !== 'succeeded') throw new Error(JSON.stringify(back));
    expect(back.run.cursorAfter).toEqual({ stamp: '20110801004500' });
    expect(replay.requests.some((r) => r.includes('masterfilelist.txt'))).toBe(true);
    expect(await count('gdelt')).toBeGreaterThan(one);
    const again = await lens.runFeed('gdelt', { trigger: 'manual', actor: 'admin#1' });
    expect(again.status).toBe('unchanged');
    // The escalation of the countries touched is queued (the after-commit effects).
    const jobs = await get().db.selectFrom('refresh_jobs').select(['effect', 'scope']).execute();
    expect(jobs.some((j) => j.effect === 'escalation' && j.scope === 'GEO')).toBe(true);
  });

  it('GDELT 2.0: a changed file (MD5), a cut-off transfer and a missing file store nothing and keep the cursor', async () => {
    replay.gdelt.published = 5;
    const before = await count('gdelt');
    const feed = (await lens.listFeeds()).find((f) => f.id === 'gdelt')!;
    replay.fault(/\.export\.CSV\.zip$/, { kind: 'corrupt' }, 10);
    const bad = await lens.runFeed('gdelt', { trigger: 'manual', actor: 'admin#1' });
    expect(bad.status).toBe('failed');
    if (bad.status !== 'failed') return;
    expect(bad.run.error).toMatch(
      /GDELT 2\.0 20110801010000\.export\.CSV\.zip: MD5 [0-9a-f]{32} does not match/,
    );
    replay.clearFaults();
    replay.fault(/\.export\.CSV\.zip$/, { kind: 'truncate' }, 10);
    const cut = await lens.runFeed('gdelt', { trigger: 'manual', actor: 'admin#1' });
    expect(cut.status).toBe('failed');
    if (cut.status === 'failed')
      expect(cut.run.error).toMatch(/export\.CSV\.zip: connection failed .* after 3 tries/);
    replay.clearFaults();
    expect(await count('gdelt')).toBe(before);
    const after = (await lens.listFeeds()).find((f) => f.id === 'gdelt')!;
    expect(after.cursor).toEqual(feed.cursor);
    expect(after.failures).toBe(2);
    // One cut transfer is retried within the run; the next run resumes where the last good one ended.
    replay.fault(/\.export\.CSV\.zip$/, { kind: 'truncate' }, 1);
    const ok = await lens.runFeed('gdelt', { trigger: 'manual', actor: 'admin#1' });
    expect(ok.status).toBe('succeeded');
    if (ok.status !== 'succeeded') return;
    expect(ok.run.notes.join(' ')).toMatch(/retry 1 after connection failed/);
    expect((await lens.listFeeds()).find((f) => f.id === 'gdelt')!.failures).toBe(0);
  });

  it('GDELT 2.0: after failures the rows equal those of a clean run', async () => {
    replay.gdelt.published = 6;
    await lens.addFeed({
      id: 'gdelt-clean',
      connector: 'gdelt2',
      settings: { baseUrl: `${replay.url}/gdelt` },
      actor: 'admin#1',
    });
    // A clean feed started at the same first file as "gdelt" reads all six files.
    await get()
      .db.updateTable('feeds')
      .set({ cursor: JSON.stringify({ stamp: '20110731234500' }) })
      .where('id', '=', 'gdelt-clean')
      .execute();
    expect((await lens.runFeed('gdelt-clean', { trigger: 'manual', actor: 't' })).status).toBe(
      'succeeded',
    );
    expect((await lens.runFeed('gdelt', { trigger: 'manual', actor: 't' })).status).toBe(
      'succeeded',
    );
    expect(await count('gdelt')).toBe(await count('gdelt-clean'));
  });

  it('UCDP: the token header, pages, retries after 5xx and 429, and a page failing half-way stores nothing', async () => {
    await lens.addFeed({
      id: 'ged',
      connector: 'ucdp-ged',
      settings: {
        baseUrl: `${replay.url}/ucdp/api`,
        version: '24.1',
        pageSize: 300,
        supersedes: 'ged-candidate',
      },
      actor: 'admin#1',
    });
    const noToken = await lens.runFeed('ged', { trigger: 'manual', actor: 't' });
    expect(noToken.status === 'failed' && noToken.run.error).toMatch(
      /UCDP API gedevents\/24\.1 page 0: 401: UCDP refused the access token/,
    );
    await lens.configureFeed({
      id: 'ged',
      credentials: { token: 'ucdp-secret-token' },
      actor: 'admin#1',
    });
    replay.fault(/gedevents\/24\.1.*page=2/, { kind: 'status', status: 503 }, 10);
    const half = await lens.runFeed('ged', { trigger: 'manual', actor: 't' });
    expect(half.status === 'failed' && half.run.error).toBe(
      'UCDP API gedevents/24.1 page 2: 503 Service Unavailable, after 3 tries',
    );
    expect(await count('ged')).toBe(0);
    replay.clearFaults();
    replay.fault(/gedevents\/24\.1.*page=1/, { kind: 'status', status: 429, retryAfter: '1' }, 1);
    replay.fault(/gedevents\/24\.1.*page=3/, { kind: 'status', status: 502 }, 1);
    const ok = await lens.runFeed('ged', { trigger: 'manual', actor: 't' });
    if (ok.status !== 'succeeded') throw new Error(JSON.stringify(ok));
    expect(ok.run.notes.join(' ')).toMatch(/page 1: retry 1 after 429/);
    expect(ok.run.notes.join(' ')).toMatch(/page 3: retry 1 after 502/);
    expect(await count('ged')).toBe(replay.ucdp.versions.get('24.1')!.length);
    // The token never leaves the vault: not in the feed, its runs or the audit log.
    expect(await everythingKept('ged')).not.toContain('ucdp-secret-token');
    // The next version is not published yet: nothing new.
    expect((await lens.runFeed('ged', { trigger: 'manual', actor: 't' })).status).toBe('unchanged');
  });

  it('UCDP: schema drift (a renamed field) is refused by page and field', async () => {
    await lens.addFeed({
      id: 'ged-candidate',
      connector: 'ucdp-candidate',
      settings: { baseUrl: `${replay.url}/ucdp/api`, version: '23.0.12', pageSize: 25 },
      actor: 'admin#1',
    });
    await lens.configureFeed({
      id: 'ged-candidate',
      credentials: { token: 'ucdp-secret-token' },
      actor: 'admin#1',
    });
    replay.fault(/gedevents\/23\.0\.12.*page=1/, {
      kind: 'rewrite',
      body: (t) => t.replaceAll('"best":', '"best_est":'),
    });
    const drift = await lens.runFeed('ged-candidate', { trigger: 'manual', actor: 't' });
    expect(drift.status === 'failed' && drift.run.error).toMatch(
      /UCDP API gedevents\/23\.0\.12 page 1: the header lacks column best/,
    );
    replay.fault(/gedevents\/23\.0\.12.*page=0/, {
      kind: 'rewrite',
      body: (t) => t.replace(/"deaths_civilians":(\d+)/, '"deaths_civilians":"many"'),
    });
    const bad = await lens.runFeed('ged-candidate', { trigger: 'manual', actor: 't' });
    expect(bad.status === 'failed' && bad.run.error).toMatch(
      /page 0: row 1: deaths_civilians must be a number/,
    );
    expect(await count('ged-candidate')).toBe(0);
    expect((await lens.runFeed('ged-candidate', { trigger: 'manual', actor: 't' })).status).toBe(
      'succeeded',
    );
    expect((await lens.runFeed('ged-candidate', { trigger: 'manual', actor: 't' })).status).toBe(
      'succeeded',
    );
    expect(await count('ged-candidate')).toBe(candidate.length);
  });

  it('UCDP: a timed-out page is tried again; a new field is taken, a field missing from one row is not', async () => {
    await lens.addFeed({
      id: 'ged-probe',
      connector: 'ucdp-candidate',
      settings: { baseUrl: `${replay.url}/ucdp/api`, version: '24.0.1', pageSize: 25 },
      actor: 'admin#1',
    });
    await lens.configureFeed({
      id: 'ged-probe',
      credentials: { token: 'ucdp-secret-token' },
      actor: 'a',
    });
    // UCDP adds a field to every row of page 0: taken (the importer reads what it needs).
    replay.fault(/gedevents\/24\.0\.1.*page=0/, {
      kind: 'rewrite',
      body: (t) => {
        const page = JSON.parse(t) as { Result: Array<Record<string, unknown>> };
        for (const r of page.Result) r.event_clarity_note = 'new';
        return JSON.stringify(page);
      },
    });
    replay.fault(/gedevents\/24\.0\.1.*page=1/, {
      kind: 'rewrite',
      body: (t) => {
        const page = JSON.parse(t) as { Result: Array<Record<string, unknown>> };
        delete page.Result[1]!.adm_2;
        return JSON.stringify(page);
      },
    });
    const missing = await lens.runFeed('ged-probe', { trigger: 'manual', actor: 't' });
    expect(missing.status === 'failed' && missing.run.error).toMatch(
      /UCDP API gedevents\/24\.0\.1 page 1: row 2: field adm_2 is missing/,
    );
    replay.clearFaults();
    replay.fault(/gedevents\/24\.0\.1.*page=0/, { kind: 'slow', ms: 2_500 });
    const slow = await lens.runFeed('ged-probe', { trigger: 'manual', actor: 't' });
    if (slow.status !== 'succeeded') throw new Error(JSON.stringify(slow));
    expect(slow.run.notes.join(' ')).toMatch(/page 0: retry 1 after no answer within 2 s/);
  });

  it('UCDP: a new GED version supersedes the Candidate events of the years it covers', async () => {
    replay.ucdp.versions.set('25.1', [...of2021, ...candidate]);
    const ok = await lens.runFeed('ged', { trigger: 'manual', actor: 't' });
    if (ok.status !== 'succeeded') throw new Error(JSON.stringify(ok));
    expect(ok.run.deleted).toBe(candidate.length);
    expect(await count('ged-candidate')).toBe(0);
    const ref = `ucdp-ged:${String(candidate[0]!.id)}`;
    const history = await lens.eventHistory(ref);
    expect(history.some((h) => h.supersededBy === 'superseded by UCDP GED 25.1')).toBe(true);
  });

  it('World Bank: a series as values, not read again until it is updated', async () => {
    await lens.addFeed({
      id: 'wdi',
      connector: 'wdi',
      settings: { baseUrl: `${replay.url}/wb` },
      actor: 'admin#1',
    });
    const ok = await lens.runFeed('wdi', { trigger: 'manual', actor: 't' });
    if (ok.status !== 'succeeded') throw new Error(JSON.stringify(ok));
    expect(ok.run.added).toBeGreaterThan(10_000);
    const mmr = await get()
      .db.selectFrom('country_year_values')
      .select('value')
      .where('dataset_id', '=', ok.run.datasetId!)
      .where('iso3', '=', 'MMR')
      .where('year', '=', 2020)
      .executeTakeFirstOrThrow();
    expect(mmr.value).toBeGreaterThan(50_000_000);
    expect((await lens.runFeed('wdi', { trigger: 'manual', actor: 't' })).status).toBe('unchanged');
    await lens.configureFeed({
      id: 'wdi',
      settings: { baseUrl: `${replay.url}/wb`, series: ['NO.SUCH'] },
      actor: 'a',
    });
    const bad = await lens.runFeed('wdi', { trigger: 'manual', actor: 't' });
    expect(bad.status === 'failed' && bad.run.error).toBe(
      'World Bank API NO.SUCH page 1: The provided parameter value is not valid',
    );
  });

  it('V-Dem: a newer release than the one held is announced with how to import it', async () => {
    await lens.addFeed({
      id: 'vdem',
      connector: 'vdem-release',
      settings: { baseUrl: `${replay.url}/vdem/` },
      actor: 'admin#1',
    });
    const r = await lens.runFeed('vdem', { trigger: 'manual', actor: 't' });
    expect(r.status).toBe('unchanged');
    if (r.status === 'unchanged')
      expect(r.run.notes.join(' ')).toMatch(/V-Dem v15 is published.*lens import vdem FILE/);
  });

  it('a feed failing three runs in a row is stale: admins are told once, and it backs off', async () => {
    await lens.addFeed({
      id: 'down',
      connector: 'gdelt2',
      settings: { baseUrl: 'http://127.0.0.1:9/gdelt' },
      actor: 'a',
    });
    for (let i = 0; i < 4; i++) await lens.runFeed('down', { trigger: 'manual', actor: 't' });
    const f = (await lens.listFeeds()).find((x) => x.id === 'down')!;
    expect(f.failures).toBe(4);
    expect(f.staleSince).not.toBeNull();
    expect(f.lastError).toMatch(/GDELT 2\.0 lastupdate\.txt: connection failed/);
    expect(stale.filter((s) => s === 'down')).toHaveLength(1);
    expect(Date.parse(f.nextRunAt) - Date.now()).toBeGreaterThan(4 * 60_000);
    // A scheduled run before then does nothing.
    expect((await lens.runFeed('down', { trigger: 'schedule', actor: 'scheduler' })).status).toBe(
      'not-due',
    );
  });

  it.skipIf(!existsSync(ACLED))(
    'ACLED: OAuth, pages, a revision and a deletion kept in the event history',
    async () => {
      await lens.addFeed({
        id: 'acled',
        connector: 'acled',
        settings: { baseUrl: `${replay.url}/acled`, pageSize: 100 },
        actor: 'a',
      });
      const noAccount = await lens.runFeed('acled', { trigger: 'manual', actor: 't' });
      expect(noAccount.status === 'failed' && noAccount.run.error).toMatch(
        /ACLED needs the account's e-mail and password/,
      );
      await lens.configureFeed({
        id: 'acled',
        credentials: { email: 'monitor@example.org', password: 'wrong' },
        actor: 'a',
      });
      const wrong = await lens.runFeed('acled', { trigger: 'manual', actor: 't' });
      expect(wrong.status === 'failed' && wrong.run.error).toBe(
        "ACLED API sign-in: 400: ACLED refused the account's e-mail and password",
      );
      await lens.configureFeed({ id: 'acled', credentials: replay.acled.account, actor: 'a' });
      replay.acled.tokenUses = 2; // the access token expires part-way: the refresh token renews it
      const first = await lens.runFeed('acled', { trigger: 'manual', actor: 't' });
      if (first.status !== 'succeeded') throw new Error(JSON.stringify(first));
      const stored = await count('acled');
      expect(stored).toBeGreaterThan(300);
      // ACLED revises one event (more deaths) and deletes another.
      const [revised, removed] = [replay.acled.events[5]!, replay.acled.events[9]!];
      const now = Math.floor(Date.now() / 1000);
      replay.acled.events[5] = { ...revised, fatalities: '12', timestamp: String(now) };
      replay.acled.deletions.push({
        event_id_cnty: String(removed.event_id_cnty),
        deleted_timestamp: now,
      });
      const second = await lens.runFeed('acled', { trigger: 'manual', actor: 't' });
      if (second.status !== 'succeeded') throw new Error(JSON.stringify(second));
      expect([second.run.added, second.run.revised, second.run.deleted]).toEqual([0, 1, 1]);
      expect(await count('acled')).toBe(stored - 1);
      const history = await lens.eventHistory(`acled:${String(revised.event_id_cnty)}`);
      expect(history.map((h) => [h.deathsBest, h.supersededBy])).toEqual([
        [Number(revised.fatalities), 'revised'],
        [12, null],
      ]);
      const gone = await lens.eventHistory(`acled:${String(removed.event_id_cnty)}`);
      expect(gone).toHaveLength(1);
      expect(gone[0]!.supersededBy).toMatch(/^deleted at source /);
      // Analyses read the current revision only.
      const current = await lens.importedEvents({ limit: 100_000 });
      expect(
        current.find((e) => e.ref === `acled:${String(removed.event_id_cnty)}`),
      ).toBeUndefined();
      expect(
        current.find((e) => e.ref === `acled:${String(revised.event_id_cnty)}`)?.deathsBest,
      ).toBe(12);
      // A run that brings only a deletion is stored as ACLED's, like any of this feed's runs.
      const d20 = String(replay.acled.events[20]!.event_id_cnty);
      replay.acled.deletions.push({ event_id_cnty: d20, deleted_timestamp: now + 1 });
      const third = await lens.runFeed('acled', { trigger: 'manual', actor: 't' });
      expect(third).toMatchObject({
        status: 'succeeded',
        run: { added: 0, revised: 0, deleted: 1 },
      });
      const kept = 'run' in third ? await deps.store.datasets.get(third.run.datasetId!) : undefined;
      expect(kept?.kind).toBe('acled');
      // The password is in no run, feed row or audit entry.
      expect(await everythingKept('acled')).not.toContain(replay.acled.account.password);
    },
  );
});
