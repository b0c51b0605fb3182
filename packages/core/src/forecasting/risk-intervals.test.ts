import { describe, expect, it } from 'vitest';
import type { OriginForecast } from './backtest-scores';
import type { FeatureFrame } from './feature-frame';
import { intervalFor, riskBands, riskBandsOf, wilson } from './risk-intervals';

describe('intervals from what followed forecasts like this one', () => {
  it('computes the Wilson interval (90%) by a hand-checkable case', () => {
    // 5 of 100, z = 1.645: centre (0.05 + z²/200) / (1 + z²/100) = 0.06185, half-width
    // z * sqrt(0.05 * 0.95 / 100 + z² / 40000) / (1 + z²/100) = 0.03731.
    const [lo, hi] = wilson(5, 100);
    expect(lo).toBeCloseTo(0.02455, 4);
    expect(hi).toBeCloseTo(0.09916, 4);
    expect(wilson(0, 50)[0]).toBe(0);
    expect(wilson(0, 0)).toEqual([0, 1]);
  });

  it('groups forecasts into equal bands by risk; a riskier band had more onsets', () => {
    // 1,000 forecasts, risk i/1000; the top tenth all had onsets, the rest none.
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      iso3: `C${i}`,
      year: 2000,
      ccode: i,
      country: `C${i}`,
    }));
    const frame: FeatureFrame = {
      rows,
      columns: new Map([['mk_onset_1or2', Float64Array.from(rows, (_, i) => (i >= 900 ? 1 : 0))]]),
    };
    const origin: OriginForecast = {
      lastTrainingYear: 1998,
      fromYear: 2000,
      rows: rows.map((_, i) => i),
      risk: Float64Array.from(rows, (_, i) => i / 1000),
      rank: Int32Array.from(rows, (_, i) => 1000 - i),
    };
    const bands = riskBands(frame, [origin]);
    expect(bands).toHaveLength(10);
    expect(bands.map((b) => b.n)).toEqual(Array(10).fill(100));
    expect(bands[0]).toMatchObject({ from: 0, to: 0.099, events: 0 });
    expect(bands[9]).toMatchObject({ from: 0.9, to: 0.999, events: 100 });
    expect(intervalFor(bands, 0.05)).toEqual([bands[0]!.lo, bands[0]!.hi]);
    expect(intervalFor(bands, 0.95)![0]).toBeGreaterThan(0.9);
    // Beyond the highest forecast seen: the top band.
    expect(intervalFor(bands, 2)).toEqual([bands[9]!.lo, bands[9]!.hi]);
    expect(intervalFor([], 0.5)).toBeNull();
    expect(riskBandsOf({ riskBands: bands })).toEqual(bands);
    expect(riskBandsOf({})).toEqual([]);
  });
});
