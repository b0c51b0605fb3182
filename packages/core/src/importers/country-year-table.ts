import type { CodeScheme } from '../domain/country';
import type { DatasetKind } from '../domain/dataset';
import type { CsvRecord } from '../formats/csv';
import type { Header, ImportContext, ImporterSpec } from './importer';
import { fields } from './importer';

/** How a table names its countries: by a code column (year-aware) or by name. */
export type CountryKey =
  | { readonly scheme: CodeScheme; readonly column: string; readonly nameColumn?: string }
  | { readonly byName: string };

export interface CountryYearTableSpec {
  readonly kind: DatasetKind;
  readonly source: string;
  readonly licence: string;
  /** How rows name their country; with several, the first whose column the header has. */
  readonly country: CountryKey | readonly CountryKey[];
  readonly year: string;
  /** The value columns; each is stored under its own name. Empty or NA cells are not stored. */
  readonly variables: readonly string[];
  readonly importerVersion?: string;
}

function resolveCountry(
  ctx: ImportContext,
  header: Header,
  f: ReturnType<typeof fields>,
  key: CountryKey,
  record: CsvRecord,
  year: number,
): string | undefined {
  if ('byName' in key) {
    const name = f.text(record, key.byName);
    const iso3 = ctx.resolver.byName(name, year);
    if (!iso3) ctx.unmatched(name, year);
    return iso3;
  }
  const code = f.text(record, key.column);
  const iso3 = code === '' ? undefined : ctx.resolver.byCode(key.scheme, code, year);
  if (!iso3) {
    const name =
      key.nameColumn && header.has(key.nameColumn) ? `${f.text(record, key.nameColumn)} ` : '';
    ctx.unmatched(`${name}(${key.scheme.toUpperCase()} ${code || 'blank'})`, year);
  }
  return iso3;
}

/**
 * A country-year table: one row per country and year, one column per variable. Most of the
 * EWP's component inputs have this shape (coups, ICCPR, HIEF, EPR, UN infant mortality).
 */
export function countryYearTable(spec: CountryYearTableSpec): ImporterSpec {
  const keys: readonly CountryKey[] = Array.isArray(spec.country)
    ? spec.country
    : [spec.country as CountryKey];
  const columnOf = (k: CountryKey) => ('byName' in k ? k.byName : k.column);
  return {
    kind: spec.kind,
    source: spec.source,
    licence: spec.licence,
    importerVersion: spec.importerVersion ?? '1',
    requiredColumns: [
      ...(keys.length === 1 ? [columnOf(keys[0]!)] : []),
      spec.year,
      ...spec.variables,
    ],
    start(header, ctx) {
      const found = keys.find((k) => header.has(columnOf(k)));
      const key =
        found ??
        ctx.fail(
          1,
          1,
          `the header lacks a country column: expected one of ${keys.map(columnOf).join(', ')}`,
        );
      const f = fields(ctx, header);
      const columns = spec.variables.map((v) => ({ name: v, i: header.index(v) }));
      return (r, sink) => {
        const year = f.number(r, spec.year, { integer: true, min: 1800, max: 2100 });
        const iso3 = resolveCountry(ctx, header, f, key, r, year);
        if (!iso3) return;
        for (const { name, i } of columns) {
          const raw = (r.fields[i] ?? '').trim();
          if (raw === '' || raw === 'NA') continue;
          const value = Number(raw);
          if (!Number.isFinite(value))
            ctx.fail(
              r.line,
              i + 1,
              `${name} must be a number or empty, found "${raw.slice(0, 40)}"`,
            );
          sink.value({ iso3, year, variable: name, value });
        }
      };
    },
  };
}
