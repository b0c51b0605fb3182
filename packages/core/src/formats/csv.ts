import { LensError } from '../domain/errors';

/** One parsed record with the 1-based line it started on, for error messages. */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

export interface CsvOptions {
  readonly delimiter?: string;
  /** Used in error messages: the file the text came from. */
  readonly source?: string;
  /** A record longer than this is refused rather than buffered (a missing quote swallows the file). */
  readonly maxRecordChars?: number;
}

const QUOTE = 34;
const NL = 10;
const CR = 13;

/**
 * An incremental RFC 4180 parser: feed text chunks with `push`, then call `end`. Handles quoted
 * fields with delimiters, doubled quotes and line breaks, LF and CRLF line ends and a leading BOM.
 * It holds at most one unfinished record between chunks, so files of any size stream through,
 * and it finds field boundaries with indexOf rather than character by character.
 */
export class CsvParser {
  private readonly delimiter: string;
  private readonly source: string;
  private readonly maxRecordChars: number;
  private rest = '';
  private line = 1;
  private started = false;
  /** A syntax error found after good records in the same chunk: raised when more are asked for. */
  private deferred: Error | undefined;
  /** Which columns become strings (1) when a reader asked for some only; the rest read as ''. */
  private keep: Uint8Array | undefined;
  /** The next quote in the text being parsed at or after the current field (-1: none). */
  private quote = -1;

  constructor(options: CsvOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.source = options.source ?? 'input';
    this.maxRecordChars = options.maxRecordChars ?? 10_000_000;
  }

  private fail(message: string, line: number, column: number): never {
    throw new LensError('invalid', `${this.source}: line ${line}, column ${column}: ${message}`, {
      file: this.source,
      line: String(line),
      column: String(column),
    });
  }

  push(chunk: string, out: CsvRecord[] = []): CsvRecord[] {
    if (this.deferred) throw this.deferred;
    let text = this.rest + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const before = out.length;
    try {
      this.rest = text.slice(this.parse(text, false, out));
    } catch (error) {
      // Hand over the records before the error first, so a reader that stops early (a table
      // followed by malformed notes) never sees it.
      if (out.length === before) throw error;
      this.deferred = error instanceof Error ? error : new Error(String(error));
      this.rest = '';
      return out;
    }
    if (this.rest.length > this.maxRecordChars) {
      this.fail(
        `a record longer than ${this.maxRecordChars} characters (a quote never closed?)`,
        this.line,
        1,
      );
    }
    return out;
  }

  /**
   * From now on, only these columns (0-based) are made into strings; the others read as '' and
   * are still checked (quotes, field count). A reader that uses a few columns of a wide file saves
   * most of the parsing's allocations. The first column is always kept (a blank line stays blank).
   */
  keepColumns(columns: readonly number[] | undefined): void {
    if (!columns) {
      this.keep = undefined;
      return;
    }
    const keep = new Uint8Array(Math.max(0, ...columns) + 1);
    for (const c of columns) keep[c] = 1;
    keep[0] = 1;
    this.keep = keep;
  }

  end(out: CsvRecord[] = []): CsvRecord[] {
    if (this.deferred) throw this.deferred;
    const text = this.rest;
    this.rest = '';
    if (text.length > 0) this.parse(text, true, out);
    return out;
  }

  /** Parses whole records from `text`; returns where the unfinished remainder starts. */
  private parse(text: string, atEnd: boolean, out: CsvRecord[]): number {
    let pos = 0;
    this.quote = text.indexOf('"');
    while (pos < text.length) {
      const fields = this.record(text, pos, atEnd);
      if (!fields) break;
      out.push({ fields, line: this.line });
      this.line += this.recordLines;
      pos = this.recordEnd;
    }
    return pos;
  }

  /** Where the record `record` returned ends, and how many lines it spans (no object per row). */
  private recordEnd = 0;
  private recordLines = 0;

  private done(fields: string[], next: number, lines: number): string[] {
    this.recordEnd = next;
    this.recordLines = lines;
    return fields;
  }

  private record(text: string, start: number, atEnd: boolean): string[] | undefined {
    const d = this.delimiter;
    const n = text.length;
    const fields: string[] = [];
    let i = start;
    let lines = 0;
    let lineStart = start;
    let nl = text.indexOf('\n', start);
    for (;;) {
      const keep = this.keep;
      const column = fields.length;
      const kept = keep === undefined || keep[column] === 1;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const open = i;
        let value = '';
        let seg = i + 1;
        let j = seg;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1 || (q + 1 >= n && !atEnd)) {
            if (!atEnd) return undefined;
            this.fail(
              'a quoted field is never closed (truncated file?)',
              this.line + lines,
              open - lineStart + 1,
            );
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            if (kept) value += text.slice(seg, q + 1);
            j = q + 2;
            seg = j;
            continue;
          }
          if (kept) value += text.slice(seg, q);
          i = q + 1;
          break;
        }
        if (nl !== -1 && nl < i) {
          // The quoted field held line breaks: count them for line numbers, then find the next one.
          for (let k = nl; k !== -1 && k < i; k = text.indexOf('\n', k + 1)) {
            lines += 1;
            lineStart = k + 1;
          }
          nl = text.indexOf('\n', i);
        }
        fields.push(value);
        if (i >= n) {
          if (!atEnd) return undefined;
          return this.done(fields, n, lines + 1);
        }
        const c = text.charCodeAt(i);
        if (text.startsWith(d, i)) {
          i += d.length;
          continue;
        }
        if (c === NL) return this.done(fields, i + 1, lines + 1);
        if (c === CR && text.charCodeAt(i + 1) === NL) return this.done(fields, i + 2, lines + 1);
        if (c === CR && i + 1 >= n && !atEnd) return undefined;
        this.fail('text after a closing quote', this.line + lines, i - lineStart + 1);
      }
      if (nl === -1 && !atEnd) return undefined;
      const lineEnd = nl === -1 ? n : nl;
      const dp = text.indexOf(d, i);
      const fieldEnd = dp !== -1 && dp < lineEnd ? dp : lineEnd;
      // The next quote is found once and reused by the fields before it: a quote inside an
      // unquoted field is an error, so no field's own text needs searching.
      let quote = this.quote;
      if (quote !== -1 && quote < i) this.quote = quote = text.indexOf('"', i);
      let end = fieldEnd;
      if (fieldEnd === lineEnd && end > i && text.charCodeAt(end - 1) === CR) end -= 1;
      if (quote !== -1 && quote < end)
        this.fail('a quote inside an unquoted field', this.line + lines, quote - lineStart + 1);
      const value = kept ? text.slice(i, end) : '';
      fields.push(value);
      if (fieldEnd === dp) {
        i = dp + d.length;
        continue;
      }
      return this.done(fields, lineEnd === n ? n : lineEnd + 1, lines + 1);
    }
  }
}

/** Parses a whole text at once; for small files and tests. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvRecord[] {
  const p = new CsvParser(options);
  const out = p.push(text);
  return p.end(out);
}

/** A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a quote, comma or line break. */
export const csvField = (s: string): string =>
  /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;

/**
 * A free-text field for a CSV a person may open in a spreadsheet: text that would start a
 * formula (=, +, -, @, tab, carriage return) is prefixed with an apostrophe, so that a value
 * planted in a public report is shown, never run (OWASP's CSV injection advice). Numbers are not
 * text: write them as they are.
 */
export const csvText = (s: string): string => csvField(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
