import type { DatasetKind } from '../domain/dataset';
import { LensError } from '../domain/errors';
import type { Comparison, FeatureSpec, FeatureStep, UnaryFunction } from './spec';

/** What a build reads: stored values of one variable of one dataset kind, by `iso3|year`. */
export interface FeatureData {
  values(kind: DatasetKind, variable: string): ReadonlyMap<string, number>;
}

export interface FeatureRow {
  readonly iso3: string;
  readonly year: number;
  /** The panel key (the EWP's COW code) that groups rows into one country over time. */
  readonly key: number;
}

/** A built feature table: panel rows and one column of numbers (NaN = missing) per feature. */
export interface FeatureTable {
  readonly rows: readonly FeatureRow[];
  readonly columns: ReadonlyMap<string, Float64Array>;
}

const FUNCTIONS: Record<UnaryFunction, (x: number) => number> = {
  log2: Math.log2,
  log2p1: (x) => Math.log2(x + 1),
  sqrt: Math.sqrt,
  square: (x) => x * x,
};

const COMPARE: Record<Comparison, (x: number, v: number) => boolean> = {
  eq: (x, v) => x === v,
  le: (x, v) => x <= v,
  lt: (x, v) => x < v,
  ge: (x, v) => x >= v,
  gt: (x, v) => x > v,
};

const cell = (iso3: string, year: number) => `${iso3}|${year}`;

/**
 * Builds a feature table by running the spec's steps in order over the panel. Pure: everything it
 * reads comes through `data`. Each step may only use columns made by earlier steps.
 */
