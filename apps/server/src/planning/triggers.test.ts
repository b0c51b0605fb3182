import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUNDLED_DIR, importFile } from '@lens/node';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';

interface Upcoming {
  on: string;
  daysUntil: number;
  raises: boolean;
  trigger: { id: number; kind: string; title: string; source: string; yearly: boolean };
}
interface CountryTriggers {
  monitoring: 'routine' | 'heightened';
  upcoming: Upcoming[];
  recent: Array<{ on: string; trigger: { title: string } }>;
}

describeEachDatabase(
  'triggers and scenarios: what lies ahead and what would show it coming',
  (get) => {
    let t: TestApp;
    // A fixed clock: 10 January 2027. Later days are asked for with `asOf`.
    const now = Date.parse('2027-01-10T09:00:00Z');
    const call = (
      method: 'GET' | 'POST',
      url: string,
      who: keyof TestApp['callers'] = 'analyst',
      payload?: object,
    ) =>
      t.app.inject({ method, url, headers: as(t.callers[who]), ...(payload ? { payload } : {}) });
    const triggers = async (q = '') =>
      (await call('GET', `/api/triggers/MMR${q}`, 'viewer')).json<CountryTriggers>();
    const watched = async (asOf: string) =>
      (await call('GET', `/api/watchlist?asOf=${asOf}`, 'viewer')).json<{
        entries: Array<{ iso3: string; monitoring: string; nextTrigger: { on: string } | null }>;
      }>();

    beforeAll(async () => {
      t = await createTestApp(get(), { clock: { now: () => new Date(now) } });
      await importFile(t.deps, {
        kind: 'ucdp-ged',
        file: path.join(BUNDLED_DIR, 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'),
        actor: 'test',
      });
    }, 120_000);
    afterAll(async () => {
      await t.app.close();
    });

    it('raises the monitoring level inside a trigger’s window before its date, and not before or after', async () => {
      expect((await triggers()).monitoring).toBe('routine');
      const election = await call('POST', '/api/triggers', 'analyst', {
        iso3: 'MMR',
        date: '2027-03-01',
        kind: 'election',
        title: 'General election called by the military administration',
        source: 'Union Election Commission announcement, 2026-11-30',
        windowDays: 30,
      });
      expect(election.statusCode).toBe(201);
      // 50 days ahead, with a 30-day window: on the calendar, not yet raising the level.
      let mmr = await triggers();
      expect(mmr.monitoring).toBe('routine');
      expect(mmr.upcoming[0]).toMatchObject({ on: '2027-03-01', daysUntil: 50, raises: false });
      // 29 days before: heightened, on the watch list too.
      mmr = await triggers('?asOf=2027-01-31');
      expect(mmr.monitoring).toBe('heightened');
      expect(mmr.upcoming[0]).toMatchObject({ daysUntil: 29, raises: true });
      const entry = (await watched('2027-01-31')).entries.find((e) => e.iso3 === 'MMR');
      expect(entry).toMatchObject({ monitoring: 'heightened', nextTrigger: { on: '2027-03-01' } });
      // The day after: passed, in the year behind.
      mmr = await triggers('?asOf=2027-03-02');
      expect(mmr.monitoring).toBe('routine');
      expect(mmr.recent[0]).toMatchObject({
        on: '2027-03-01',
        trigger: { title: 'General election called by the military administration' },
      });
      // Retired, it no longer counts; the retirement is audited.
      expect((await triggers('?asOf=2027-02-15')).monitoring).toBe('heightened');
      const id = election.json<{ id: number }>().id;
      expect((await call('POST', `/api/triggers/${id}/retire`)).statusCode).toBe(200);
      expect((await triggers('?asOf=2027-02-15')).monitoring).toBe('routine');
      const audit = await call('GET', '/api/audit?action=trigger.retire', 'admin');
      expect(audit.body).toContain(`"recordId":"${id}"`);
    });

    it('refuses a trigger without a source or on a day that does not exist, naming the field', async () => {
      const base = { iso3: 'MMR', date: '2027-05-01', kind: 'trial', title: 'Verdict hearing' };
      const noSource = await call('POST', '/api/triggers', 'analyst', base);
      expect(noSource.statusCode).toBe(400);
      expect(noSource.body).toMatch(/source/);
      const badDay = await call('POST', '/api/triggers', 'analyst', {
        ...base,
        date: '2027-02-30',
        source: 'Court calendar',
      });
      expect(badDay.statusCode).toBe(400);
      expect(badDay.body).toMatch(/date/);
      expect(
        (await call('POST', '/api/triggers', 'viewer', { ...base, source: 'x y z' })).statusCode,
      ).toBe(403);
      expect((await triggers()).upcoming.some((u) => u.trigger.title === 'Verdict hearing')).toBe(
        false,
      );
    });

    it('imports anniversaries of past atrocities from the events, each sourced to its record, once', async () => {
      const first = await call('POST', '/api/triggers/import-anniversaries', 'admin', {
        iso3: 'MMR',
        minDeaths: 50,
      });
      expect(first.statusCode).toBe(200);
      const { added, considered } = first.json<{ added: number; considered: number }>();
      expect(added).toBeGreaterThan(0);
      expect(added).toBe(considered);
      const again = await call('POST', '/api/triggers/import-anniversaries', 'admin', {
        iso3: 'MMR',
        minDeaths: 50,
      });
      expect(again.json()).toEqual({ added: 0, considered });
      const mmr = await triggers();
      const anniversary = mmr.upcoming.find((u) => u.trigger.kind === 'anniversary')!;
      expect(anniversary.trigger).toMatchObject({ yearly: true });
      expect(anniversary.trigger.source).toMatch(/UCDP .*, record \d+/);
      expect(anniversary.trigger.title).toMatch(/^\d+ civilians killed/);
      // Each comes back on its day every year.
      expect(anniversary.on.slice(0, 4)).toMatch(/2027|2028/);
      expect(
        (await call('POST', '/api/triggers/import-anniversaries', 'analyst', {})).statusCode,
      ).toBe(403);
    });

    it("lights a Myanmar scenario's watched indicators from the real GED events, and shows it rising", async () => {
      const added = await call('POST', '/api/scenarios', 'analyst', {
        iso3: 'MMR',
        title: 'Clearance operations in northern Rakhine',
        narrative:
          'After insurgent attacks on border posts, the military and local militias attack Rohingya villages and drive people across the border.',
        perpetrators: 'Military Forces of Myanmar; local militias',
        targets: 'Rohingya civilians',
        places: 'Rakhine state',
        watched: ['armed_contest', 'civilians_targeted', 'sexual_violence'],
      });
      expect(added.statusCode).toBe(201);
      type Read = {
        scenarios: Array<{
          lit: number;
          litBefore: number;
          direction: string;
          watched: Array<{
            indicator: string;
            lit: boolean;
            events: number;
            lastFired: string | null;
          }>;
        }>;
      };
      const at = async (day: string) =>
        (await call('GET', `/api/scenarios/MMR?asOf=${day}`, 'viewer')).json<Read>().scenarios[0]!;
      const quiet = await at('2017-06-01');
      const august = await at('2017-09-30');
      const civilians = (r: Read['scenarios'][number]) =>
        r.watched.find((w) => w.indicator === 'civilians_targeted')!;
      // The GED records the killings of civilians in Rakhine from 25 August 2017.
      expect(civilians(august)).toMatchObject({ lit: true });
      expect(civilians(august).events).toBeGreaterThan(civilians(quiet).events);
      expect(civilians(august).lastFired! >= '2017-08-25').toBe(true);
      // In June the armed contest and some killings of civilians; by September every watched
      // indicator is lit, sexual violence included (GED's sources tell of rape from 25 August).
      expect(quiet).toMatchObject({ lit: 2, direction: 'steady' });
      expect(august).toMatchObject({ lit: 3, litBefore: 2, direction: 'rising' });
      expect(august.watched.find((w) => w.indicator === 'sexual_violence')).toMatchObject({
        lit: true,
        lastFired: '2017-08-25',
      });
      // A scenario with an indicator Lens does not know is refused, naming it.
      const bad = await call('POST', '/api/scenarios', 'analyst', {
        iso3: 'MMR',
        title: 'Unknown',
        narrative: 'A narrative long enough to pass.',
        watched: ['moon_phase'],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toMatch(/watched/);
      const id = added.json<{ id: number }>().id;
      expect((await call('POST', `/api/scenarios/${id}/retire`)).statusCode).toBe(200);
      expect((await call('GET', '/api/scenarios/MMR', 'viewer')).json<Read>().scenarios).toEqual(
        [],
      );
    });
  },
);
