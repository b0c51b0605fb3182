import { describe, expect, it } from 'vitest';
import {
  assess,
  indicatorScore,
  tierRule,
  type AssessInput,
  type IndicatorSeries,
  type Judgement,
} from './assess';
import { TIERS, type IndicatorSpec, type LensSpec } from './lens-spec';
import { historyCheck } from './history-check';

const civil: IndicatorSpec = {
  id: 'vdem.v2x_civlib',
  kind: 'vdem',
  variable: 'v2x_civlib',
  label: 'Civil liberties',
  safe: 0.9,
  risky: 0.2,
  catalogRefs: ['RF6.2'],
  rationale: 'test',
};
const deaths: IndicatorSpec = {
  id: 'ucdp-ovcy.os',
  kind: 'ucdp-ovcy',
  variable: 'os',
  label: 'One-sided deaths',
  safe: 0,
  risky: 3,
  transform: 'log10p1',
  maxAge: 0,
  catalogRefs: ['RF2.2'],
  rationale: 'test',
};
const spec: LensSpec = {
  version: 'test@1',
  scoreTiers: [20, 35, 50, 65],
  probabilityTiers: [0.005, 0.015, 0.04, 0.1],
  factors: [
    { id: 'RF6', name: 'Mitigating', catalogRefs: [], weight: 1, indicators: [civil] },
    { id: 'RF2', name: 'Violations', catalogRefs: [], weight: 1, indicators: [deaths] },
    { id: 'RF10', name: 'Intent', catalogRefs: [], weight: 1, indicators: [] },
  ],
};
const series = (s: IndicatorSpec, values: Record<number, number>): [string, IndicatorSeries] => [
  s.id,
  {
    spec: s,
    values: new Map([['XYZ', new Map(Object.entries(values).map(([y, v]) => [Number(y), v]))]]),
    source: { datasetId: 1, kind: s.kind, version: 't', source: 'test' },
  },
];
const input = (over: Partial<AssessInput> = {}): AssessInput => ({
  spec,
  iso3: 'XYZ',
  country: 'Testland',
  region: 'Africa',
  year: 2010,
  series: new Map([
    series(civil, { 2008: 0.9, 2009: 0.55, 2011: 0.2 }),
    series(deaths, { 2009: 999, 2010: 0, 2012: 5000 }),
  ]),
  judgements: [],
  probability: null,
  override: null,
  previous: null,
  ...over,
});

describe('indicator scores', () => {
  it('run from safe (0) to risky (100) in either direction, clamped', () => {
    expect(indicatorScore(civil, 0.9)).toBe(0);
    expect(indicatorScore(civil, 0.2)).toBeCloseTo(100);
    expect(indicatorScore(civil, 0.55)).toBeCloseTo(50);
    expect(indicatorScore(civil, 1)).toBe(0);
    expect(indicatorScore(civil, 0)).toBe(100);
  });
  it('on a log scale where the spec says so', () => {
    expect(indicatorScore(deaths, 0)).toBe(0);
    expect(indicatorScore(deaths, 999)).toBeCloseTo(100);
    expect(indicatorScore(deaths, 9)).toBeCloseTo(100 / 3);
  });
});