export function buildFeatureTable(spec: FeatureSpec, data: FeatureData): FeatureTable {
  const presence = data.values(spec.panel.kind, spec.panel.presence);
  const keys = data.values(spec.panel.kind, spec.panel.key);
  const rows: FeatureRow[] = [];
  for (const k of presence.keys()) {
    const [iso3 = '', y = ''] = k.split('|');
    const key = keys.get(k);
    if (key === undefined)
      throw new LensError(
        'invalid',
        `the ${spec.panel.kind} panel has no ${spec.panel.key} for ${iso3} in ${y}`,
      );
    rows.push({ iso3, year: Number(y), key });
  }
  rows.sort((a, b) => a.key - b.key || a.year - b.year);
  if (rows.length === 0)
    throw new LensError('invalid', `no ${spec.panel.kind} data is stored: import it first`);

  // Group boundaries: groups[i] is the index of the first row of row i's group.
  const n = rows.length;
  const groupStart = new Int32Array(n);
  for (let i = 0; i < n; i++)
    groupStart[i] = i > 0 && rows[i]!.key === rows[i - 1]!.key ? groupStart[i - 1]! : i;
  const sameGroup = (i: number, j: number) =>
    j >= 0 && j < n && rows[i]!.key === rows[j]!.key && j >= groupStart[i]!;

  const columns = new Map<string, Float64Array>();
  const col = (name: string, step: FeatureStep): Float64Array => {
    const c = columns.get(name);
    if (!c)
      throw new LensError(
        'invalid',
        `spec ${spec.id} step ${step.op}: column "${name}" is used before it is made`,
      );
    return c;
  };
  const make = (name: string, f: (i: number) => number) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = f(i);
    columns.set(name, out);
  };

  for (const step of spec.steps) {
    switch (step.op) {
      case 'input': {
        const values = data.values(step.kind, step.variable);
        make(step.as, (i) => values.get(cell(rows[i]!.iso3, rows[i]!.year)) ?? NaN);
        break;
      }
      case 'year':
        make(step.as, (i) => rows[i]!.year);
        break;
      case 'map': {
        const x = col(step.of, step);
        const fn = FUNCTIONS[step.fn];
        make(step.as, (i) => fn(x[i]!));
        break;
      }
      case 'compare': {
        const x = col(step.of, step);
        const cmp = COMPARE[step.cmp];
        make(step.as, (i) => (Number.isNaN(x[i]!) ? NaN : cmp(x[i]!, step.value) ? 1 : 0));
        break;
      }
      case 'subtract': {
        const a = col(step.a, step);
        const b = col(step.b, step);
        make(step.as, (i) => a[i]! - b[i]!);
        break;
      }
      case 'anyOne': {
        const xs = step.of.map((c) => col(c, step));
        make(step.as, (i) => {
          let missing = false;
          for (const x of xs) {
            const v = x[i]!;
            if (v === 1) return 1;
            if (Number.isNaN(v)) missing = true;
          }
          return missing ? (step.missingAs ?? NaN) : 0;
        });
        break;
      }
      case 'shift': {
        const x = col(step.of, step);
        make(step.as, (i) =>
          sameGroup(i, i - step.by) ? x[i - step.by]! : (step.missingAs ?? NaN),
        );
        break;
      }
      case 'fill': {
        const x = col(step.column, step);
        if (step.direction === 'forward') {
          for (let i = 0; i < n; i++)
            if (Number.isNaN(x[i]!) && i > groupStart[i]!) x[i] = x[i - 1]!;
        } else {
          for (let i = n - 2; i >= 0; i--)
            if (Number.isNaN(x[i]!) && sameGroup(i, i + 1)) x[i] = x[i + 1]!;
        }
        break;
      }
      case 'fillMissing': {
        const x = col(step.column, step);
        for (let i = 0; i < n; i++) if (Number.isNaN(x[i]!)) x[i] = step.value;
        break;
      }
      case 'set': {
        const x = col(step.column, step);
        const countries = new Set(step.countries);
        for (let i = 0; i < n; i++) {
          const r = rows[i]!;
          if (
            countries.has(r.iso3) &&
            r.year >= (step.fromYear ?? -Infinity) &&
            r.year <= (step.toYear ?? Infinity)
          )
            x[i] = step.value;
        }
        break;
      }
      case 'recentAny': {
        const x = col(step.of, step);
        make(step.as, (i) => {
          const year = rows[i]!.year;
          for (let j = i; j >= groupStart[i]! && rows[j]!.year > year - step.years; j--)
            if (x[j]! > 0) return 1;
          return 0;
        });
        break;
      }
      case 'cumsum': {
        const x = col(step.of, step);
        const start = col(step.startColumn, step);
        let sum = 0;
        make(step.as, (i) => {
          if (i === groupStart[i]) sum = 0;
          sum += x[i]!;
          const first = Math.max(start[i]!, step.notBefore);
          return rows[i]!.year >= first ? sum : 0;
        });
        break;
      }
      case 'growth': {
        const x = col(step.of, step);
        make(step.as, (i) => (sameGroup(i, i - 1) ? ((x[i]! - x[i - 1]!) / x[i - 1]!) * 100 : NaN));
        break;
      }
      case 'impute': {
        const y = col(step.column, step);
        const x = col(step.proxy, step);
        const fit = leastSquares(x, y);
        make(step.as, (i) =>
          Number.isNaN(y[i]!) && !Number.isNaN(x[i]!) ? fit.intercept + fit.slope * x[i]! : y[i]!,
        );
        break;
      }
    }
  }
  return { rows, columns };
}

/** Ordinary least squares of y on x over the rows where both are present. */
export function leastSquares(
  x: Float64Array,
  y: Float64Array,
): { intercept: number; slope: number; n: number } {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) continue;
    n += 1;
    mx += (x[i]! - mx) / n;
    my += (y[i]! - my) / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(y[i]!)) continue;
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  if (n < 2 || sxx === 0)
    throw new LensError('invalid', 'regression imputation needs two distinct proxy values');
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope, n };
}

/** The output table of a spec: its columns, in order, for rows from `output.fromYear`. */
export function featureOutput(
  spec: FeatureSpec,
  table: FeatureTable,
): { header: string[]; rows: Array<Array<number | string>> } {
  const header = spec.output.columns.map((c) => c.name);
  const out: Array<Array<number | string>> = [];
  const cols = spec.output.columns.map((c) => {
    if ('label' in c) return undefined;
    const column = table.columns.get(c.column);
    if (!column)
      throw new LensError('invalid', `spec ${spec.id}: output column ${c.column} is never made`);
    return column;
  });
  // The output lists countries as the source does: by name, then year.
  const names = spec.output.names ?? {};
  const order = table.rows
    .map((r, i) => ({ r, i, name: names[String(r.key)] ?? r.iso3 }))
    .filter(({ r }) => r.year >= spec.output.fromYear);
  for (const { i, name } of order) {
    out.push(cols.map((c) => (c ? c[i]! : name)));
  }
  return { header, rows: out };
}
