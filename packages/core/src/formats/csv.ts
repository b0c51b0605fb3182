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
}

/**
 * An incremental RFC 4180 parser: feed text chunks with `push`, then `end`. Handles quoted
 * fields with delimiters, doubled quotes and newlines, CRLF and a leading BOM. It never holds
 * more than one record in memory, so files of any size stream through.
 */
export class CsvParser {
  private readonly delimiter: string;
  private readonly source: string;
  private field = '';
  private fields: string[] = [];
  private inQuotes = false;
  private quoteClosed = false;
  private line = 1;
  private col = 0;
  private recordLine = 1;
  private quoteLine = 1;
  private quoteCol = 0;
  private started = false;
  private pendingCr = false;

  constructor(options: CsvOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.source = options.source ?? 'input';
  }

  private fail(message: string, line = this.line, col = this.col): never {
    throw new LensError('invalid', `${this.source}: line ${line}, column ${col}: ${message}`, {
      file: this.source,
      line: String(line),
      column: String(col),
    });
  }

  push(chunk: string, out: CsvRecord[] = []): CsvRecord[] {
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < chunk.length; i++) {
      const ch = chunk[i] as string;
      if (this.pendingCr) {
        this.pendingCr = false;
        if (ch === '\n') continue;
      }
      this.col += 1;
      if (this.inQuotes) {
        if (ch === '"') {
          this.inQuotes = false;
          this.quoteClosed = true;
        } else {
          if (ch === '\n') {
            this.line += 1;
            this.col = 0;
          }
          this.field += ch;
        }
        continue;
      }
      if (ch === '"') {
        if (this.quoteClosed) {
          this.field += '"';
          this.inQuotes = true;
          this.quoteClosed = false;
        } else if (this.field.length === 0) {
          this.inQuotes = true;
          this.quoteLine = this.line;
          this.quoteCol = this.col;
        } else {
          this.fail('a quote inside an unquoted field');
        }
      } else if (ch === this.delimiter) {
        this.fields.push(this.field);
        this.field = '';
        this.quoteClosed = false;
      } else if (ch === '\n' || ch === '\r') {
        this.fields.push(this.field);
        out.push({ fields: this.fields, line: this.recordLine });
        this.fields = [];
        this.field = '';
        this.quoteClosed = false;
        this.line += 1;
        this.col = 0;
        this.recordLine = this.line;
        if (ch === '\r') this.pendingCr = true;
      } else if (this.quoteClosed) {
        this.fail('text after a closing quote');
      } else {
        this.field += ch;
      }
    }
    return out;
  }

  end(out: CsvRecord[] = []): CsvRecord[] {
    if (this.inQuotes)
      this.fail('a quoted field is never closed (truncated file?)', this.quoteLine, this.quoteCol);
    if (this.field.length > 0 || this.fields.length > 0 || this.quoteClosed) {
      this.fields.push(this.field);
      out.push({ fields: this.fields, line: this.recordLine });
    }
    this.fields = [];
    this.field = '';
    return out;
  }
}

/** Parses a whole text at once; for small files and tests. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvRecord[] {
  const p = new CsvParser(options);
  const out = p.push(text);
  return p.end(out);
}
