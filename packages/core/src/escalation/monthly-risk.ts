import { aucOf } from '../forecasting/backtest';
import { fitGbt, gbtLogOdds, type GbtModel, type GbtOptions } from '../forecasting/gbt';
import { sigmoid } from '../forecasting/logistic';

/**
 * The monthly escalation risk model (issue 18): for each country-month and province-month, the
 * probability of atrocity-scale violence against civilians in the next three months, from the
 * event streams, the rules' alerts and the structural tier known at the time.
 *
 * Outcome: civilian deaths (one-sided violence, or the civilians a source counts among the dead
 * of other violence) in months m+1..m+3 of at least 25 in a country, 10 in a province. The model
 * is gradient-boosted trees pooled over every country with events (settings below; how they were
 * chosen is said there); it is
 * scored by a rolling-origin back-test (one origin per year: trained on rows whose three-month
 * outcome closed by the end of the year before, predicting the year's months), beside
 * persistence (the last three months' civilian deaths) and the rules' alerts.
 */
export const MONTHLY_RISK_SPEC = {
  version: 'lens-monthly-escalation@1',
  horizonMonths: 3,
  threshold: { country: 25, admin1: 10 },
  /** Years of history before the first back-test origin. */
  minTrainYears: 5,
  // Chosen after four variants were scored on the same back-test (BENCHMARKS.md lists them all):
  // 150 trees of depth 3, these 60 of depth 2, an elastic net, and their blend.
  gbt: {
    trees: 60,
    maxDepth: 2,
    learningRate: 0.05,
    lambda: 1,
    minChildWeight: 1,
    subsample: 0.8,
    bins: 32,
    seed: 18,
  } satisfies GbtOptions,
} as const;

export type RiskLevel = 'country' | 'admin1';

/** An event as the monthly model reads it. */
export interface MonthlyEvent {
  readonly date: string;
  readonly iso3: string;
  readonly admin1Code: string | null;
  /** Civilians killed: a one-sided event's dead, or the civilians counted among other dead. */
  readonly civilianDeaths: number;
  /** Other deaths (combatants, unknown) in armed contest. */
  readonly battleDeaths: number;
  readonly civiliansTargeted: boolean;
  readonly perpetrator: string | null;
}

/** An alert the rules raised (on evidence), for the rules baseline and the model's alert feature. */
export interface RaisedAlert {
  readonly iso3: string;
  readonly admin1Code: string | null;
  readonly raisedOn: string;
}

/** The model's inputs, with a readable name each (the model card lists them). */
export const MONTHLY_FEATURES = [
  ['civ_1', 'Civilian deaths this month (log)'],
  ['civ_3', 'Civilian deaths in the last three months (log)'],
  ['civ_12', 'Civilian deaths in the last twelve months (log)'],
  ['civ_36', 'Civilian deaths in the last three years (log)'],
  ['civ_events_3', 'Attacks on civilians in the last three months (log)'],
  ['trend', 'Change in civilian deaths against the three months before'],
  ['months_since_civ', 'Months since civilians were last killed'],
  ['active_months_12', 'Months with civilians killed in the last twelve'],
  ['perpetrators_3', 'Perpetrators of attacks on civilians in the last three months'],
  ['battle_3', 'Battle deaths in the last three months (log)'],
  ['battle_12', 'Battle deaths in the last twelve months (log)'],
  ['spread_3', 'Provinces newly reached by violence in the last three months'],
  ['wider_civ_3', 'Civilian deaths elsewhere in the country, last three months (log)'],
  ['alerts_3', 'Red-flag alerts raised in the last three months'],
  ['tier', 'Structural tier known at the time (0 low to 4 extreme; -1 not assessed)'],
] as const;
export type MonthlyFeature = (typeof MONTHLY_FEATURES)[number][0];
const NF = MONTHLY_FEATURES.length;

export interface PanelRow {
  readonly iso3: string;
  /** '' for the whole country. */
  readonly admin1Code: string;
  /** YYYY-MM */
  readonly month: string;
  readonly monthIndex: number;
  readonly x: Float64Array;
  /** Civilian deaths in the last three months (the persistence score). */
  readonly civ3: number;
  /** Alerts raised in the last three months (the rules' score). */
  readonly alerts3: number;
  /** 1 if the outcome followed, 0 if not, null while its three months have not all passed. */
  readonly y: 0 | 1 | null;
}

