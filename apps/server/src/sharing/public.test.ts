import { afterAll, beforeAll, expect, it } from 'vitest';
import { replayEscalation } from '@lens/core';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, loadPlanningData, type TestApp } from '../testing';

interface PublicList {
  title: string;
  entries: Array<{ iso3: string; country: string; tier: string | null; stage: string }>;
  sources: Array<{ source: string; version: string }>;
}

describeEachDatabase('the public page', (get) => {
  let t: TestApp;
  const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
  const choose = (payload: object, who: keyof TestApp['callers'] = 'admin') =>
    t.app.inject({
      method: 'PUT',
      url: '/api/share/public-page',
      headers: as(t.callers[who]),
      payload,
    });

  beforeAll(async () => {
    t = await createTestApp(get());
    await loadPlanningData(t.deps, [
      ['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv'],
      ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
      ['ucdp-ged', 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'],
    ]);
    await replayEscalation(t.deps, { iso3: 'MMR', actor: 'test' });
    // An analyst's actor entry, with a note that must never be published.
    const actor = await t.app.inject({
      method: 'POST',
      url: '/api/actors',
      headers: as(t.callers.analyst),
      payload: {
        name: 'Tatmadaw',
        type: 'state_organ',
        iso3: 'MMR',
        sources: ['UCDP GED 24.1'],
        notes: 'Contact in Sittwe says units moved north',
      },
    });
    expect(actor.statusCode).toBe(201);
  }, 300_000);
  afterAll(async () => {
    await t.app.close();
  });

  it('is off until an admin publishes it, and then shows only the chosen countries to anyone', async () => {
    expect((await anonymous('/api/public/watchlist')).statusCode).toBe(404);
    expect((await anonymous('/api/public/country/MMR')).statusCode).toBe(404);
    // Only an admin chooses; a bad code is refused by name and changes nothing.
    expect((await choose({ enabled: true, countries: ['MMR'] }, 'analyst')).statusCode).toBe(403);
    const bad = await choose({ enabled: true, countries: ['MMR', 'XYZ'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/XYZ/);
    expect((await anonymous('/api/public/watchlist')).statusCode).toBe(404);

    const ok = await choose({
      enabled: true,
      countries: ['mmr', 'KEN'],
      title: 'Regional situation room',
    });
    expect(ok.statusCode).toBe(200);
    const res = await anonymous('/api/public/watchlist?lang=fr');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const list = res.json<PublicList>();
    expect(list.title).toBe('Regional situation room');
    expect(list.entries.map((e) => e.iso3).sort()).toEqual(['KEN', 'MMR']);
    expect(list.entries.find((e) => e.iso3 === 'MMR')?.country).toBe('Myanmar');
    expect(list.entries.find((e) => e.iso3 === 'KEN')?.tier).not.toBeNull();
    // Every number traces to its sources and versions.
    expect(list.sources.map((s) => `${s.source} ${s.version}`).join('; ')).toMatch(/V-Dem/);
    // A country not chosen is "not found", whoever asks.
    expect((await anonymous('/api/public/country/SDN')).statusCode).toBe(404);

    const audit = await t.deps.store.audit.list({ action: 'settings.public-page', limit: 5 });
    expect(audit[0]?.detail).toMatchObject({ enabled: true, countries: ['KEN', 'MMR'] });
  });

  it("shows a country's page with alerts and actors only when chosen, and nothing about people", async () => {
    const plain = (await anonymous('/api/public/country/MMR?lang=ar')).json<{
      country: string;
      stage: string;
      drivers: Array<{ name: string }>;
      alerts: unknown;
      actors: unknown;
    }>();
    expect(plain.country).toBe('ميانمار');
    expect(plain.alerts).toBeNull();
    expect(plain.actors).toBeNull();
    expect(plain.stage).not.toBe('none');
    expect(plain.drivers.length).toBeGreaterThan(0);

    await choose({ enabled: true, countries: ['MMR'], alerts: true, actors: true });
    const res = await anonymous('/api/public/country/MMR');
    const full = res.json<{ alerts: Array<{ stage: string }>; actors: unknown[] }>();
    expect(full.alerts.length).toBeGreaterThan(0);
    expect(full.actors.length).toBeGreaterThan(0);
    expect(res.body).not.toContain('Sittwe');
    expect(res.body).not.toMatch(
      /reporter|contact|owner|createdBy|username|"note|latitude|longitude|decision/i,
    );
    // KEN is no longer chosen.
    expect((await anonymous('/api/public/country/KEN')).statusCode).toBe(404);
  });

  it('serves the watch list as CSV with HXL hashtags for HDX', async () => {
    const res = await anonymous('/api/public/watchlist.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const [header, tags, ...rows] = res.body.trim().split('\r\n');
    expect(header).toMatch(/^Country,ISO3,/);
    expect(tags).toMatch(/^#country\+name,#country\+code\+v_iso3,#date\+year,#severity\+tier/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^Myanmar,MMR,\d{4},(negligible|low|moderate|high|extreme),/);
  });

  it('is gone again when turned off', async () => {
    await choose({ enabled: false, countries: ['MMR'] });
    expect((await anonymous('/api/public/watchlist')).statusCode).toBe(404);
    expect((await anonymous('/api/public/watchlist.csv')).statusCode).toBe(404);
  });
});
