import type { CsvRecord } from '../formats/csv';
import type { Header, ImportContext, ImporterSpec, RowSink } from './importer';
import { fields } from './importer';

const YEAR_COLUMN = /^(\d{4})(?: \[YR\d{4}\])?$/;
const SERIES_CODE = /^[A-Z][A-Z0-9]*(\.[A-Z0-9]+)+$/;
/** Identifier columns of the one-column-per-series layout (the R WDI package, the EWP's wdi.csv). */
const ID_COLUMNS = new Set([
  'country',
  'iso2c',
  'iso3c',
  'year',
  'ccode',
  'Country Name',
  'Country Code',
]);
/** A series column: a World Bank code (NY.GDP.PCAP.KD) or a renamed one (wdi.gdppc.new). */
const isSeriesColumn = (name: string) =>
  !ID_COLUMNS.has(name) && (SERIES_CODE.test(name) || /^[a-z][\w]*(\.[\w]+)+$/i.test(name));

type Layout = 'databank-wide' | 'long' | 'series-columns';

function layoutOf(header: Header): Layout | undefined {
  if (
    header.has('Series Code') &&
    header.has('Country Code') &&
    header.names.some((n) => YEAR_COLUMN.test(n.trim()))
  )
    return 'databank-wide';
  if (
    (header.has('Country Code') || header.has('iso3c')) &&
    (header.has('Year') || header.has('year')) &&
    header.has('Series Code') &&
    header.has('Value')
  )
    return 'long';
  if (
    header.has('iso3c') &&
    header.has('year') &&
    header.names.some((n) => isSeriesColumn(n.trim()))
  )
    return 'series-columns';
  return undefined;
}

/**
 * World Bank World Development Indicators in three layouts: the DataBank export (one row per
 * country and series, one column per year, ".." for missing), long format (country, series,
 * year, value), and one column per series (iso3c, year, NY.GDP.PCAP.KD, ...). Regional and
 * income aggregates have World Bank codes that are no country; they are reported, not stored.
 */
export const wdiImporter: ImporterSpec = {
  kind: 'wdi',
  source: 'World Bank World Development Indicators',
  licence: 'CC BY 4.0',
  importerVersion: '2',
  // DataBank exports end with notes of other widths; the table rows are checked below.
  raggedRows: true,
  requiredColumns: [],
  start(header, ctx) {
    const layout = layoutOf(header);
    if (!layout) {
      ctx.fail(
        1,
        1,
        'not a WDI layout: expected "Country Code, Series Code, 1960 [YR1960]...", "Country Code, Series Code, Year, Value" or "iso3c, year, <series codes>"',
      );
    }
    const f = fields(ctx, header);
    const country = (r: CsvRecord, year: number, nameColumn: string, codeColumn: string) => {
      const code = f.text(r, codeColumn);
      const iso3 = ctx.resolver.byCode('iso3', code, year);
      if (!iso3)
        ctx.unmatched(`${header.has(nameColumn) ? f.text(r, nameColumn) : code} (${code})`, year);
      return iso3;
    };
    // The country is resolved only for cells that hold a value: WDI lists South Sudan in 1960 with "..".
    const store = (
      sink: RowSink,
      r: CsvRecord,
      col: number,
      resolve: () => string | undefined,
      year: number,
      variable: string,
    ) => {
      const raw = (r.fields[col] ?? '').trim();
      if (raw === '' || raw === '..' || raw === 'NA') return;
      const iso3 = resolve();
      if (!iso3) return;
      const value = Number(raw);
      if (!Number.isFinite(value))
        ctx.fail(
          r.line,
          col + 1,
          `${variable} for ${iso3} ${year} must be a number or "..", found "${raw.slice(0, 40)}"`,
        );
      sink.value({ iso3, year, variable, value });
    };
    const isFooter = (r: CsvRecord) =>
      r.fields.length < header.names.length &&
      /^(Data from database|Last Updated)/.test(r.fields[0] ?? '');

    if (layout === 'databank-wide') {
      const years = header.names.flatMap((n, i) => {
        const m = YEAR_COLUMN.exec(n.trim());
        return m ? [{ year: Number(m[1]), i }] : [];
      });
      // DataBank exports end the table with an empty row, then append notes and series metadata.
      return (r, sink) => {
        if (r.fields.every((v) => v.trim() === '')) {
          ctx.note(
            `the data table ends at line ${r.line}; the DataBank notes and metadata after it were not read`,
          );
          return 'end';
        }
        if (isFooter(r)) return;
        if (r.fields.length !== header.names.length) failWidth(ctx, r, header);
        const series = f.text(r, 'Series Code');
        if (series === '') return;
        for (const { year, i } of years)
          store(sink, r, i, () => country(r, year, 'Country Name', 'Country Code'), year, series);
      };
    }
    if (layout === 'long') {
      const codeColumn = header.has('Country Code') ? 'Country Code' : 'iso3c';
      const yearColumn = header.has('Year') ? 'Year' : 'year';
      return (r, sink) => {
        if (isFooter(r)) return;
        const year = f.number(r, yearColumn, { integer: true, min: 1900, max: 2100 });
        store(
          sink,
          r,
          header.index('Value'),
          () => country(r, year, 'Country Name', codeColumn),
          year,
          f.text(r, 'Series Code'),
        );
      };
    }
    const seriesColumns = header.names.flatMap((n, i) =>
      isSeriesColumn(n.trim()) ? [{ code: n.trim(), i }] : [],
    );
    // The EWP's wdi.csv adds a COW code column with its own mapping of ambiguous rows (WDI's
    // "Yemen, Rep." before 1990 is South Yemen there); when present it names the state.
    const byCow = header.has('ccode');
    const cow = (r: CsvRecord, year: number) => {
      const code = f.text(r, 'ccode');
      const iso3 = code === '' ? undefined : ctx.resolver.byCode('cow', code, year);
      if (!iso3)
        ctx.unmatched(
          `${f.text(r, 'country')} (${f.text(r, 'iso3c')}, COW ${code || 'blank'})`,
          year,
        );
      return iso3;
    };
    return (r, sink) => {
      const year = f.number(r, 'year', { integer: true, min: 1900, max: 2100 });
      let iso3: string | undefined | null = null;
      const resolve = () =>
        iso3 === null ? (iso3 = byCow ? cow(r, year) : country(r, year, 'country', 'iso3c')) : iso3;
      for (const { code, i } of seriesColumns) store(sink, r, i, resolve, year, code);
    };
  },
};

function failWidth(ctx: ImportContext, r: CsvRecord, header: Header): never {
  ctx.fail(
    r.line,
    Math.min(r.fields.length, header.names.length) + 1,
    `expected ${header.names.length} fields, found ${r.fields.length}`,
  );
}
