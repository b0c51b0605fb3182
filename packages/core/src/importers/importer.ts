import { isCalendarDay } from '../domain/calendar';
import type { CsvRecord } from '../formats/csv';
import type { CountryResolver } from '../domain/country-resolver';
import type { CountryYearValue, DatasetKind, EventRecord } from '../domain/dataset';

/** The header row of a file: column positions by name. */
export class Header {
  private readonly positions = new Map<string, number>();

  constructor(readonly names: readonly string[]) {
    names.forEach((n, i) => {
      if (!this.positions.has(n.trim())) this.positions.set(n.trim(), i);
    });
  }

  has(name: string): boolean {
    return this.positions.has(name);
  }

  index(name: string): number {
    const i = this.positions.get(name);
    if (i === undefined) throw new Error(`column ${name} is not in the header`);
    return i;
  }
}

export interface ImportContext {
  readonly resolver: CountryResolver;
  /** Notes a row whose country could not be matched; the import reports these by name. */
  unmatched(name: string, year: number): void;
  /** Adds a note to the dataset's record (shown with the import and in the dataset list). */
  note(text: string): void;
  /** Stops the import with an error that names the file, line and column. */
  fail(line: number, column: number, message: string): never;
}

export interface RowSink {
  value(v: CountryYearValue): void;
  event(e: EventRecord): void;
}

/** Handles one record; returning 'end' stops reading the file (a table followed by notes). */
export type RowHandler = (record: CsvRecord, sink: RowSink) => void | 'end';

/** How one dataset format is read. Pure: it turns parsed records into values or events. */
export interface ImporterSpec {
  readonly kind: DatasetKind;
  readonly source: string;
  readonly licence: string;
  /** Bumped whenever the importer's output for the same file changes. */
  readonly importerVersion: string;
  readonly delimiter?: string;
  /** The column names of a format without a header row (GDELT 2.0); the first line is data. */
  readonly headerless?: readonly string[];
  /** Rows may have fewer or more fields than the header (the importer checks them itself). */
  readonly raggedRows?: boolean;
  readonly requiredColumns: readonly string[];
  /**
   * The only columns the importer (and its `versionFrom`) ever reads, when it says so: a parser
   * may then leave the others unmade (read as ''), which a wide file's parsing mostly spends.
   */
  readonly readsOnly?: readonly string[];
  /** The dataset's version when the file says it (a version column, a name like v25_1). */
  versionFrom?(
    fileName: string,
    header: Header,
    firstRecord: CsvRecord | undefined,
  ): string | undefined;
  start(header: Header, ctx: ImportContext): RowHandler | AggregatingHandler;
}

/** What `start` returns when the importer aggregates rows and emits at the end (ACD). */
export interface AggregatingHandler {
  readonly row: RowHandler;
  finish(sink: RowSink): void;
}

const mayTrim = (c: number): boolean => c <= 32 || c === 0xa0 || c >= 0x1680;

/** Typed field readers that fail with the record's line and the field's column. */
export function fields(ctx: ImportContext, header: Header) {
  // Column positions are looked up once per name, not per row: importers read every field of
  // every row through these readers, and a million-row file made the lookups a hot path.
  const positions = new Map<string, number>();
  const position = (column: string): number => {
    let i = positions.get(column);
    if (i === undefined) {
      // A column the importer reads but the file lacks is the file's fault, named like any other.
      if (!header.has(column)) ctx.fail(1, 1, `the header lacks column ${column}`);
      i = header.index(column);
      positions.set(column, i);
    }
    return i;
  };
  const raw = (record: CsvRecord, i: number): string => {
    const v = record.fields[i];
    if (v === undefined) return '';
    // Most fields have no surrounding spaces: test the ends before making a trimmed copy (any
    // character trim() might remove: ASCII space and controls, no-break space, and beyond U+1680).
    const n = v.length;
    return n > 0 && (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) ? v.trim() : v;
  };
  const value = (record: CsvRecord, column: string): string => raw(record, position(column));
  const isMissing = (v: string): boolean =>
    v === '' || v === 'NA' || v === '..' || v === 'NaN' || v === 'null' || v === 'NULL';
  return {
    text(record: CsvRecord, column: string): string {
      return value(record, column);
    },
    optionalText(record: CsvRecord, column: string): string | null {
      const v = value(record, column);
      return isMissing(v) ? null : v;
    },
    number(
      record: CsvRecord,
      column: string,
      opts: { integer?: boolean; min?: number; max?: number } = {},
    ): number {
      const i = position(column);
      const value = raw(record, i);
      const col = i + 1;
      const n = Number(value);
      if (isMissing(value) || !Number.isFinite(n))
        ctx.fail(record.line, col, `${column} must be a number, found "${value.slice(0, 40)}"`);
      if (opts.integer && !Number.isInteger(n))
        ctx.fail(record.line, col, `${column} must be a whole number, found "${value}"`);
      if (opts.min !== undefined && n < opts.min)
        ctx.fail(record.line, col, `${column} must be at least ${opts.min}, found ${value}`);
      if (opts.max !== undefined && n > opts.max)
        ctx.fail(record.line, col, `${column} must be at most ${opts.max}, found ${value}`);
      return n;
    },
    optionalNumber(record: CsvRecord, column: string): number | null {
      const i = position(column);
      const value = raw(record, i);
      if (isMissing(value)) return null;
      const n = Number(value);
      if (!Number.isFinite(n))
        ctx.fail(
          record.line,
          i + 1,
          `${column} must be a number or empty, found "${value.slice(0, 40)}"`,
        );
      return n;
    },
    /** A calendar date YYYY-MM-DD (a time after it, as some exports add, is dropped). */
    date(record: CsvRecord, column: string): string {
      const i = position(column);
      const value = raw(record, i);
      const col = i + 1;
      const date = value.slice(0, 10);
      if (!isCalendarDay(date) || (value.length > 10 && !/^[ T]/.test(value.charAt(10)))) {
        ctx.fail(
          record.line,
          col,
          `${column} must be a date YYYY-MM-DD, found "${value.slice(0, 40)}"`,
        );
      }
      return date;
    },
    col(column: string): number {
      return header.has(column) ? header.index(column) + 1 : 1;
    },
  };
}
