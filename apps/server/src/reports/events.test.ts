import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BUNDLED_DIR, importFile, loadGazetteer } from '@lens/node';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';

interface Item {
  source: string;
  ref: string;
  admin1: string | null;
  admin1Code: string | null;
  latitude: number | null;
  date: string;
}

describeEachDatabase('one event store: imported events and field reports', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
    await importFile(t.deps, {
      kind: 'ucdp-ged',
      file: path.join(BUNDLED_DIR, 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'),
      actor: 'test',
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers.monitor),
      payload: {
        occurredOn: '2023-12-30',
        iso3: 'MMR',
        latitude: 21.97,
        longitude: 96.08,
        description: 'Air strike on a village school near Mandalay.',
        language: 'en',
        civiliansTargeted: true,
      },
    });
  }, 300_000);
  afterAll(async () => {
    await t.app.close();
  });

  it('places UCDP GED events in the admin-1 unit UCDP itself names, for nearly all of them', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/events?iso3=MMR&limit=5000',
      headers: as(t.callers.analyst),
    });
    const events = (res.json() as { events: Item[] }).events.filter((e) => e.source === 'dataset');
    expect(events.length).toBeGreaterThan(1000);
    const units = new Map(
      loadGazetteer()
        .admin1('MMR')
        .map((p) => [p.code, p.name]),
    );
    // UCDP writes "Sagaing region", "Rakhine state"; Natural Earth "Sagaing", "Rakhine".
    const norm = (s: string) =>
      s
        .toLowerCase()
        .replace(/\b(state|region|division|union territory)\b/g, '')
        .replace(/[^a-z]/g, '');
    const withBoth = events.filter((e) => e.admin1 && e.admin1Code);
    expect(withBoth.length / events.length).toBeGreaterThan(0.8);
    const agree = withBoth.filter((e) => {
      const a = norm(e.admin1!);
      const b = norm(units.get(e.admin1Code!) ?? '');
      return a.includes(b) || b.includes(a);
    });
    expect(agree.length / withBoth.length).toBeGreaterThan(0.85);
  });

  it('lists imported events and field reports together, newest first, role-aware', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/events?iso3=MMR&from=2023-12-01&to=2023-12-31&limit=500',
      headers: as(t.callers.viewer),
    });
    expect(res.statusCode).toBe(200);
    const events = (res.json() as { events: Item[] }).events;
    expect(events.some((e) => e.source === 'report' && e.admin1 === 'Mandalay')).toBe(true);
    expect(events.some((e) => e.source === 'dataset' && e.ref.startsWith('ucdp-ged:'))).toBe(true);
    expect(events.every((e) => e.date >= '2023-12-01' && e.date <= '2023-12-31~')).toBe(true);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // A viewer sees provinces, not coordinates.
    expect(events.every((e) => e.latitude === null)).toBe(true);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/events?from=yesterday',
      headers: as(t.callers.viewer),
    });
    expect(bad.statusCode).toBe(400);
  });
});
