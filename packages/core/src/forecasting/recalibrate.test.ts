import { describe, expect, it } from 'vitest';
import type { OriginForecast } from './backtest-scores';
import type { FeatureFrame } from './feature-frame';
import {
  applyRecalibration,
  fitRecalibration,
  recalibrateOrigins,
  recalibrationOf,
} from './recalibrate';

/** 200 countries x 1990-2012; origin T forecasts year T + 2 with a risk twice the true rate. */
function world(flipAfter = Infinity) {
  const years = Array.from({ length: 23 }, (_, i) => 1990 + i);
  const rows = years.flatMap((year) =>
    Array.from({ length: 200 }, (_, c) => ({ iso3: `C${c}`, year, ccode: c, country: `C${c}` })),
  );
  // A country's true two-year rate is c / 2000 (0-10%); onsets drawn deterministically.
  const truth = (c: number) => c / 2000;
  const y = Float64Array.from(rows, (r) => {
    const c = r.ccode;
    const onset = (c * 7919 + r.year * 104729) % 1000 < truth(c) * 1000 ? 1 : 0;
    return r.year > flipAfter ? 1 - onset : onset;
  });
  const frame: FeatureFrame = { rows, columns: new Map([['mk_onset_1or2', y]]) };
  const origins: OriginForecast[] = Array.from({ length: 19 }, (_, k) => {
    const T = 1990 + k;
    const idx = rows.flatMap((r, i) => (r.year === T + 2 ? [i] : []));
    const risk = Float64Array.from(idx, (i) => Math.min(0.99, 2 * truth(rows[i]!.ccode) + 0.001));
    const order = [...risk.keys()].sort((a, b) => risk[b]! - risk[a]!);
    const rank = new Int32Array(risk.length);
    order.forEach((i, p) => (rank[i] = p + 1));
    return { lastTrainingYear: T, fromYear: T + 2, rows: idx, risk, rank };
  });
  return { frame, origins };
}

describe('recalibration on earlier out-of-sample forecasts', () => {
  it('pulls risks that are twice too high towards the observed rates, keeping every rank', () => {
    const { frame, origins } = world();
    const c = fitRecalibration(frame, origins)!;
    expect(c.b).toBeGreaterThan(0);
    // A forecast of 10% for a true 5% comes down.
    expect(applyRecalibration(c, 0.1)).toBeLessThan(0.08);
    const re = recalibrateOrigins(frame, origins);
    const last = re.at(-1)!;
    expect(Array.from(last.rank)).toEqual(Array.from(origins.at(-1)!.rank));
    expect(last.risk[150]!).toBeLessThan(origins.at(-1)!.risk[150]!);
  });

  it('uses only origins whose outcomes were known: later outcomes change nothing before them', () => {
    const base = world();
    const later = world(2006); // the outcomes of every row after 2006 reversed
    const a = recalibrateOrigins(base.frame, base.origins);
    const b = recalibrateOrigins(later.frame, later.origins);
    // Origin T may read origins up to T - 2, whose rows are of years up to T (their two-year
    // outcomes close by T + 2, the forecast year): origins up to 2006 read no row after 2006.
    for (let k = 0; k < a.length; k++) {
      const T = a[k]!.lastTrainingYear;
      if (T <= 2006) expect(Array.from(b[k]!.risk)).toEqual(Array.from(a[k]!.risk));
    }
    // The check can fail: the origin of 2008 reads the rows of 2007 and 2008, reversed.
    const k = a.findIndex((o) => o.lastTrainingYear === 2008);
    expect(Array.from(b[k]!.risk)).not.toEqual(Array.from(a[k]!.risk));
  });

  it('leaves the first origins as they are when earlier forecasts hold too few onsets', () => {
    const { frame, origins } = world();
    const re = recalibrateOrigins(frame, origins);
    expect(Array.from(re[0]!.risk)).toEqual(Array.from(origins[0]!.risk));
    expect(applyRecalibration(null, 0.3)).toBe(0.3);
  });

  it('reads a stored recalibration, refusing one that would reverse the ranking', () => {
    expect(recalibrationOf({ recalibration: { a: -1, b: 0.7, n: 10, events: 2 } })).toEqual({
      a: -1,
      b: 0.7,
      n: 10,
      events: 2,
    });
    expect(recalibrationOf({ recalibration: { a: -1, b: -0.2 } })).toBeNull();
    expect(recalibrationOf({})).toBeNull();
  });
});
