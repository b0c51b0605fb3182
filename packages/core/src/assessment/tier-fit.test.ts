import { describe, expect, it } from 'vitest';
import { fitTierThresholds, tierWith, type TierCase } from './tier-fit';

const base = {
  scoreTiers: [20, 35, 50, 65] as const,
  probabilityTiers: [0.005, 0.015, 0.04, 0.1] as const,
};

/** 100 countries over 1990-2019, risk rising with the index; onsets follow the ten riskiest. */
function world(): { cases: TierCase[]; onsets: Map<string, Set<number>> } {
  const cases: TierCase[] = [];
  const onsets = new Map<string, Set<number>>();
  for (let c = 0; c < 100; c++)
    for (let year = 1990; year < 2020; year++) {
      cases.push({
        iso3: `C${c}`,
        year,
        score: null,
        risk: c < 80 ? 0.0002 * (c + 1) : c < 90 ? 0.03 : 0.05 + 0.001 * (c - 90),
      });
      // Countries 90-99 have an onset every third year.
      if (c >= 90 && year % 3 === 0)
        onsets.set(`C${c}`, (onsets.get(`C${c}`) ?? new Set()).add(year));
    }
  return { cases, onsets };
}

describe('fitTierThresholds', () => {
  it('puts the riskiest countries, and no more than the share allowed, in the top two tiers', () => {
    const { cases, onsets } = world();
    const fit = fitTierThresholds(cases, onsets, {
      fitYears: [1990, 2004],
      outcomesThrough: 2020,
      maxTopShare: 0.2,
      base,
    });
    expect(fit.fit.topTwoShare).toBeLessThanOrEqual(0.2);
    // Every onset of the fit years is caught by the top two tiers (risks 0.05 and above).
    expect(fit.fit.caughtTopTwo.oneYear).toBe(fit.fit.onsets);
    // Ties go to the shortest top two: exactly the ten countries with onsets.
    expect(fit.fit.topTwoShare).toBeCloseTo(0.1, 5);
    const top = cases.filter(
      (c) => c.year === 2010 && ['high', 'extreme'].includes(tierWith(c, fit)!),
    );
    expect(top.map((c) => c.iso3).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `C${90 + i}`).sort(),
    );
  });

  it('reads no onset after the year that follows the fit years', () => {
    const { cases, onsets } = world();
    const input = {
      fitYears: [1990, 2004] as const,
      outcomesThrough: 2020,
      maxTopShare: 0.2,
      base,
    };
    const fit = fitTierThresholds(cases, onsets, input);
    // Later onsets in the next ten countries: the fit does not change.
    const moved = new Map(
      [...onsets].map(([k, ys]) => [k, new Set([...ys].filter((y) => y <= 2005))]),
    );
    for (let c = 80; c < 90; c++) moved.set(`C${c}`, new Set([2008, 2012]));
    const blind = fitTierThresholds(cases, moved, input);
    expect([blind.scale, blind.shift]).toEqual([fit.scale, fit.shift]);
    // The same move inside the fit years changes it.
    for (let c = 80; c < 90; c++) moved.set(`C${c}`, new Set([1995, 2000]));
    const seen = fitTierThresholds(cases, moved, input);
    expect([seen.scale, seen.shift]).not.toEqual([fit.scale, fit.shift]);
  });

  it('refuses when no thresholds keep the top two tiers short enough', () => {
    const cases: TierCase[] = [{ iso3: 'A', year: 2000, score: 100, risk: 1 }];
    expect(() =>
      fitTierThresholds(cases, new Map(), {
        fitYears: [2000, 2000],
        outcomesThrough: 2005,
        maxTopShare: 0.2,
        base,
      }),
    ).toThrow(/top two tiers/);
  });
});