describe('an assessment as of a year', () => {
  it('uses values from the year or, within maxAge, before it; never after', () => {
    const a = assess(input());
    const civ = a.factors[0]!.indicators[0]!;
    // 2010 has no value: 2009 stands in (maxAge 1); 2011's is never used.
    expect(civ).toMatchObject({ raw: 0.55, valueYear: 2009 });
    expect(a.factors[1]!.indicators[0]).toMatchObject({ raw: 0, valueYear: 2010, score: 0 });
    // Two years back is too old for the default maxAge of one year.
    const later = assess(input({ year: 2013 }));
    expect(later.factors[0]!.indicators[0]).toMatchObject({ raw: null, score: null });
  });

  it('does not move when every value after the year changes', () => {
    const base = assess(input());
    const altered = assess(
      input({
        series: new Map([
          series(civil, { 2008: 0.9, 2009: 0.55, 2011: 0.9, 2015: 0.1 }),
          series(deaths, { 2009: 999, 2010: 0, 2011: 1e6 }),
        ]),
      }),
    );
    expect(altered).toEqual(base);
    // The check can fail: a change in the year itself moves it.
    const now = assess(
      input({
        series: new Map([series(civil, { 2010: 0.2 }), series(deaths, { 2010: 0 })]),
      }),
    );
    expect(now.score).not.toEqual(base.score);
  });

  it('scores factors, overall score, coverage and a tier by the documented rule', () => {
    const a = assess(input());
    expect(a.factors.map((f) => f.score)).toEqual([50, 0, null]);
    expect(a.score).toBe(25);
    expect(a.coverage).toBe(1);
    expect(a.structuralTier).toBe('low');
    expect(a.computedTier).toBe('low');
    expect(a.drivers[0]).toMatchObject({ factorId: 'RF6', score: 50 });
    // A forecast of 12% (extreme) and a low structure combine to their mean, rounded up.
    const withRisk = assess(input({ probability: { risk2y: 0.12, modelId: 'm', year: 2010 } }));
    expect(withRisk.probabilityTier).toBe('extreme');
    expect(withRisk.computedTier).toBe('high');
    expect(tierRule(1, 4)).toBe(3);
    expect(tierRule(null, 2)).toBe(2);
    expect(tierRule(3, null)).toBe(3);
  });

  it('counts a judgement only from its date on, and says what changed and why', () => {
    const j: Judgement = {
      id: 7,
      iso3: 'XYZ',
      factorId: 'RF10',
      score: 80,
      evidence: 'Leaders call the group vermin',
      confidence: 'medium',
      asOf: '2011-03-01',
      actor: 'ana',
      at: '2011-03-02T00:00:00Z',
    };
    const y2010 = assess(input({ judgements: [j] }));
    expect(y2010.factors[2]!.score).toBeNull();
    const y2011 = assess(input({ year: 2011, judgements: [j], previous: y2010 }));
    expect(y2011.factors[2]).toMatchObject({ score: 80, basis: 'judgement' });
    const why = Object.fromEntries(y2011.changes.map((c) => [c.factorId, c.why]));
    expect(why.RF10).toContain('analyst judgement of 2011-03-01');
    expect(why.RF6).toBe('Civil liberties 0.550 -> 0.200');
    // The same reasons as facts, for a reader's language to word.
    const because = Object.fromEntries(y2011.changes.map((c) => [c.factorId, c.because]));
    expect(because.RF10).toMatchObject({ kind: 'judgement', asOf: '2011-03-01', score: 80 });
    expect(because.RF6).toEqual({
      kind: 'moved',
      indicator: 'Civil liberties',
      from: 0.55,
      to: 0.2,
    });
    expect(y2011.previousTier).toBe(y2010.tier);
  });

  it('keeps the computed tier beside an override', () => {
    const a = assess(
      input({
        override: {
          id: 1,
          iso3: 'XYZ',
          year: 2010,
          computedTier: 'low',
          tier: 'high',
          justification: 'Militias armed in the east',
          actor: 'ana',
          at: '2010-05-01T00:00:00Z',
        },
      }),
    );
    expect(a.tier).toBe('high');
    expect(a.computedTier).toBe('low');
  });

  it('gives no structural tier when too few indicators have data', () => {
    const a = assess(input({ series: new Map([series(civil, { 2010: 0.5 })]) }));
    expect(a.coverage).toBe(0.5);
    expect(a.score).not.toBeNull();
    const none = assess(input({ series: new Map() }));
    expect(none.score).toBeNull();
    expect(none.tier).toBeNull();
  });
});

