import { describe, expect, it } from 'vitest';
import { assertTrainableYear, lastTrainableYear, outcomesKnownThrough } from './outcomes';
import type { FeatureFrame } from './feature-frame';

/** Two countries, 2018-2025; onsets known through 2024 (2025 rows exist, their onset unknown). */
function frame(): FeatureFrame {
  const rows = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].flatMap((year) =>
    ['AAA', 'BBB'].map((iso3) => ({ iso3, year, ccode: null, country: iso3 })),
  );
  const onset = Float64Array.from(rows, (r) => (r.year === 2025 ? NaN : r.year === 2021 ? 1 : 0));
  return { rows, columns: new Map([['mk_onset', onset]]) };
}

describe('training years and unknown outcomes', () => {
  it('knows onsets through the last year with a value, and the last year each outcome is known for', () => {
    expect(outcomesKnownThrough(frame())).toBe(2024);
    expect(lastTrainableYear(frame(), 'mk_onset_1or2')).toBe(2022);
    expect(lastTrainableYear(frame(), 'mk_onset_1')).toBe(2023);
  });

  it('refuses to train a two-year outcome on 2023 or 2024, whose windows have not closed', () => {
    expect(() => assertTrainableYear(frame(), 'mk_onset_1or2', 2022)).not.toThrow();
    for (const y of [2023, 2024])
      expect(() => assertTrainableYear(frame(), 'mk_onset_1or2', y)).toThrow(
        /onsets are known through 2024.*years up to 2022.*--last-year 2022/,
      );
    expect(() => assertTrainableYear(frame(), 'mk_onset_1', 2023)).not.toThrow();
    expect(() => assertTrainableYear(frame(), 'mk_onset_1', 2024)).toThrow(/up to 2023/);
  });
});
