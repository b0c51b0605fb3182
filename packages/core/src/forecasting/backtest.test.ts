import { describe, expect, it } from 'vitest';
import {
  aucOf,
  chooseWeight,
  combineForecasts,
  scoreBacktest,
  type BacktestRow,
  type OriginForecast,
} from './backtest';
import type { FeatureFrame } from './feature-frame';

const f64 = (xs: number[]) => Float64Array.from(xs);

describe('AUC and the back-test scores', () => {
  it('computes AUC by hand-checkable cases, ties counting half', () => {
    expect(aucOf(f64([0.1, 0.2, 0.3, 0.4]), f64([0, 0, 1, 1]))).toBe(1);
    expect(aucOf(f64([0.4, 0.3, 0.2, 0.1]), f64([0, 0, 1, 1]))).toBe(0);
    // One onset (0.3) above two of three non-onsets: 2/3. A tie with the third: 2.5/3.
    expect(aucOf(f64([0.1, 0.2, 0.5, 0.3]), f64([0, 0, 0, 1]))).toBeCloseTo(2 / 3, 12);
    expect(aucOf(f64([0.1, 0.2, 0.3, 0.3]), f64([0, 0, 0, 1]))).toBeCloseTo(2.5 / 3, 12);
    expect(aucOf(f64([0.1, 0.2]), f64([0, 0]))).toBeNaN();
  });

  it('scores AUC, Brier and recall in the top 10/20/30 from each onset’s best rank', () => {
    const row = (year: number, onset: number, risk: number, rank: number): BacktestRow => ({
      ccode: year,
      iso3: 'AAA',
      year,
      mkOnset: onset,
      maxrisk2: risk,
      minrank2: rank,
    });
    const rows = [
      row(2001, 1, 0.5, 3),
      row(2002, 1, 0.2, 15),
      row(2003, 1, 0.1, 40),
      row(2004, 0, 0.3, 5),
      row(2005, 0, 0.05, 60),
    ];
    const s = scoreBacktest(rows);
    expect(s.countryYears).toBe(5);
    expect(s.onsets).toBe(3);
    // Onset risks 0.5, 0.2, 0.1 against non-onsets 0.3, 0.05: pairs won 2 + 1 + 1 of 6.
    expect(s.auc).toBeCloseTo(4 / 6, 12);
    const brier = (0.25 + 0.64 + 0.81 + 0.09 + 0.0025) / 5;
    expect(s.brier).toBeCloseTo(brier, 12);
    expect(s.recall['10']).toEqual({ caught: 1, share: 1 / 3 });
    expect(s.recall['20']).toEqual({ caught: 2, share: 2 / 3 });
    expect(s.recall['30']).toEqual({ caught: 2, share: 2 / 3 });
    expect(s.onsetRanks.map((o) => o.rank)).toEqual([3, 15, 40]);
  });
});

describe('combining the origins (the EWP protocol)', () => {
  // Two countries, 1995-2010; B has an onset in 2004.
  const rows = [1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006].flatMap(
    (year) => [
      { iso3: 'AAA', year, ccode: 1, country: 'A' },
      { iso3: 'BBB', year, ccode: 2, country: 'B' },
    ],
  );
  const frame: FeatureFrame = {
    rows,
    columns: new Map([
      ['mk_onset', f64(rows.map((r) => (r.iso3 === 'BBB' && r.year === 2004 ? 1 : 0)))],
    ]),
  };
  const at = (iso3: string, year: number) =>
    rows.findIndex((r) => r.iso3 === iso3 && r.year === year);
  const origin = (T: number, risks: [number, number], ranks: [number, number]): OriginForecast => ({
    lastTrainingYear: T,
    fromYear: T + 2,
    rows: [at('AAA', T + 2), at('BBB', T + 2)],
    risk: f64(risks),
    rank: Int32Array.from(ranks),
  });

  it('gives each covered year the higher risk and the better rank of the two forecasts that cover it', () => {
    // Origin 2000 forecasts from 2002 data for 2003-04; origin 2001 from 2003 data for 2004-05.
    const out = combineForecasts(
      frame,
      [origin(2000, [0.1, 0.4], [2, 1]), origin(2001, [0.3, 0.2], [1, 2])],
      2000,
      2001,
    );
    const get = (iso3: string, year: number) => out.find((r) => r.iso3 === iso3 && r.year === year);
    expect(get('AAA', 2003)).toMatchObject({ maxrisk2: 0.1, minrank2: 2, mkOnset: 0 });
    expect(get('AAA', 2004)).toMatchObject({ maxrisk2: 0.3, minrank2: 1, mkOnset: 0 });
    expect(get('BBB', 2004)).toMatchObject({ maxrisk2: 0.4, minrank2: 1, mkOnset: 1 });
    // 2005 lies beyond lastT + 3 = 2004: not scored.
    expect(get('AAA', 2005)).toBeUndefined();
    expect(out).toHaveLength(4);
    // Sorted by country code, then year.
    expect(out.map((r) => `${r.iso3}${r.year}`)).toEqual([
      'AAA2003',
      'AAA2004',
      'BBB2003',
      'BBB2004',
    ]);
  });

  it('leaves out a covered year whose outcome is unknown', () => {
    const unknown: FeatureFrame = {
      rows,
      columns: new Map([['mk_onset', f64(rows.map((r) => (r.year === 2004 ? NaN : 0)))]]),
    };
    const out = combineForecasts(unknown, [origin(2000, [0.1, 0.4], [2, 1])], 2000, 2001);
    expect(out.map((r) => r.year)).toEqual([2003, 2003]);
  });
});

describe('the validated ensemble’s weight', () => {
  const outcome = f64([0, 0, 0, 1, 1, 0, 1, 0]);
  const good = f64([0.1, 0.2, 0.1, 0.8, 0.7, 0.3, 0.9, 0.2]);
  const poor = f64([0.9, 0.1, 0.8, 0.2, 0.3, 0.7, 0.1, 0.6]);

  it('takes the weight whose blend ranks the validation years best', () => {
    // 0.75 and 1 both rank perfectly (the tie goes to 0.75, nearer an even blend); 0.5 does not.
    expect(chooseWeight(good, poor, outcome, [0, 0.25, 0.5, 0.75, 1])).toEqual({
      weight: 0.75,
      auc: 1,
    });
    const even = aucOf(
      Float64Array.from(good, (v, k) => (v + poor[k]!) / 2),
      outcome,
    );
    expect(even).toBeLessThan(1);
    expect(chooseWeight(good, poor, outcome, [0, 0.5])).toEqual({ weight: 0.5, auc: even });
    expect(chooseWeight(poor, good, outcome, [0, 0.25, 0.5, 0.75, 1]).weight).toBe(0.25);
  });

  it('on a tie, keeps the weight nearest an even blend', () => {
    // Both members rank perfectly: every weight ties, 0.5 is kept.
    expect(chooseWeight(good, good, outcome, [0, 0.25, 0.5, 0.75, 1]).weight).toBe(0.5);
    expect(chooseWeight(good, good, outcome, [1, 0.75, 0]).weight).toBe(0.75);
  });
});
