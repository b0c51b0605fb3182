import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadFrameworkCatalog } from '@lens/core';
import { BUNDLED_CATALOG, BUNDLED_DIR, importFile } from '@lens/node';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';

describeEachDatabase('assessments over HTTP', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
    for (const [kind, file] of [
      ['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv'],
      ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
    ] as const)
      await importFile(t.deps, { kind, file: path.join(BUNDLED_DIR, file), actor: 'test' });
    await loadFrameworkCatalog(t.deps, {
      text: readFileSync(BUNDLED_CATALOG, 'utf8'),
      file: 'catalog.json',
      actor: 'test',
    });
  }, 300_000);
  afterAll(async () => {
    await t.app.close();
  });

  it('serves the rankings, a country, its timeline and the catalog with unverified items flagged', async () => {
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/assessments?year=2020',
      headers: as(t.callers.viewer),
    });
    expect(all.statusCode).toBe(200);
    const body = all.json() as { assessments: Array<{ iso3: string; tier: string | null }> };
    expect(body.assessments.length).toBeGreaterThan(150);
    const one = await t.app.inject({
      method: 'GET',
      url: '/api/assessments/SYR?year=2020',
      headers: as(t.callers.viewer),
    });
    expect(one.json()).toMatchObject({ iso3: 'SYR', year: 2020, spec: 'lens-structural@3' });
    const timeline = await t.app.inject({
      method: 'GET',
      url: '/api/assessments/SYR/timeline?from=2005&to=2020',
      headers: as(t.callers.viewer),
    });
    const years = (timeline.json() as { assessments: Array<{ year: number }> }).assessments.map(
      (a) => a.year,
    );
    expect(years).toEqual(Array.from({ length: 16 }, (_, k) => 2005 + k));
    const catalog = await t.app.inject({
      method: 'GET',
      url: '/api/frameworks',
      headers: as(t.callers.viewer),
    });
    const items = (catalog.json() as { items: Array<{ id: string; authoritative: boolean }> })
      .items;
    expect(items.find((i) => i.id === 'RF3')?.authoritative).toBe(false);
    expect(items.find((i) => i.id === 'RF9')?.authoritative).toBe(true);
  });

  it('answers bad input with a 400 that says what is wrong', async () => {
    const badYear = await t.app.inject({
      method: 'GET',
      url: '/api/assessments?year=soon',
      headers: as(t.callers.viewer),
    });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().message).toMatch(/year/);
    const badTier = await t.app.inject({
      method: 'POST',
      url: '/api/assessments/SYR/override',
      headers: as(t.callers.analyst),
      payload: { year: 2020, tier: 'severe', justification: 'because' },
    });
    expect(badTier.statusCode).toBe(400);
    expect(badTier.json().message).toMatch(/tier|justification/);
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/assessments/ATL?year=2020',
      headers: as(t.callers.viewer),
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('an analyst overrides a tier; the computed tier stays beside it; a viewer may not', async () => {
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/assessments/KEN/override',
      headers: as(t.callers.viewer),
      payload: {
        year: 2020,
        tier: 'high',
        justification: 'Election violence expected in the Rift Valley.',
      },
    });
    expect(denied.statusCode).toBe(403);
    const before = (
      await t.app.inject({
        method: 'GET',
        url: '/api/assessments/KEN?year=2020',
        headers: as(t.callers.viewer),
      })
    ).json() as { computedTier: string };
    const target = before.computedTier === 'extreme' ? 'high' : 'extreme';
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/assessments/KEN/override',
      headers: as(t.callers.analyst),
      payload: {
        year: 2020,
        tier: target,
        justification: 'Election violence expected in the Rift Valley.',
      },
    });
    expect(ok.statusCode).toBe(200);
    const after = (
      await t.app.inject({
        method: 'GET',
        url: '/api/assessments/KEN?year=2020',
        headers: as(t.callers.viewer),
      })
    ).json() as { tier: string; computedTier: string; override: { justification: string } };
    expect(after).toMatchObject({ tier: target, computedTier: before.computedTier });
    expect(after.override.justification).toContain('Rift Valley');
  });
});
