/**
 * How a back-test is scored (the EWP's protocol): AUC, Brier score, recall in the top 10/20/30,
 * and the validated ensemble's weight choice. Pure functions of risks and outcomes.
 */

export interface OriginForecast {
  readonly lastTrainingYear: number;
  /** The data year of the forecast (lastTrainingYear + 2). */
  readonly fromYear: number;
  readonly rows: number[];
  readonly risk: Float64Array;
  readonly rank: Int32Array;
}

export interface BacktestRow {
  readonly ccode: number | null;
  readonly iso3: string;
  readonly year: number;
  readonly mkOnset: number;
  readonly maxrisk2: number;
  readonly minrank2: number;
}

export interface BacktestScores {
  readonly countryYears: number;
  readonly onsets: number;
  readonly auc: number;
  readonly brier: number;
  readonly recall: Readonly<Record<'10' | '20' | '30', { caught: number; share: number }>>;
  readonly onsetRanks: ReadonlyArray<{
    ccode: number | null;
    year: number;
    rank: number;
    risk: number;
  }>;
}

/** The area under the ROC curve of risks against a 0/1 outcome (ties count half); NaN if one class. */
export function aucOf(risk: Float64Array, outcome: Float64Array): number {
  const order = Array.from(risk.keys()).sort((a, b) => risk[a]! - risk[b]!);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && risk[order[j]!] === risk[order[i]!]) j++;
    const avg = (i + 1 + j) / 2;
    for (let k = i; k < j; k++)
      if (outcome[order[k]!] === 1) {
        pos += 1;
        rankSum += avg;
      }
    i = j;
  }
  const neg = order.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

/**
 * The validated ensemble's weight: of the grid, the first member's weight whose blend
 * `w * a + (1 - w) * b` has the highest AUC on the validation rows; ties go to the weight nearest
 * 0.5 (an even blend unless the validation years say otherwise).
 */
export function chooseWeight(
  a: Float64Array,
  b: Float64Array,
  outcome: Float64Array,
  grid: readonly number[],
): { weight: number; auc: number } {
  let best = -Infinity;
  let chosen = grid[0]!;
  for (const w of grid) {
    const auc = aucOf(
      Float64Array.from(a, (v, k) => w * v + (1 - w) * b[k]!),
      outcome,
    );
    if (
      auc > best + 1e-12 ||
      (Math.abs(auc - best) <= 1e-12 && Math.abs(w - 0.5) < Math.abs(chosen - 0.5))
    ) {
      best = auc;
      chosen = w;
    }
  }
  return { weight: chosen, auc: best };
}

/** AUC (ties count half), Brier score, recall in the top 10/20/30 and each onset's rank. */
export function scoreBacktest(rows: readonly BacktestRow[]): BacktestScores {
  const pos = rows.filter((r) => r.mkOnset === 1);
  const auc = aucOf(
    Float64Array.from(rows, (r) => r.maxrisk2),
    Float64Array.from(rows, (r) => r.mkOnset),
  );
  const brier = rows.reduce((s, r) => s + (r.maxrisk2 - r.mkOnset) ** 2, 0) / rows.length;
  const recall = (k: number) => {
    const caught = pos.filter((r) => r.minrank2 <= k).length;
    return { caught, share: caught / pos.length };
  };
  return {
    countryYears: rows.length,
    onsets: pos.length,
    auc,
    brier,
    recall: { '10': recall(10), '20': recall(20), '30': recall(30) },
    onsetRanks: pos
      .map((r) => ({ ccode: r.ccode, year: r.year, rank: r.minrank2, risk: r.maxrisk2 }))
      .sort((a, b) => a.year - b.year || a.rank - b.rank),
  };
}
