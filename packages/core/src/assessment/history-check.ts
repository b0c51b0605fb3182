import { TIERS, type Tier } from './lens-spec';

/**
 * Scores tiers against what happened: for each tier, how many country-years it held and the share
 * followed by a mass-killing onset within 1, 2 and 10 years; and how many onsets the top two
 * tiers caught beforehand. A horizon counts only country-years whose whole window is observed.
 */

export const HORIZONS = [1, 2, 10] as const;

export interface TierRow {
  readonly tier: Tier;
  readonly countryYears: number;
  /** Per horizon: country-years with the window observed, those followed by an onset, share. */
  readonly horizons: ReadonlyArray<{
    years: number;
    observed: number;
    withOnset: number;
    share: number | null;
  }>;
}

export interface HistoryCheck {
  readonly fromYear: number;
  readonly toYear: number;
  /** The last year whose onsets are known. */
  readonly outcomesThrough: number;
  readonly tiers: readonly TierRow[];
  /** Onsets (country-years) preceded, one and two years before, by a country-year in the top two tiers. */
  readonly onsets: number;
  readonly caughtTopTwo: { readonly oneYear: number; readonly twoYears: number };
  /** Share of assessed country-years in the top two tiers (how short they are). */
  readonly topTwoShare: number;
}

export function historyCheck(
  assessed: ReadonlyArray<{ iso3: string; year: number; tier: Tier | null }>,
  onsets: ReadonlyMap<string, ReadonlySet<number>>,
  outcomesThrough: number,
): HistoryCheck {
  const rows = assessed.filter((a) => a.tier !== null);
  const years = rows.map((r) => r.year);
  const fromYear = Math.min(...years);
  const toYear = Math.max(...years);
  const tiers: TierRow[] = TIERS.map((tier) => {
    const mine = rows.filter((r) => r.tier === tier);
    return {
      tier,
      countryYears: mine.length,
      horizons: HORIZONS.map((h) => {
        const observed = mine.filter((r) => r.year + h <= outcomesThrough);
        const withOnset = observed.filter((r) => {
          const o = onsets.get(r.iso3);
          if (!o) return false;
          for (let y = r.year + 1; y <= r.year + h; y++) if (o.has(y)) return true;
          return false;
        }).length;
        return {
          years: h,
          observed: observed.length,
          withOnset,
          share: observed.length > 0 ? withOnset / observed.length : null,
        };
      }),
    };
  });
  const tierAt = new Map(rows.map((r) => [`${r.iso3}:${r.year}`, r.tier]));
  const top = (t: Tier | null | undefined) => t === 'high' || t === 'extreme';
  let count = 0;
  let one = 0;
  let two = 0;
  for (const [iso3, ys] of onsets)
    for (const y of ys) {
      // Only onsets whose year before was assessed.
      if (y - 1 < fromYear || y - 1 > toYear || !tierAt.has(`${iso3}:${y - 1}`)) continue;
      count++;
      if (top(tierAt.get(`${iso3}:${y - 1}`))) one++;
      if (top(tierAt.get(`${iso3}:${y - 1}`)) || top(tierAt.get(`${iso3}:${y - 2}`))) two++;
    }
  return {
    fromYear,
    toYear,
    outcomesThrough,
    tiers,
    onsets: count,
    caughtTopTwo: { oneYear: one, twoYears: two },
    topTwoShare: rows.length > 0 ? rows.filter((r) => top(r.tier)).length / rows.length : 0,
  };
}
