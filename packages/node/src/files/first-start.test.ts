import { beforeAll, expect, it } from 'vitest';
import {
  assessRange,
  existsIn,
  countryEscalation,
  fitTierThresholds,
  historyCheck,
  LENS_SPEC,
  loadLensData,
  runHistoryCheck,
  STAGES,
  TIERS,
  tierWith,
  watchList,
  type LensData,
  type TierCase,
  type UseCaseDeps,
} from '@lens/core';
import { describeOnSqlite, importTestDeps } from '@lens/db/testing';
import { loadBundledData } from './bundled-data';

/**
 * The first start on the bundled data (one install shared by every test here): the open model's
 * back-test stores its out-of-sample forecasts; past years' tiers use them, the tier thresholds
 * are fitted on 1993-2005 only; the watch list shows what moved.
 */
describeOnSqlite('the first start on the bundled data', (get) => {
  let deps: UseCaseDeps;
  let data: LensData;
  let cases: TierCase[];
  let onsets: Map<string, Set<number>>;
  beforeAll(async () => {
    deps = await importTestDeps(get());
    await loadBundledData(deps, () => undefined);
    data = await loadLensData(deps);
    cases = assessRange(data, { from: 1993, to: 2024 }).map((a) => ({
      iso3: a.iso3,
      year: a.year,
      score: a.score,
      risk: a.probability?.risk2y ?? null,
    }));
    const ds = await deps.store.datasets.latest('ewp-outcomes');
    onsets = new Map();
    for (const r of await deps.store.datasets.variableValues(ds!.id, 'mk_onset'))
      if ((r.value ?? 0) >= 1) {
        const s = onsets.get(r.iso3) ?? new Set<number>();
        onsets.set(r.iso3, s.add(r.year));
      }
  }, 900_000);

  it('gives each past year the risk knowable that year: a back-test forecast fitted on years <= T - 2', () => {
    const stored = assessRange(data, { from: 1990, to: 2024 });
    const years = new Map<number, { n: number; forecast: number }>();
    for (const a of stored) {
      const y = years.get(a.year) ?? { n: 0, forecast: 0 };
      years.set(a.year, { n: y.n + 1, forecast: y.forecast + (a.probability ? 1 : 0) });
      if (!a.probability) continue;
      if (a.year <= 2023) {
        // The stored model was trained through 2022: only its back-test may speak for the past.
        expect(a.probability.backtest?.trainedThrough).toBe(a.year - 2);
        expect(a.probability.interval).toBeNull();
      } else expect(a.probability.backtest).toBeUndefined();
    }
    // The first origin (1991) forecasts from 1993 data: the years before are structure only.
    expect(years.get(1992)!.forecast).toBe(0);
    for (const y of [1993, 2005, 2015, 2023, 2024])
      expect(years.get(y)!.forecast / years.get(y)!.n).toBeGreaterThan(0.85);
  });

  it('refits the thresholds of the lens on 1993-2005 and finds the ones it ships (ADR 21)', () => {
    // The lens's own fit settings (years, share limit, unfitted thresholds).
    const input = { ...LENS_SPEC.tierFit!, outcomesThrough: 2024 };
    const fit = fitTierThresholds(cases, onsets, input);
    expect(fit.scoreTiers).toEqual(LENS_SPEC.scoreTiers);
    expect(fit.probabilityTiers).toEqual(LENS_SPEC.probabilityTiers);
    expect([fit.scale, fit.shift]).toEqual([0.5645, 5]);
    expect(fit.fit.onsets).toBe(17);
    expect(fit.fit.caughtTopTwo).toEqual({ oneYear: 12, twoYears: 12 });
    // The fit never sees a test year's onset: dropping every later onset and adding others
    // (Norway 2010, 2015) changes nothing.
    const later = new Map(
      [...onsets].map(([k, ys]) => [k, new Set([...ys].filter((y) => y <= 2006))]),
    );
    later.set('NOR', new Set([2010, 2015]));
    const blind = fitTierThresholds(cases, later, input);
    expect(blind.probabilityTiers).toEqual(fit.probabilityTiers);
  });

  it('scores the test years 2006 on as BENCHMARKS.md records them (77% of onsets at 18% of country-years; the 80% goal is not met)', async () => {
    const h = await runHistoryCheck(deps, {});
    // The whole check, 1990-2023 (1990-1992 structure only): BENCHMARKS.md's table.
    expect(
      h.tiers.map((t) => [
        t.tier,
        t.countryYears,
        ...t.horizons.map((x) => `${x.withOnset}/${x.observed}`),
      ]),
    ).toEqual([
      ['negligible', 2233, '0/2233', '0/2164', '0/1608'],
      ['low', 1278, '3/1278', '7/1240', '17/953'],
      ['moderate', 1200, '13/1200', '20/1167', '80/910'],
      ['high', 834, '23/834', '39/808', '106/585'],
      ['extreme', 280, '14/280', '25/272', '58/203'],
    ]);
    for (const horizon of [0, 1, 2])
      for (let tier = 1; tier < 5; tier++)
        expect(h.tiers[tier]!.horizons[horizon]!.share!).toBeGreaterThan(
          h.tiers[tier - 1]!.horizons[horizon]!.share!,
        );
    expect(h.caughtTopTwo).toEqual({ oneYear: 37, twoYears: 38 });
    expect(h.onsets).toBe(53);
    expect(h.topTwoShare).toBeCloseTo(0.1912, 4);
    const test = h.periods.find((p) => p.kind === 'test')!;
    expect(test).toMatchObject({ fromYear: 2006, toYear: 2023, onsets: 22 });
    expect(test.caughtTopTwo).toEqual({ oneYear: 17, twoYears: 17 });
    expect(test.topTwoShare).toBeCloseTo(0.182, 3);
    const fit = h.periods.find((p) => p.kind === 'fit')!;
    expect(fit).toMatchObject({ fromYear: 1993, toYear: 2005, onsets: 17 });
    expect(fit.caughtTopTwo).toEqual({ oneYear: 12, twoYears: 12 });
    // The thresholds it replaced (version 2's), on the same forecasts: fewer onsets caught.
    const v2 = historyCheck(
      cases
        .filter((c) => c.year >= 2006 && c.year <= 2023)
        .map((c) => ({ ...c, tier: tierWith(c, LENS_SPEC.tierFit!.base) })),
      onsets,
      2024,
    );
    expect(v2.caughtTopTwo).toEqual({ oneYear: 15, twoYears: 16 });
  });

  it('opens the watch list on the last day of event data, with what moved over the year and why', async () => {
    const w = await watchList(deps);
    // Today is years past the bundled events (to 2023): the month compared is their last one.
    expect(w).toMatchObject({ asOf: '2023-12-31', asOfBasis: 'latest data', year: 2023 });
    expect(w.monthFrom).toBe('2023-11-30');
    // Every country of 2023 assessed, and none that no longer existed (Yugoslavia ended in 1991,
    // though the EWP's episode list gives it events and so alerts).
    const existing = new Set<string>(
      (await deps.store.countries.list()).filter((c) => existsIn(c, 2023)).map((c) => c.iso3),
    );
    const assessed = assessRange(data, { from: 2023, to: 2023 });
    expect(w.entries.map((e) => e.iso3).sort()).toEqual(
      assessed
        .filter((a) => existing.has(a.iso3))
        .map((a) => a.iso3)
        .sort(),
    );
    // An alert on Yugoslavia (the EWP's episode list has its events) does not bring it back.
    const mmr = await deps.store.escalation.get(
      (await deps.store.escalation.list({ iso3: 'MMR', kind: 'all', limit: 1 }))[0]!.id,
    );
    const { id: _id, eventCount: _n, ...copy } = mmr!;
    const yug = await deps.store.escalation.insert({
      ...copy,
      iso3: 'YUG',
      status: 'early_warning',
    });
    try {
      const again = await watchList(deps);
      expect(again.entries.some((e) => e.iso3 === 'YUG' || e.iso3 === 'SCG')).toBe(false);
    } finally {
      await deps.store.escalation.update(yug, { status: 'closed', updatedAt: copy.updatedAt });
    }
    const tiers = w.entries.map((e) => (e.tier === null ? -1 : TIERS.indexOf(e.tier)));
    expect(tiers).toEqual([...tiers].sort((a, b) => b - a));
    const iran = w.entries.find((e) => e.iso3 === 'IRN')!;
    expect(iran.year.direction).toBe('deteriorated');
    expect(iran.year.reasons.slice(0, 2)).toMatchObject([
      { kind: 'tier', from: 'high', to: 'extreme' },
      { kind: 'probability', fromTier: 'high', toTier: 'extreme' },
    ]);
    const car = w.entries.find((e) => e.iso3 === 'CAF')!;
    expect(car.year.direction).toBe('improved');
    expect(car.stage).toBe('violence');
    // Every change names its why; a factor named moved the same way as the country.
    for (const e of w.entries) {
      expect(e.year.reasons.length > 0).toBe(e.year.direction !== 'unchanged');
      for (const r of e.year.reasons)
        if (r.kind === 'factor')
          expect(Math.sign(r.to! - r.from!)).toBe(e.year.direction === 'deteriorated' ? 1 : -1);
    }
  });

  it("agrees with a country's escalation page: a stage change in the month is a month's change, on its day", async () => {
    const page = await countryEscalation(deps, { iso3: 'MMR', asOf: '2023-12-31' });
    const rise = page.timeline.find(
      (p, i) =>
        i > 0 &&
        p.date >= '2012-01-01' &&
        STAGES.indexOf(p.stage) > STAGES.indexOf(page.timeline[i - 1]!.stage),
    )!;
    expect(rise).toBeDefined();
    const on = await watchList(deps, { asOf: rise.date });
    const mmr = on.entries.find((e) => e.iso3 === 'MMR')!;
    expect(mmr.stage).toBe(rise.stage);
    expect(mmr.month.direction).toBe('deteriorated');
    expect(mmr.month.reasons[0]).toMatchObject({ kind: 'stage', to: rise.stage, on: rise.date });
    // A year's assessment is the one of the day's year: nothing from later years.
    expect(on.year).toBe(Number(rise.date.slice(0, 4)));
    for (const e of on.entries) expect(e.probability?.fromYear ?? 0).toBeLessThanOrEqual(on.year!);
  });
});
