import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import {
  addJudgement,
  assessRange,
  assessYear,
  frameworkCatalog,
  LENS_SPEC,
  TIERS,
  tierOf,
  loadFrameworkCatalog,
  loadLensData,
  overrideTier,
  parseCatalog,
  runHistoryCheck,
  type IndicatorSeries,
  type UseCaseDeps,
} from '@lens/core';
import { describeEachDatabase, describeOnSqlite, importTestDeps } from '@lens/db/testing';
import { BUNDLED_CATALOG, BUNDLED_DIR } from './bundled-data';
import { importFile } from './import-file';

/** A fresh database with the bundled files the structural lens reads and the catalog. */
async function structuralTestDeps(
  conn: Parameters<typeof importTestDeps>[0],
): Promise<UseCaseDeps> {
  const deps = await importTestDeps(conn);
  for (const [kind, file] of FILES)
    await importFile(deps, { kind, file: path.join(BUNDLED_DIR, file), actor: 'test' });
  await loadFrameworkCatalog(deps, {
    text: readFileSync(BUNDLED_CATALOG, 'utf8'),
    file: 'catalog.json',
    actor: 'test',
  });
  return deps;
}

/** The bundled files the structural lens reads. */
const FILES = [
  ['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv'],
  ['vdem', 'vdem/vdemlite_v14_1970_2023_gender.csv'],
  ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
  ['wdi', 'world-bank-wdi/WDI_databank_export_2000_2020.csv'],
] as const;

it('the bundled catalog parses, marks recalled items unverified, and holds every item the lens cites', () => {
  const c = parseCatalog(readFileSync(BUNDLED_CATALOG, 'utf8'));
  const byId = new Map(c.items.map((i) => [i.id, i]));
  expect(byId.get('RF3')).toMatchObject({
    authoritative: false,
    verification: 'recalled_unverified',
  });
  expect(byId.get('RF7.1')).toMatchObject({ authoritative: true, parentId: 'RF7' });
  expect(byId.get('BEL.PC.ECO.3')?.text).toBe('Horizontal inequalities');
  expect(c.items.filter((i) => i.kind === 'risk_factors')).toHaveLength(14);
  const cited = LENS_SPEC.factors.flatMap((f) => [
    ...f.catalogRefs,
    ...f.indicators.flatMap((i) => i.catalogRefs),
  ]);
  expect(cited.filter((id) => !byId.has(id))).toEqual([]);
  expect(() => parseCatalog('{"frameworks": 1', 'broken.json')).toThrow(/broken\.json: not JSON/);
});

