import type { CountryYearValue } from '../domain/dataset';
import { LensError } from '../domain/errors';
import { FEATURE_SPECS } from '../features/index';
import type { FeatureSpec } from '../features/spec';

export interface FrameRow {
  readonly iso3: string;
  readonly year: number;
  readonly ccode: number | null;
  readonly country: string;
}

/** A feature table in memory: rows ordered by country key and year, one column per feature. */
export interface FeatureFrame {
  readonly rows: readonly FrameRow[];
  readonly columns: ReadonlyMap<string, Float64Array>;
}

/** The spec named `id@version` (as models record it). */
export function specByRef(ref: string): FeatureSpec {
  const [id = '', version = ''] = ref.split('@');
  const spec = FEATURE_SPECS[id];
  if (!spec || spec.version !== version)
    throw new LensError('invalid', `Unknown feature spec ${ref}`);
  return spec;
}

/** Rebuilds the frame from a stored feature dataset's values (missing values are NaN). */
export function frameFromValues(
  spec: FeatureSpec,
  values: readonly CountryYearValue[],
): FeatureFrame {
  const index = new Map<string, number>();
  const keys: Array<{ iso3: string; year: number }> = [];
  for (const v of values) {
    const k = `${v.iso3}|${v.year}`;
    if (!index.has(k)) {
      index.set(k, keys.length);
      keys.push({ iso3: v.iso3, year: v.year });
    }
  }
  const raw = new Map<string, Float64Array>();
  for (const v of values) {
    let c = raw.get(v.variable);
    if (!c) raw.set(v.variable, (c = new Float64Array(keys.length).fill(NaN)));
    c[index.get(`${v.iso3}|${v.year}`)!] = v.value ?? NaN;
  }
  const ccode = raw.get('ccode');
  const order = keys
    .map((k, i) => ({ ...k, i, ccode: ccode ? ccode[i]! : NaN }))
    .sort((a, b) => a.ccode - b.ccode || a.iso3.localeCompare(b.iso3) || a.year - b.year);
  const names = spec.output.names ?? {};
  const rows = order.map((o) => ({
    iso3: o.iso3,
    year: o.year,
    ccode: Number.isNaN(o.ccode) ? null : o.ccode,
    country: names[String(o.ccode)] ?? o.iso3,
  }));
  const columns = new Map<string, Float64Array>();
  for (const [name, c] of raw)
    columns.set(
      name,
      Float64Array.from(order, (o) => c[o.i]!),
    );
  return { rows, columns };
}

/** The frame's column, or a clear error naming what the model expected. */
export function column(frame: FeatureFrame, name: string): Float64Array {
  const c = frame.columns.get(name);
  if (!c) throw new LensError('invalid', `the feature table has no column ${name}`);
  return c;
}