/** Months since year 0 of a YYYY-MM(-DD) date. */
export const monthIndexOf = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
export const monthOf = (i: number) =>
  `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

interface Series {
  civ: Float64Array;
  battle: Float64Array;
  civEvents: Float64Array;
  alerts: Float64Array;
  perps: Array<Set<string> | undefined>;
  any: Uint8Array;
}

const newSeries = (n: number): Series => ({
  civ: new Float64Array(n),
  battle: new Float64Array(n),
  civEvents: new Float64Array(n),
  alerts: new Float64Array(n),
  perps: new Array<Set<string> | undefined>(n),
  any: new Uint8Array(n),
});

/** Sum of a series over months (from, to], clipped to the panel. */
function sum(a: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = Math.max(0, from + 1); i <= to && i < a.length; i++) s += a[i]!;
  return s;
}

export interface PanelOptions {
  readonly level: RiskLevel;
  /** The last month the data cover (YYYY-MM); default the last event's month. */
  readonly through?: string;
  /** The structural tier (0-4) of a country as known in a year (assessed for the year before). */
  readonly tierOf?: (iso3: string, year: number) => number | null;
  readonly alerts?: readonly RaisedAlert[];
  /** Outcome threshold (civilian deaths in three months) instead of the spec's for the level. */
  readonly threshold?: number;
}

/**
 * The monthly panel: one row per place and month from the first month with data to `through`,
 * each with features from that month and before only, and the outcome of the three months after.
 */
export function buildPanel(events: readonly MonthlyEvent[], o: PanelOptions): PanelRow[] {
  if (events.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const e of events) {
    const m = monthIndexOf(e.date);
    if (m < first) first = m;
    if (m > last) last = m;
  }
  if (o.through) last = monthIndexOf(`${o.through}-01`);
  const n = last - first + 1;
  const threshold = o.threshold ?? MONTHLY_RISK_SPEC.threshold[o.level];
  const countries = new Map<string, Series>();
  const places = new Map<string, Map<string, Series>>();
  const seriesOf = (iso3: string, admin1: string | null) => {
    let c = countries.get(iso3);
    if (!c) countries.set(iso3, (c = newSeries(n)));
    if (!admin1) return [c];
    let ps = places.get(iso3);
    if (!ps) places.set(iso3, (ps = new Map<string, Series>()));
    let p = ps.get(admin1);
    if (!p) ps.set(admin1, (p = newSeries(n)));
    return [c, p];
  };
  // Each country's rows run from its first event's month to its last (or `through`): a dataset
  // that ends says nothing of the months after it.
  const span = new Map<string, [number, number]>();
  for (const e of events) {
    const m = monthIndexOf(e.date) - first;
    if (m < 0 || m >= n) continue;
    const sp = span.get(e.iso3);
    if (!sp) span.set(e.iso3, [m, m]);
    else {
      if (m < sp[0]) sp[0] = m;
      if (m > sp[1]) sp[1] = m;
    }
    for (const s of seriesOf(e.iso3, e.admin1Code)) {
      s.civ[m] = s.civ[m]! + e.civilianDeaths;
      s.battle[m] = s.battle[m]! + e.battleDeaths;
      s.any[m] = 1;
      if (e.civiliansTargeted || e.civilianDeaths > 0) {
        s.civEvents[m] = s.civEvents[m]! + 1;
        if (e.perpetrator) (s.perps[m] ??= new Set()).add(e.perpetrator);
      }
    }
  }
  for (const a of o.alerts ?? []) {
    const m = monthIndexOf(a.raisedOn) - first;
    if (m < 0 || m >= n) continue;
    const p = a.admin1Code ? places.get(a.iso3)?.get(a.admin1Code) : undefined;
    if (p) p.alerts[m] = p.alerts[m]! + 1;
    const c = countries.get(a.iso3);
    if (c) c.alerts[m] = c.alerts[m]! + 1;
  }

  const rows: PanelRow[] = [];
  for (const [iso3, country] of countries) {
    const [from, lastOfCountry] = span.get(iso3)!;
    const to = o.through ? n - 1 : lastOfCountry;
    const provinces = places.get(iso3) ?? new Map<string, Series>();
    // Per month: provinces with civilians killed in the last three months, and newly reached ones.
    const spread = new Float64Array(n);
    const provList = [...provinces.values()];
    for (let m = 0; m < n; m++) {
      let fresh = 0;
      for (const p of provList)
        if (sum(p.civEvents, m - 3, m) > 0 && sum(p.civEvents, m - 15, m - 3) === 0) fresh++;
      spread[m] = fresh;
    }
    const scopes: Array<[string, Series]> =
      o.level === 'country' ? [['', country]] : [...provinces.entries()];
    for (const [code, s] of scopes) {
      let lastCiv = -1;
      for (let m = from; m <= to; m++) {
        if (s.civ[m]! > 0) lastCiv = m;
        const civ3 = sum(s.civ, m - 3, m);
        const perps = new Set<string>();
        for (let k = Math.max(0, m - 2); k <= m; k++)
          for (const p of s.perps[k] ?? []) perps.add(p);
        let active = 0;
        for (let k = Math.max(0, m - 11); k <= m; k++) if (s.civ[k]! > 0) active++;
        const month = first + m;
        const tier = o.tierOf?.(iso3, Math.floor(month / 12) - 1);
        const x = Float64Array.of(
          Math.log1p(s.civ[m]!),
          Math.log1p(civ3),
          Math.log1p(sum(s.civ, m - 12, m)),
          Math.log1p(sum(s.civ, m - 36, m)),
          Math.log1p(sum(s.civEvents, m - 3, m)),
          Math.log1p(civ3) - Math.log1p(sum(s.civ, m - 6, m - 3)),
          lastCiv < 0 ? 120 : Math.min(120, m - lastCiv),
          active,
          perps.size,
          Math.log1p(sum(s.battle, m - 3, m)),
          Math.log1p(sum(s.battle, m - 12, m)),
          spread[m]!,
          code === '' ? 0 : Math.log1p(Math.max(0, sum(country.civ, m - 3, m) - civ3)),
          sum(s.alerts, m - 3, m),
          tier ?? -1,
        );
        const closed = m + MONTHLY_RISK_SPEC.horizonMonths <= to;
        rows.push({
          iso3,
          admin1Code: code,
          month: monthOf(month),
          monthIndex: month,
          x,
          civ3,
          alerts3: sum(s.alerts, m - 3, m),
          y: closed
            ? sum(s.civ, m, m + MONTHLY_RISK_SPEC.horizonMonths) >= threshold
              ? 1
              : 0
            : null,
        });
      }
    }
  }
  return rows;
}

const columns = (rows: readonly PanelRow[]) =>
  Array.from({ length: NF }, (_, j) => Float64Array.from(rows, (r) => r.x[j]!));

/** The model fitted on rows with a known outcome. */
export function fitMonthlyModel(rows: readonly PanelRow[]): GbtModel {
  const train = rows.filter((r) => r.y !== null);
  return fitGbt(
    columns(train),
    Float64Array.from(train, (r) => r.y!),
    MONTHLY_RISK_SPEC.gbt,
  );
}

export const monthlyRisk = (model: GbtModel, row: PanelRow): number =>
  sigmoid(gbtLogOdds(model, (j) => row.x[j]!));

/** One-feature logistic regression (Newton), to turn a baseline's score into a probability. */
export function fitOneFeature(score: Float64Array, y: Float64Array): (s: number) => number {
  let a = 0;
  let b = 0;
  const f = (s: number) => Math.log1p(s);
  for (let it = 0; it < 25; it++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 1e-6;
    let h01 = 0;
    let h11 = 1e-6;
    for (let i = 0; i < y.length; i++) {
      const xi = f(score[i]!);
      const p = sigmoid(a + b * xi);
      const w = p * (1 - p);
      g0 += y[i]! - p;
      g1 += (y[i]! - p) * xi;
      h00 += w;
      h01 += w * xi;
      h11 += w * xi * xi;
    }
    const det = h00 * h11 - h01 * h01;
    if (!(Math.abs(det) > 1e-12)) break;
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return (s) => sigmoid(a + b * f(s));
}

export const METHODS = ['model', 'persistence', 'rules'] as const;
export type Method = (typeof METHODS)[number];

export interface ScoredRow {
  readonly iso3: string;
  readonly admin1Code: string;
  readonly month: string;
  readonly monthIndex: number;
  readonly y: 0 | 1;
  readonly civ3: number;
  readonly p: Readonly<Record<Method, number>>;
}

/**
 * Rolling origin, one per year: rows whose outcome closed by December of the year before train;
 * the year's rows are predicted. Nothing dated after a predicted month reaches its prediction.
 */
export function backtestMonthly(rows: readonly PanelRow[]): ScoredRow[] {
  const known = rows.filter((r) => r.y !== null);
  if (known.length === 0) return [];
  const firstYear = Math.floor(Math.min(...known.map((r) => r.monthIndex)) / 12);
  const lastYear = Math.floor(Math.max(...known.map((r) => r.monthIndex)) / 12);
  const out: ScoredRow[] = [];
  for (let year = firstYear + MONTHLY_RISK_SPEC.minTrainYears; year <= lastYear; year++) {
    const closesBy = year * 12 - 1;
    const train = known.filter((r) => r.monthIndex + MONTHLY_RISK_SPEC.horizonMonths <= closesBy);
    const test = known.filter((r) => Math.floor(r.monthIndex / 12) === year);
    const ys = Float64Array.from(train, (r) => r.y!);
    const positives = ys.reduce((s, v) => s + v, 0);
    if (test.length === 0 || positives === 0 || positives === train.length) continue;
    const model = fitMonthlyModel(train);
    const persistence = fitOneFeature(
      Float64Array.from(train, (r) => r.civ3),
      ys,
    );
    const rules = fitOneFeature(
      Float64Array.from(train, (r) => r.alerts3),
      ys,
    );
    for (const r of test)
      out.push({
        iso3: r.iso3,
        admin1Code: r.admin1Code,
        month: r.month,
        monthIndex: r.monthIndex,
        y: r.y!,
        civ3: r.civ3,
        p: {
          model: monthlyRisk(model, r),
          persistence: persistence(r.civ3),
          rules: rules(r.alerts3),
        },
      });
  }
  return out;
}

export interface MethodScore {
  readonly auc: number;
  /** Average precision (area under the precision-recall curve, step-wise). */
  readonly averagePrecision: number;
  readonly brier: number;
  /** AUC on months when the place was below the threshold (new violence, not continuing). */
  readonly aucNewViolence: number;
  /** Onsets warned of, at the alarm level that flags as many months as had the outcome. */
  readonly onsetsWarned: number;
  /** Mean months of warning before an onset (0 for one not warned of). */
  readonly meanLeadMonths: number;
}

export interface MonthlyScores {
  readonly rows: number;
  readonly positives: number;
  readonly onsets: number;
  readonly methods: Readonly<Record<Method, MethodScore>>;
}

export function averagePrecision(p: Float64Array, y: Float64Array): number {
  const order = Array.from(p.keys()).sort((a, b) => p[b]! - p[a]!);
  const pos = y.reduce((s, v) => s + v, 0);
  if (pos === 0) return NaN;
  let tp = 0;
  let ap = 0;
  for (let i = 0; i < order.length;) {
    // Tied scores enter together.
    let j = i;
    let tpGroup = 0;
    while (j < order.length && p[order[j]!] === p[order[i]!]) tpGroup += y[order[j++]!]!;
    tp += tpGroup;
    ap += (tpGroup / pos) * (tp / j);
    i = j;
  }
  return ap;
}

/**
 * Onset months: civilian deaths in the three months to it reach the threshold, and the three
 * windows before did not (violence that begins, not violence that goes on).
 */
function onsets(
  scored: readonly ScoredRow[],
  threshold: number,
): Array<{ key: string; month: number }> {
  const civ3 = new Map(scored.map((r) => [`${r.iso3}|${r.admin1Code}|${r.monthIndex}`, r.civ3]));
  const out: Array<{ key: string; month: number }> = [];
  for (const r of scored) {
    if (r.civ3 < threshold) continue;
    const key = `${r.iso3}|${r.admin1Code}`;
    const before = [1, 2, 3].map((k) => civ3.get(`${key}|${r.monthIndex - k}`));
    if (before.every((v) => v !== undefined && v < threshold))
      out.push({ key, month: r.monthIndex });
  }
  return out;
}

export function scoreMonthly(scored: readonly ScoredRow[], level: RiskLevel): MonthlyScores {
  const y = Float64Array.from(scored, (r) => r.y);
  const positives = y.reduce((s, v) => s + v, 0);
  const threshold = MONTHLY_RISK_SPEC.threshold[level];
  const onsetList = onsets(scored, threshold);
  const byKey = new Map(scored.map((r) => [`${r.iso3}|${r.admin1Code}|${r.monthIndex}`, r]));
  const below = scored.filter((r) => r.civ3 < threshold);
  const methods = {} as Record<Method, MethodScore>;
  for (const m of METHODS) {
    const p = Float64Array.from(scored, (r) => r.p[m]);
    // The alarm level: flags as many months as had the outcome.
    const sorted = Float64Array.from(p).sort().reverse();
    const alarm = positives > 0 ? sorted[Math.max(0, positives - 1)]! : Infinity;
    let warned = 0;
    let lead = 0;
    for (const o of onsetList) {
      let k = 0;
      for (let back = MONTHLY_RISK_SPEC.horizonMonths; back >= 1; back--) {
        const r = byKey.get(`${o.key}|${o.month - back}`);
        if (r && r.p[m] >= alarm && r.p[m] > 0) {
          k = back;
          break;
        }
      }
      if (k > 0) warned++;
      lead += k;
    }
    methods[m] = {
      auc: aucOf(p, y),
      averagePrecision: averagePrecision(p, y),
      brier: scored.reduce((s, r) => s + (r.p[m] - r.y) ** 2, 0) / Math.max(1, scored.length),
      aucNewViolence: aucOf(
        Float64Array.from(below, (r) => r.p[m]),
        Float64Array.from(below, (r) => r.y),
      ),
      onsetsWarned: warned,
      meanLeadMonths: onsetList.length ? lead / onsetList.length : NaN,
    };
  }
  return { rows: scored.length, positives, onsets: onsetList.length, methods };
}
