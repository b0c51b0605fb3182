import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EWP_2025 } from '@lens/core';
import { addReferenceModelFromFile, buildFeaturesFromFolder } from '@lens/node';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';

const EWP = path.resolve(import.meta.dirname, '../../../../../shared/data/restricted/ewp-2025');
const present = existsSync(EWP);
if (!present) console.warn(`${EWP} is absent: the forecast API is not tested with real data.`);

describeEachDatabase('forecasts over HTTP', (get) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(get());
    if (!present) return;
    await buildFeaturesFromFolder(t.deps, { spec: EWP_2025, dir: EWP, actor: 'test' });
    await addReferenceModelFromFile(t.deps, {
      id: 'ewp-2025',
      file: path.join(EWP, 'coefficients_3Sep2025_fullprecision_from_rds.csv'),
      featureSpec: 'ewp-2025@1',
      outcome: 'mk_onset_1or2',
      description: 'EWP 2025',
      actor: 'test',
    });
  }, 600_000);
  afterAll(async () => {
    await t.app.close();
  });

  it.skipIf(!present)(
    'runs, stores and serves the ranked forecast of the default model',
    async () => {
      const none = await t.app.inject({
        method: 'GET',
        url: '/api/forecasts?year=2024',
        headers: as(t.callers.viewer),
      });
      expect(none.statusCode).toBe(404);
      expect(none.json().message).toContain('No forecasts by ewp-2025 from 2024 data');
      const run = await t.app.inject({
        method: 'POST',
        url: '/api/forecasts',
        headers: as(t.callers.analyst),
        payload: { year: 2024 },
      });
      expect(run.statusCode).toBe(200);
      const got = await t.app.inject({
        method: 'GET',
        url: '/api/forecasts?model=default&year=2024',
        headers: as(t.callers.viewer),
      });
      const body = got.json() as {
        model: string;
        forecasts: Array<{ iso3: string; rank: number; risk2y: number }>;
      };
      expect(body.model).toBe('ewp-2025');
      expect(body.forecasts).toHaveLength(168);
      expect(body.forecasts[0]).toMatchObject({ iso3: 'MMR', rank: 1 });
      expect(body.forecasts[0]!.risk2y).toBeCloseTo(0.1041, 4);
      const models = await t.app.inject({
        method: 'GET',
        url: '/api/models',
        headers: as(t.callers.viewer),
      });
      expect(models.json().models[0]).toMatchObject({
        id: 'ewp-2025',
        isDefault: true,
        learner: 'reference',
      });
    },
  );

  it.skipIf(!present)('names bad input: a year that is no year, an unknown model', async () => {
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/forecasts?year=soon',
      headers: as(t.callers.viewer),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/year/);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/forecasts',
      headers: as(t.callers.analyst),
      payload: { model: 'nope', year: 2024 },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('No model "nope"');
  });

  it.skipIf(!present)(
    "serves a country's risk by year with its onsets, and its latest drivers",
    async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/countries/MMR/risk',
        headers: as(t.callers.viewer),
      });
      expect(res.statusCode).toBe(200);
      const body = res.json() as {
        history: Array<{ year: number; risk2y: number; rank: number; onset: boolean }>;
        drivers: Array<{ feature: string }>;
        driversYear: number;
      };
      expect(body.history.filter((h) => h.onset).map((h) => h.year)).toEqual(
        expect.arrayContaining([2016, 2021]),
      );
      const latest = body.history.at(-1)!;
      expect(latest).toMatchObject({ year: 2024, rank: 1 });
      expect(latest.risk2y).toBeCloseTo(0.1041, 4);
      expect(body.driversYear).toBe(2024);
      expect(body.drivers[0]!.feature).toBe('coup.try.5yr');
      const lower = await t.app.inject({
        method: 'GET',
        url: '/api/countries/mmr/risk',
        headers: as(t.callers.viewer),
      });
      expect(lower.statusCode).toBe(400);
      const none = await t.app.inject({
        method: 'GET',
        url: '/api/countries/XXX/risk',
        headers: as(t.callers.viewer),
      });
      expect(none.statusCode).toBe(404);
    },
  );
});
