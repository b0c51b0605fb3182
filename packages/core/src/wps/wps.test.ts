import { describe, expect, it } from 'vitest';
import type { IndicatorSeries } from '../assessment/assess';
import { onsetRatesByStanding, wpsChanges, wpsReading, wpsTrend } from './wps';
import { WPS_SPEC, wpsIndicators } from './wps-spec';

const SOURCE = { datasetId: 1, kind: 'vdem', version: 'v14', source: 'V-Dem' };

/** Every WPS indicator at the same standing (0-100) in every year given, for one country. */
function seriesAt(standing: (id: string, year: number) => number | null, years: number[]) {
  const out = new Map<string, IndicatorSeries>();
  for (const spec of wpsIndicators()) {
    const byYear = new Map<number, number>();
    for (const y of years) {
      const s = standing(spec.id, y);
      if (s === null) continue;
      // Invert the lens score: standing s is the raw value at (100 - s)% of the way safe -> risky.
      const t = (100 - s) / 100;
      const raw = spec.safe + t * (spec.risky - spec.safe);
      byYear.set(y, spec.transform === 'log10p1' ? 10 ** raw - 1 : raw);
    }
    out.set(spec.id, { spec, values: new Map([['AAA', byYear]]), source: SOURCE });
  }
  return out;
}

describe('the women, peace and security standing', () => {
  it('is the mean of the three dimensions, each the mean of its indicators, 100 = full standing', () => {
    const dims = new Map(WPS_SPEC.dimensions.map((d) => [d.id, d]));
    const inclusion = new Set(dims.get('inclusion')!.indicators.map((i) => i.id));
    const s = seriesAt((id) => (inclusion.has(id) ? 80 : 50), [2020]);
    const r = wpsReading(s, 'AAA', 2020);
    const byId = new Map(r.dimensions.map((d) => [d.id, d]));
    expect(byId.get('inclusion')!.standing).toBeCloseTo(80, 6);
    expect(byId.get('justice')!.standing).toBeCloseTo(50, 6);
    expect(r.standing).toBeCloseTo(60, 6);
    expect(r.range[0]).toBeCloseTo(60, 6);
    expect(r.range[1]).toBeCloseTo(60, 6);
    // Full standing at the safe value, none at the risky one.
    const top = wpsReading(
      seriesAt(() => 100, [2020]),
      'AAA',
      2020,
    );
    expect(top.standing).toBeCloseTo(100, 6);
  });

  it('reads missing data as uncertainty: a dimension under half covered has a range, not a standing', () => {
    const security = WPS_SPEC.dimensions.find((d) => d.id === 'security')!;
    const keep = security.indicators[0]!.id;
    const gone = new Set(security.indicators.slice(1).map((i) => i.id));
    const s = seriesAt((id) => (gone.has(id) ? null : id === keep ? 20 : 70), [2020]);
    const r = wpsReading(s, 'AAA', 2020);
    const sec = r.dimensions.find((d) => d.id === 'security')!;
    expect(sec.standing).toBeNull();
    expect(sec.coverage).toBeCloseTo(1 / 4, 6);
    // One known reading of 20 and three unknowns: 5 if all were 0, 80 if all were 100.
    expect(sec.range[0]).toBeCloseTo(5, 6);
    expect(sec.range[1]).toBeCloseTo(80, 6);
    expect(r.standing).toBeNull();
    // The overall range spans what security could be, the other two as they are.
    expect(r.range[0]).toBeCloseTo((70 + 70 + 5) / 3, 6);
    expect(r.range[1]).toBeCloseTo((70 + 70 + 80) / 3, 6);
  });

  it('never reads a later value: a reading as of a year uses that year or, within maxAge, earlier', () => {
    const s = seriesAt((_, y) => (y === 2021 ? 10 : 90), [2019, 2020, 2021]);
    expect(wpsReading(s, 'AAA', 2020).standing).toBeCloseTo(90, 6);
    expect(wpsReading(s, 'AAA', 2021).standing).toBeCloseTo(10, 6);
  });

  it('says what changed, and explains a change only by indicators whose values moved', () => {
    const inclusion = WPS_SPEC.dimensions.find((d) => d.id === 'inclusion')!;
    const mover = inclusion.indicators[1]!.id;
    const s = seriesAt((id, y) => (id === mover && y === 2020 ? 20 : 60), [2015, 2019, 2020]);
    const now = wpsReading(s, 'AAA', 2020);
    const changes = wpsChanges(wpsReading(s, 'AAA', 2019), now);
    const inc = changes.find((c) => c.dimension === 'inclusion')!;
    expect(inc.direction).toBe('deteriorated');
    expect(inc.to - inc.from).toBeCloseTo(-40 / inclusion.indicators.length, 6);
    expect(inc.why.map((w) => w.id)).toEqual([mover]);
    expect(inc.why[0]!.points).toBeCloseTo(-40, 6);
    expect(changes.find((c) => c.dimension === 'justice')).toMatchObject({
      direction: 'steady',
      why: [],
    });
    const overall = changes.find((c) => c.dimension === null)!;
    expect(overall.why.map((w) => w.id)).toEqual([mover]);
    // A value carried forward (2021 has none: 2020's stands in) is not a move.
    const carried = wpsChanges(now, wpsReading(s, 'AAA', 2021));
    expect(carried.every((c) => c.why.length === 0 && c.direction === 'steady')).toBe(true);
  });

  it('draws the trend over the window, with gaps where a year had too little data', () => {
    const s = seriesAt(() => 50, [2010, 2011, 2012]);
    const t = wpsTrend(s, 'AAA', 2012);
    expect(t).toHaveLength(WPS_SPEC.trendYears + 1);
    expect(t.at(-1)).toMatchObject({ year: 2012, standing: expect.closeTo(50, 6) as number });
    expect(t[0]).toMatchObject({ year: 2012 - WPS_SPEC.trendYears, standing: null });
  });

  it('counts onsets that followed within two years by standing band', () => {
    const bands = onsetRatesByStanding([
      { standing: 10, onsetWithin2: true },
      { standing: 39.9, onsetWithin2: false },
      { standing: 40, onsetWithin2: false },
      { standing: 100, onsetWithin2: true },
      { standing: 60, onsetWithin2: false },
    ]);
    expect(bands.map((b) => [b.from, b.to, b.countryYears, b.onsets])).toEqual([
      [0, 40, 2, 1],
      [40, 60, 1, 0],
      [60, 100, 2, 1],
    ]);
    expect(bands[0]!.rate).toBe(0.5);
  });
});
