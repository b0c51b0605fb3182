import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { countryWps, WPS_SPEC, type UseCaseDeps } from '@lens/core';
import { describeOnSqlite, importTestDeps } from '@lens/db/testing';
import { BUNDLED_DIR } from './bundled-data';
import { importFile } from './import-file';

/** The bundled files the standing reads, and the onset facts it is checked against. */
const FILES = [
  ['vdem', 'vdem/vdemlite_v14_1970_2023_gender.csv'],
  ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
  ['wdi', 'world-bank-wdi/WDI_databank_export_2000_2020.csv'],
  ['ewp-outcomes', 'ewp-onsets/ewp_mk_onset_facts_2025.csv'],
] as const;

describeOnSqlite('the women, peace and security standing on the bundled data', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    deps = await importTestDeps(get());
    for (const [kind, file] of FILES)
      await importFile(deps, { kind, file: path.join(BUNDLED_DIR, file), actor: 'test' });
  }, 300_000);

  it("reads Afghanistan's 2021 collapse of women's standing, and says which values moved it", async () => {
    const w = await countryWps(deps, { iso3: 'AFG', year: 2021 });
    expect(w.reading.standing).toBeLessThan(20);
    expect(w.reading.dimensions.every((d) => d.coverage === 1)).toBe(true);
    const sinceLastYear = w.changes.find((c) => c.dimension === null && c.since === 2020)!;
    expect(sinceLastYear.direction).toBe('deteriorated');
    expect(sinceLastYear.from - sinceLastYear.to).toBeGreaterThan(20);
    const inclusion = w.changes.find((c) => c.dimension === 'inclusion' && c.since === 2020)!;
    expect(inclusion.why[0]).toMatchObject({
      id: 'vdem.v2x_genpp',
      label: "Women's political participation index (V-Dem)",
      from: 0.906,
      to: 0.086,
    });
    // The trend ends at the year asked, and 2020 stood far above 2021.
    const byYear = new Map(w.trend.map((p) => [p.year, p.standing]));
    expect(w.trend.at(-1)!.year).toBe(2021);
    expect(byYear.get(2020)! - byYear.get(2021)!).toBeGreaterThan(20);
    // Sweden stands near the top; every number names its dataset version.
    const swe = await countryWps(deps, { iso3: 'SWE', year: 2021 });
    expect(swe.reading.standing).toBeGreaterThan(90);
    expect(swe.sources).toEqual(
      expect.arrayContaining([
        'Varieties of Democracy (V-Dem) 14',
        'UCDP Organized Violence Country-Year Dataset 25.1',
        `Women, peace and security standing ${WPS_SPEC.version}`,
      ]),
    );
  });

  it('links the standing to mass-killing onsets over history: the lower the standing, the more onsets followed', async () => {
    const w = await countryWps(deps, { iso3: 'MMR', year: 2021 });
    expect(w.reading.standing).not.toBeNull();
    expect(w.onsetLink.years).toEqual([1990, 2022]);
    // As BENCHMARKS.md records them ("Women, peace and security standing and onsets").
    expect(w.onsetLink.bands.map((b) => [b.from, b.to, b.onsets, b.countryYears])).toEqual([
      [0, 40, 26, 430],
      [40, 60, 43, 1173],
      [60, 100, 22, 4181],
    ]);
    const rates = w.onsetLink.bands.map((b) => b.rate);
    expect(rates[0]).toBeGreaterThan(rates[1]!);
    expect(rates[1]).toBeGreaterThan(rates[2]!);
  });

  it('refuses an unknown country by name', async () => {
    await expect(countryWps(deps, { iso3: 'XXX', year: 2021 })).rejects.toThrow(/XXX/);
  });
});
