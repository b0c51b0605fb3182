import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { EWP_2025, forecast, resolveModel, type UseCaseDeps } from '@lens/core';
import { describeEachDatabase, importTestDeps } from '../testing';
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

  it.skipIf(!present)('is the default model, and names an unknown one', async () => {
    expect((await resolveModel(deps, 'default')).id).toBe('ewp-2025');
    await expect(resolveModel(deps, 'nope')).rejects.toThrow('No model "nope"');
  });
});
