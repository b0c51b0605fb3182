import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import {
  artefactFeatures,
  EWP_2025,
  EWP_RECIPE,
  forecast,
  loadFeatureFrame,
  originForecast,
  GBT_DEFAULTS,
  loadLensData,
  probabilitiesFor,
  setDefaultModel,
  resolveModel,
  trainModel,
  type FeatureFrame,
  type UseCaseDeps,
} from '@lens/core';
import { describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { readCsv } from '../csv/read-csv-sync';
import { buildFeaturesFromFolder } from './build-features';
import { addReferenceModelFromFile } from './reference-model';

const EWP = path.resolve(import.meta.dirname, '../../../../../shared/data/restricted/ewp-2025');
const COEFFICIENTS = path.join(EWP, 'coefficients_3Sep2025_fullprecision_from_rds.csv');
const present = existsSync(COEFFICIENTS);
if (!present) console.warn(`${EWP} is absent: the EWP reference model is not checked.`);

describeEachDatabase('the ewp-2025 reference model', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    deps = await importTestDeps(get());
    if (!present) return;
    await buildFeaturesFromFolder(deps, { spec: EWP_2025, dir: EWP, actor: 'test' });
    await addReferenceModelFromFile(deps, {
      id: 'ewp-2025',
      file: COEFFICIENTS,
      featureSpec: 'ewp-2025@1',
      outcome: 'mk_onset_1or2',
      description: 'EWP 2025 published model',
      actor: 'test',
    });
  }, 600_000);

  it.skipIf(!present)('reproduces all 168 published 2025-26 risks within 1e-5', async () => {
    const { forecasts } = await forecast(deps, { model: 'default', year: 2024, actor: 'test' });
    const published = readCsv(path.join(EWP, 'final_forecasts_data_3Sep2025.csv'));
    expect(published).toHaveLength(168);
    expect(forecasts).toHaveLength(168);
    const byName = new Map(forecasts.map((f) => [f.country, f]));
    const off = published.flatMap((p) => {
      const f = byName.get(p.ewp_name ?? '');
      const want = Number(p['risk.2025and2026.from2024']);
      return f && Math.abs(f.risk2y - want) <= 1e-5
        ? []
        : [`${p.ewp_name}: ${want} vs ${f?.risk2y}`];
    });
    expect(off).toEqual([]);
    expect(forecasts[0]).toMatchObject({ country: 'Burma/Myanmar', rank: 1, iso3: 'MMR' });
    expect(forecasts[0]!.drivers.length).toBeGreaterThan(3);
  });

  it.skipIf(!present)(
    'a trained model also forecasts the next year alone (risk_1y); the reference model cannot',
    async () => {
      const reference = await forecast(deps, { model: 'ewp-2025', year: 2024, actor: 'test' });
      expect(reference.forecasts.every((f) => f.risk1y === null)).toBe(true);
      const model = await resolveModel(deps, 'ewp-2025');
      await trainModel(deps, {
        id: 'gbt-small',
        description: 'small boosted trees',
        featureSpec: 'ewp-2025@1',
        recipe: {
          learner: 'gbt',
          features: artefactFeatures(model.artefact),
          outcome: 'mk_onset_1or2',
          options: { ...GBT_DEFAULTS, trees: 20 },
        },
        lastYear: 2022,
        actor: 'test',
      });
      const stored = await resolveModel(deps, 'gbt-small');
      expect(stored.artefact1y?.kind).toBe('gbt');
      expect(stored.artefact1y).not.toEqual(stored.artefact);
      const { forecasts } = await forecast(deps, { model: 'gbt-small', year: 2024, actor: 'test' });
      expect(forecasts.length).toBeGreaterThan(150);
      for (const f of forecasts) {
        expect(f.risk1y).toBeGreaterThan(0);
        expect(f.risk1y).toBeLessThan(1);
      }
      // One year is a shorter window than two: on average the risk is lower.
      const mean = (k: 'risk1y' | 'risk2y') =>
        forecasts.reduce((s, f) => s + (f[k] ?? 0), 0) / forecasts.length;
      expect(mean('risk1y')).toBeLessThan(mean('risk2y'));
      // The assessment takes a model's risk only for years after the outcomes it was trained on.
      await setDefaultModel(deps, 'gbt-small', 'test');
      const data = await loadLensData(deps);
      expect(probabilitiesFor(data, 2024).size).toBeGreaterThan(150);
      expect(probabilitiesFor(data, 2023).size).toBe(0);
      await setDefaultModel(deps, 'ewp-2025', 'test');
    },
    120_000,
  );

  it.skipIf(!present)('is the default model, and names an unknown one', async () => {
    expect((await resolveModel(deps, 'default')).id).toBe('ewp-2025');
    await expect(resolveModel(deps, 'nope')).rejects.toThrow('No model "nope"');
  });

  it.skipIf(!present)(
    'does not look ahead: altering every value after the forecast year leaves the forecast unchanged',
    async () => {
      const { frame } = await loadFeatureFrame(deps, 'ewp-2025@1');
      const model = await resolveModel(deps, 'ewp-2025');
      const recipe = EWP_RECIPE(artefactFeatures(model.artefact));
      const T = 2008; // fit on years <= 2008, forecast from 2010 data
      const alter = (from: number): FeatureFrame => ({
        rows: frame.rows,
        columns: new Map(
          [...frame.columns].map(([name, c]) => [
            name,
            c.map((v, i) =>
              frame.rows[i]!.year >= from ? (name.startsWith('mk_') ? 1 - v : v * 3 + 1) : v,
            ),
          ]),
        ),
      });
      const base = originForecast(frame, recipe, T);
      const future = originForecast(alter(T + 3), recipe, T);
      expect(future.rows).toEqual(base.rows);
      expect(future.risk).toEqual(base.risk);
      // The check can fail: the same alteration from the forecast year on moves the forecast.
      const present = originForecast(alter(T + 2), recipe, T);
      expect(present.risk).not.toEqual(base.risk);
    },
    120_000,
  );
});