describe('the history check', () => {
  it('counts onsets after each tier within 1, 2 and 10 years, over observed windows', () => {
    const assessed = [
      { iso3: 'A', year: 2000, tier: 'extreme' as const },
      { iso3: 'A', year: 2001, tier: 'extreme' as const },
      { iso3: 'B', year: 2000, tier: 'negligible' as const },
      { iso3: 'B', year: 2001, tier: 'low' as const },
    ];
    const h = historyCheck(assessed, new Map([['A', new Set([2002])]]), 2005);
    const extreme = h.tiers.find((t) => t.tier === 'extreme')!;
    expect(extreme.horizons[0]).toMatchObject({ observed: 2, withOnset: 1, share: 0.5 });
    expect(extreme.horizons[1]).toMatchObject({ observed: 2, withOnset: 2, share: 1 });
    // A 10-year window from 2000 is not observed by 2005.
    expect(extreme.horizons[2]).toMatchObject({ observed: 0, share: null });
    expect(h.onsets).toBe(1);
    expect(h.caughtTopTwo).toEqual({ oneYear: 1, twoYears: 1 });
    expect(h.topTwoShare).toBe(0.5);
    expect(h.tiers.map((t) => t.tier)).toEqual([...TIERS]);
  });
});

describe('missing data is uncertainty, not safety', () => {
  const milex: IndicatorSpec = {
    id: 'wdi.milex',
    kind: 'wdi',
    variable: 'milex',
    label: 'Military expenditure',
    safe: 1,
    risky: 6,
    catalogRefs: ['RF5.1'],
    rationale: 'test',
  };
  const dyads: IndicatorSpec = { ...deaths, id: 'ucdp-ovcy.ns', label: 'Non-state dyads' };
  const rf5: LensSpec = {
    ...spec,
    factors: [
      { id: 'RF6', name: 'Mitigating', catalogRefs: [], weight: 1, indicators: [civil] },
      {
        id: 'RF5',
        name: 'Capacity',
        catalogRefs: [],
        weight: 1,
        indicators: [milex, dyads],
      },
    ],
  };
  const myanmarLike = (dyadCount: number) =>
    assess(
      input({
        spec: rf5,
        // Civil liberties crushed (score 100); military spending unknown; non-state dyads given.
        series: new Map([series(civil, { 2010: 0.2 }), series(dyads, { 2010: dyadCount })]),
      }),
    );

  it('a factor with half its data reads "insufficient", with its range, not 0; the tier does not drop', () => {
    const a = myanmarLike(0);
    const f = a.factors.find((x) => x.id === 'RF5')!;
    expect(f.sufficient).toBe(false);
    expect(f.score).toBeNull();
    expect(f.partialScore).toBe(0);
    expect(f.range).toEqual([0, 50]);
    // Before: (100 + 0) / 2 = 50, "high". Now the unknown factor does not pull the score down.
    expect(a.score).toBeCloseTo(100, 9);
    expect(a.structuralTier).toBe('extreme');
    expect(a.scoreRange[0]).toBeCloseTo(50, 9);
    expect(a.scoreRange[1]).toBeCloseTo(75, 9);
    expect(a.drivers.map((d) => d.factorId)).toEqual(['RF6']);
  });

  it('what is known of a factor with too little data still counts where it raises the score', () => {
    const calm = assess(
      input({
        spec: rf5,
        series: new Map([series(civil, { 2010: 0.9 }), series(dyads, { 2010: 999 })]),
      }),
    );
    // Civil liberties fine (0); the known dyads reading says 100: it raises the mean to 50.
    expect(calm.factors.find((x) => x.id === 'RF5')!.score).toBeNull();
    expect(calm.score).toBeCloseTo(50, 9);
  });

  it('a change is explained by the indicator that gained or lost its value, not one that did not move', () => {
    const both = (year: number, civ: Record<number, number>, os: Record<number, number>) =>
      assess(input({ year, series: new Map([series(civil, civ), series(deaths, os)]) }));
    const before = both(2010, { 2010: 0.55 }, { 2010: 999 });
    const after = assess(
      input({
        year: 2011,
        previous: before,
        spec: {
          ...spec,
          factors: [
            {
              id: 'RF6',
              name: 'Mitigating',
              catalogRefs: [],
              weight: 1,
              indicators: [civil, deaths],
            },
          ],
        },
        series: new Map([series(civil, { 2011: 0.55 }), series(deaths, { 2010: 999 })]),
      }),
    );
    expect(before.factors[0]!.score).toBeCloseTo(50, 9);
    const change = after.changes.find((c) => c.factorId === 'RF6');
    // The civil liberties value did not move (0.55 both years): it is not the reason.
    expect(change?.why).not.toMatch(/0\.550 -> 0\.550/);
  });
});
