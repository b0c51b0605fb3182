import type { CsvRecord } from '../formats/csv';
import type { Header, ImportContext } from './importer';
import { fields } from './importer';

/**
 * The country of a UCDP Gleditsch-Ward number in a year. UCDP keeps 345 for Serbia after 2006,
 * where Gleditsch-Ward itself uses 340.
 */
export function ucdpCountry(ctx: ImportContext, gw: number, year: number): string | undefined {
  return (
    ctx.resolver.byCode('gw', gw, year) ??
    (gw === 345 ? ctx.resolver.byCode('gw', 340, year) : undefined)
  );
}

/**
 * The location countries of a conflict or dyad row: `gwno_loc` lists G-W numbers ("645, 652") and
 * the name column the matching names. Unmatched locations are reported and left out.
 */
export function ucdpLocations(
  ctx: ImportContext,
  header: Header,
  r: CsvRecord,
  year: number,
  nameColumn: string,
): string[] {
  const f = fields(ctx, header);
  const names = f
    .text(r, nameColumn)
    .split(',')
    .map((s) => s.trim());
  const found: string[] = [];
  f.text(r, 'gwno_loc')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .forEach((code, i) => {
      if (!/^\d+$/.test(code))
        ctx.fail(r.line, f.col('gwno_loc'), `gwno_loc must list G-W numbers, found "${code}"`);
      const iso3 = ucdpCountry(ctx, Number(code), year);
      if (iso3) found.push(iso3);
      else ctx.unmatched(`${names[i] ?? names[0] ?? ''} (G-W ${code})`, year);
    });
  return found;
}

/** The version UCDP writes in its files' `version` column, else the one in the file name (v25_1). */
export function ucdpVersion(
  fileName: string,
  header: Header,
  first: CsvRecord | undefined,
): string | undefined {
  const column =
    first && header.has('version') ? first.fields[header.index('version')]?.trim() : undefined;
  return column || /v(\d+)[._](\d+)/i.exec(fileName)?.slice(1, 3).join('.');
}