describeEachDatabase('the structural lens on the bundled data', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    deps = await structuralTestDeps(get());
  }, 300_000);

  it('stores the catalog once per version, audited', async () => {
    const again = await loadFrameworkCatalog(deps, {
      text: readFileSync(BUNDLED_CATALOG, 'utf8'),
      file: 'catalog.json',
      actor: 'test',
    });
    expect(again.stored).toBe(false);
    const c = await frameworkCatalog(deps);
    expect(c.version).toBe(again.version);
    expect(c.items.find((i) => i.id === 'RF10')?.authoritative).toBe(false);
    const audit = await deps.store.audit.list({ limit: 100 });
    expect(audit.filter((e) => e.action === 'frameworks.load')).toHaveLength(1);
  });

  it('ranks Syria, Sudan and Myanmar in the top tiers of 2023 and Norway at the bottom', async () => {
    const all = await assessYear(deps, { year: 2023 });
    expect(all.length).toBeGreaterThan(150);
    const tier = (iso3: string) => all.find((a) => a.iso3 === iso3)?.tier;
    for (const iso3 of ['SYR', 'SDN', 'MMR']) expect(['high', 'extreme']).toContain(tier(iso3));
    for (const iso3 of ['NOR', 'DNK', 'NZL']) expect(tier(iso3)).toBe('negligible');
    const syria = all.find((a) => a.iso3 === 'SYR')!;
    expect(syria.coverage).toBeGreaterThan(0.75);
    // Every reading names the stored dataset version it comes from.
    const clphy = syria.factors
      .find((f) => f.id === 'RF2')!
      .indicators.find((i) => i.id === 'vdem.v2x_clphy')!;
    expect(clphy).toMatchObject({ valueYear: 2023, source: { kind: 'vdem' } });
    expect(clphy.source?.version).toMatch(/14/);
    // The gender lens reads the gender extract.
    const gender = syria.factors.find((f) => f.id === 'G')!;
    expect(gender.indicators.find((i) => i.id === 'vdem.v2x_gencl')?.raw).not.toBeNull();
    // Factors without data wait for analysts' judgements.
    expect(syria.factors.find((f) => f.id === 'RF10')).toMatchObject({
      basis: 'none',
      score: null,
    });
  });

  it('Myanmar 2010: the capacity factor without military spending reads "insufficient data", not 0', async () => {
    // The World Bank has no military expenditure for Myanmar in 2009-2011 (nor before 2000).
    const all = await assessYear(deps, { year: 2010 });
    const mmr = all.find((a) => a.iso3 === 'MMR')!;
    const rf5 = mmr.factors.find((f) => f.id === 'RF5')!;
    expect(rf5.indicators.find((i) => i.id.includes('MS.MIL.XPND'))?.raw).toBeNull();
    expect(rf5).toMatchObject({ sufficient: false, score: null });
    expect(rf5.range[1]).toBeGreaterThanOrEqual(50);
    // Counting the unknown as no risk would pull the score down; it is not counted, so the
    // score is at least what it would have been with the factor at its known part.
    const known = mmr.factors.filter((f) => f.sufficient && f.score !== null);
    const withZero =
      [...known.map((f) => f.score!), rf5.partialScore ?? 0].reduce((a, b) => a + b, 0) /
      (known.length + 1);
    expect(mmr.score!).toBeGreaterThanOrEqual(withZero);
    // The tier does not drop: at least what the score with the factor at 0 would give, and in the
    // top two (structure alone here: this database has no model).
    expect(TIERS.indexOf(mmr.tier!)).toBeGreaterThanOrEqual(tierOf(withZero, LENS_SPEC.scoreTiers));
    expect(['high', 'extreme']).toContain(mmr.tier);
    expect(mmr.scoreRange[0]).toBeLessThanOrEqual(mmr.score!);
    expect(mmr.scoreRange[1]).toBeGreaterThanOrEqual(mmr.score!);
  });

  it('assesses every country for every year since 1990 and says what changed in Myanmar in 2017', async () => {
    const data = await loadLensData(deps);
    const all = assessRange(data, { from: 1990, to: 2023 });
    expect(new Set(all.map((a) => a.year)).size).toBe(34);
    const mmr2017 = all.find((a) => a.iso3 === 'MMR' && a.year === 2017)!;
    const rf2 = mmr2017.changes.find((c) => c.factorId === 'RF2');
    expect(rf2?.to).toBeGreaterThan(rf2?.from ?? 100);
    expect(rf2?.why).toMatch(/one-sided|killings|violence/i);
  });

  it('no look-ahead: values after the year assessed never change the assessment', async () => {
    const data = await loadLensData(deps);
    const T = 2012;
    const altered = new Map<string, IndicatorSeries>();
    for (const [id, s] of data.series)
      altered.set(id, {
        ...s,
        values: new Map(
          [...s.values].map(([iso3, byYear]) => [
            iso3,
            new Map([...byYear].map(([y, v]) => [y, y > T ? v * 7 + 3 : v])),
          ]),
        ),
      });
    const base = assessRange(data, { from: T, to: T });
    expect(assessRange({ ...data, series: altered }, { from: T, to: T })).toEqual(base);
    const atT = new Map<string, IndicatorSeries>();
    for (const [id, s] of data.series)
      atT.set(id, {
        ...s,
        values: new Map(
          [...s.values].map(([iso3, byYear]) => [
            iso3,
            new Map([...byYear].map(([y, v]) => [y, y === T ? v * 7 + 3 : v])),
          ]),
        ),
      });
    expect(assessRange({ ...data, series: atT }, { from: T, to: T })).not.toEqual(base);
  });

  it('an analyst judges a factor without data and overrides a tier; both audited, the computed tier kept', async () => {
    await expect(
      addJudgement(deps, {
        iso3: 'ETH',
        factorId: 'RF99',
        score: 120,
        evidence: 'x',
        confidence: 'sure',
        asOf: '2023-13-01',
        actor: 'ana',
      }),
    ).rejects.toThrow(/factorId unknown risk factor.*score must be.*evidence.*confidence.*asOf/);
    await addJudgement(deps, {
      iso3: 'ETH',
      factorId: 'RF10',
      score: 85,
      evidence: 'Officials describe Tigrayans as a cancer to be removed (2021 speeches).',
      confidence: 'medium',
      asOf: '2021-07-01',
      actor: 'ana',
    });
    const [eth] = await assessYear(deps, { year: 2022, iso3: 'ETH' });
    expect(eth!.factors.find((f) => f.id === 'RF10')).toMatchObject({
      score: 85,
      basis: 'judgement',
    });
    const [eth2020] = await assessYear(deps, { year: 2020, iso3: 'ETH' });
    expect(eth2020!.factors.find((f) => f.id === 'RF10')!.score).toBeNull();

    await expect(
      overrideTier(deps, {
        iso3: 'ETH',
        year: 2022,
        tier: 'severe',
        justification: 'x',
        actor: 'ana',
      }),
    ).rejects.toThrow(/tier must be/);
    const computed = eth!.computedTier;
    const target = computed === 'extreme' ? 'high' : 'extreme';
    const o = await overrideTier(deps, {
      iso3: 'ETH',
      year: 2022,
      tier: target,
      justification: 'Mass detentions reported by field monitors in Amhara.',
      actor: 'ana',
    });
    expect(o.computedTier).toBe(computed);
    const [after] = await assessYear(deps, { year: 2022, iso3: 'ETH' });
    expect(after).toMatchObject({ tier: target, computedTier: computed });
    const audit = await deps.store.audit.list({ limit: 100 });
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['assessment.judgement', 'assessment.override']),
    );
  });
});

