import { historyCheck, type HistoryCheck } from './history-check';
import { TIERS, type Tier } from './lens-spec';
import { tierOf, tierRule } from './assess';

/** One country-year as the tier rule reads it: its structural score and its knowable risk. */
export interface TierCase {
  readonly iso3: string;
  readonly year: number;
  readonly score: number | null;
  readonly risk: number | null;
}

export interface Thresholds {
  readonly scoreTiers: readonly [number, number, number, number];
  readonly probabilityTiers: readonly [number, number, number, number];
}

/** How the thresholds were fitted: on which years, to what limit, and what they gave there. */
export interface TierFit extends Thresholds {
  readonly fitYears: readonly [number, number];
  readonly maxTopShare: number;
  /** The base probability thresholds' multiplier and the score thresholds' shift chosen. */
  readonly scale: number;
  readonly shift: number;
  readonly fit: HistoryCheck;
}

/** The tier of a case under thresholds (the documented rule: mean of the two tiers, rounded up). */
export function tierWith(c: TierCase, t: Thresholds): Tier | null {
  const structural = c.score === null ? null : tierOf(c.score, t.scoreTiers);
  const probability = c.risk === null ? null : tierOf(c.risk, t.probabilityTiers);
  const tier = tierRule(structural, probability);
  return tier === null ? null : TIERS[tier]!;
}

const round = (x: number, digits: number) => Number(x.toPrecision(digits));

/** The grid searched: probability thresholds x 1.1^k (k = -17..15), score thresholds +-15. */
export const SCALES: readonly number[] = Array.from({ length: 33 }, (_, i) =>
  round(1.1 ** (i - 17), 4),
);
export const SHIFTS: readonly number[] = Array.from({ length: 13 }, (_, i) => -15 + 2.5 * i);

/**
 * Fits the tier thresholds on early years only (ADR 21). Two parameters, so that a few dozen
 * onsets cannot be over-fitted: one factor scaling every probability threshold of `base` and one
 * shift of every score threshold. Among the pairs whose top two tiers hold at most `maxTopShare`
 * of the fit years' country-years, the one whose top two tiers caught the most onsets one and
 * two years ahead wins; ties go to the shorter top two, then to the smaller change.
 */
export function fitTierThresholds(
  cases: readonly TierCase[],
  onsets: ReadonlyMap<string, ReadonlySet<number>>,
  input: {
    fitYears: readonly [number, number];
    outcomesThrough: number;
    maxTopShare: number;
    base: Thresholds;
  },
): TierFit {
  const [from, to] = input.fitYears;
  // Only the fit years are scored, so no onset after the year that follows them is read.
  const fitCases = cases.filter((c) => c.year >= from && c.year <= to);
  let best: { score: number; share: number; change: number; fit: TierFit } | undefined;
  for (const scale of SCALES)
    for (const shift of SHIFTS) {
      const t: Thresholds = {
        scoreTiers: input.base.scoreTiers.map(
          (s) => s + shift,
        ) as unknown as Thresholds['scoreTiers'],
        probabilityTiers: input.base.probabilityTiers.map((p) =>
          round(p * scale, 4),
        ) as unknown as Thresholds['probabilityTiers'],
      };
      const h = historyCheck(
        fitCases.map((c) => ({ iso3: c.iso3, year: c.year, tier: tierWith(c, t) })),
        onsets,
        Math.min(input.outcomesThrough, to + 1),
      );
      if (h.topTwoShare > input.maxTopShare) continue;
      const score = h.caughtTopTwo.oneYear + h.caughtTopTwo.twoYears;
      const change = Math.abs(Math.log(scale)) + Math.abs(shift) / 10;
      if (
        !best ||
        score > best.score ||
        (score === best.score && h.topTwoShare < best.share) ||
        (score === best.score && h.topTwoShare === best.share && change < best.change)
      )
        best = {
          score,
          share: h.topTwoShare,
          change,
          fit: {
            ...t,
            fitYears: input.fitYears,
            maxTopShare: input.maxTopShare,
            scale,
            shift,
            fit: h,
          },
        };
    }
  if (!best) throw new Error(`no thresholds keep the top two tiers under ${input.maxTopShare}`);
  return best.fit;
}