// Its own database: the overrides and judgements of the suite above would move two tiers.
describeOnSqlite('the structural lens’s history check on the bundled data', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    deps = await structuralTestDeps(get());
  }, 300_000);

  it('scores the tiers against EWP onsets (the bundled onset facts), every rate as BENCHMARKS.md records it', async () => {
    await importFile(deps, {
      kind: 'ewp-outcomes',
      file: path.join(BUNDLED_DIR, 'ewp-onsets/ewp_mk_onset_facts_2025.csv'),
      actor: 'test',
    });
    const h = await runHistoryCheck(deps, {});
    expect(h.fromYear).toBe(1990);
    const table = h.tiers.map((t) => [
      t.tier,
      t.countryYears,
      ...t.horizons.map((x) => `${x.withOnset}/${x.observed}`),
    ]);
    // The table in BENCHMARKS.md ("History check of lens-structural@3", structure only: this
    // database has no model), cell by cell.
    expect(table).toEqual([
      ['negligible', 2703, '1/2703', '2/2615', '6/1893'],
      ['low', 1165, '10/1165', '17/1136', '47/889'],
      ['moderate', 1032, '15/1032', '24/1004', '69/762'],
      ['high', 680, '13/680', '24/661', '73/526'],
      ['extreme', 245, '14/245', '24/235', '66/189'],
    ]);
    const rate = (tier: number, horizon: number) => h.tiers[tier]!.horizons[horizon]!.share!;
    // Rates rise with the tier at every horizon.
    for (const horizon of [0, 1, 2])
      for (let tier = 1; tier < 5; tier++)
        expect(rate(tier, horizon)).toBeGreaterThan(rate(tier - 1, horizon));
    expect(h.caughtTopTwo.twoYears).toBe(30);
    expect(h.onsets).toBe(53);
    expect(h.topTwoShare).toBeCloseTo(0.159, 3);
  }, 120_000);
});
