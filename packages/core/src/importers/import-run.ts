import type { Country } from '../domain/country';
import { createCountryResolver } from '../domain/country-resolver';
import type { CountryYearValue, DatasetKind, EventRecord } from '../domain/dataset';
import { LensError } from '../domain/errors';
import { EventBatchBuilder, type EventBatch } from '../domain/event-batch';
import type { CsvRecord } from '../formats/csv';
import {
  Header,
  type ImportContext,
  type ImporterSpec,
  type RowHandler,
  type RowSink,
} from './importer';
import { IMPORTERS } from './index';

const UNMATCHED_LISTED = 50;
/** An id written as a whole number without leading zeros, exactly representable. */
const WHOLE = /^(?:0|[1-9]\d{0,14})$/;
/** Ids below this are bits (a bitmap of at most 16 MB); GDELT's (over a billion) are not. */
const BITS_BELOW = 2 ** 27;

/**
 * The event ids of a file, to refuse a second row with the same one. A million ids held as
 * strings in a Set cost a parsing worker tens of megabytes and a second of garbage collection;
 * whole-number ids (UCDP's) are bits in a growing bitmap, other ids go in a Set (as numbers
 * when they are whole numbers).
 */
class IdSet {
  private bits = new Uint8Array(1 << 16);
  private readonly others = new Set<string | number>();

  /** Adds an id; false when it was already there. */
  add(id: string): boolean {
    const whole = WHOLE.test(id);
    const n = whole ? Number(id) : BITS_BELOW;
    if (n >= BITS_BELOW) {
      const key = whole ? n : id;
      if (this.others.has(key)) return false;
      this.others.add(key);
      return true;
    }
    const byte = n >>> 3;
    if (byte >= this.bits.length) {
      let size = this.bits.length;
      while (size <= byte) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bits);
      this.bits = grown;
    }
    const bit = 1 << (n & 7);
    if ((this.bits[byte]! & bit) !== 0) return false;
    this.bits[byte]! |= bit;
    return true;
  }
}

/** What a run produced since the last call: values and events ready to store. */
export interface RunOutput {
  readonly values: CountryYearValue[];
  readonly events: EventRecord[];
}

/** The importer for a kind, or a clear refusal. */
export function importerFor(kind: DatasetKind): ImporterSpec {
  const spec = IMPORTERS[kind];
  if (!spec)
    throw new LensError(
      'invalid',
      kind === 'features'
        ? 'Feature tables are built from stored datasets with `lens features build`, not imported'
        : `Importing "${kind}" is not supported yet`,
    );
  return spec;
}

/**
 * One file going through its importer: header checks, the importer's rows, duplicate keys and
 * unmatched countries. Pure and synchronous: it is fed whole parser batches, with no await per
 * record. Errors are LensErrors naming the file, line and column.
 */
export class ImportRun {
  readonly spec: ImporterSpec;
  private readonly ctx: ImportContext;
  private readonly unmatched = new Map<string, { rows: number; from: number; to: number }>();
  private readonly extraNotes: string[] = [];
  private header: Header | undefined;
  private handler: RowHandler | undefined;
  private finishHandler: ((sink: RowSink) => void) | undefined;
  private ended = false;
  private width = 0;
  private currentLine = 0;
  private readonly valueKeys = new Set<string>();
  /** Ids seen: small whole numbers (UCDP's, the usual case) as bits, others in a set. */
  private readonly eventIds = new IdSet();
  private values: CountryYearValue[] = [];
  private events: EventRecord[] = [];
  /** Set by `collectBatches`: events are packed as they come instead of kept as objects. */
  private batch: EventBatchBuilder | undefined;
  private readonly sink: RowSink;
  /** Rows read (not counting the header). */
  rows = 0;
  /** The dataset's version once known: the caller's, the importer's reading, or 'unversioned'. */
  version: string | undefined;

  constructor(
    readonly kind: DatasetKind,
    readonly fileName: string,
    countries: readonly Country[],
    private readonly requestedVersion?: string,
  ) {
    this.spec = importerFor(kind);
    if (countries.length === 0)
      throw new LensError('invalid', 'The country table is empty: run `lens data load` first');
    const resolver = createCountryResolver(countries);
    const unmatched = this.unmatched;
    const extraNotes = this.extraNotes;
    this.ctx = {
      resolver,
      unmatched(name, year) {
        const u = unmatched.get(name) ?? { rows: 0, from: year, to: year };
        u.rows += 1;
        u.from = Math.min(u.from, year);
        u.to = Math.max(u.to, year);
        unmatched.set(name, u);
      },
      note(text) {
        extraNotes.push(text);
      },
      fail: (line, column, message) => {
        throw new LensError('invalid', `${fileName}: line ${line}, column ${column}: ${message}`, {
          file: fileName,
          line: String(line),
          column: String(column),
        });
      },
    };
    this.sink = {
      value: (v) => {
        const key = `${v.iso3}|${v.year}|${v.variable}`;
        if (this.valueKeys.has(key))
          this.ctx.fail(
            this.currentLine,
            1,
            `a second value of ${v.variable} for ${v.iso3} in ${v.year} (duplicate key)`,
          );
        this.valueKeys.add(key);
        this.values.push(v);
      },
      event: (e) => {
        if (!this.eventIds.add(e.sourceId))
          this.ctx.fail(this.currentLine, 1, `event id ${e.sourceId} appears twice`);
        if (this.batch) this.batch.add(e);
        else this.events.push(e);
      },
    };
  }

  private start(first: CsvRecord | undefined): void {
    const { spec, ctx } = this;
    const header = this.header!;
    const missing = spec.requiredColumns.filter((c) => !header.has(c));
    if (missing.length > 0)
      ctx.fail(
        1,
        1,
        `the header lacks ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')} (is this a ${this.kind} file?)`,
      );
    if (spec.headerless && !first) ctx.fail(1, 1, 'the file is empty');
    this.version =
      this.requestedVersion ?? spec.versionFrom?.(this.fileName, header, first) ?? 'unversioned';
    const handler = spec.start(header, ctx);
    this.handler = typeof handler === 'function' ? handler : handler.row;
    if (typeof handler !== 'function') this.finishHandler = (s) => handler.finish(s);
    this.width = header.names.length;
  }

  private take(): RunOutput {
    const out = { values: this.values, events: this.events };
    this.values = [];
    this.events = [];
    return out;
  }

  /** From now on events are packed into batches (`takeBatch`), not returned as objects. */
  collectBatches(): void {
    this.batch ??= new EventBatchBuilder();
  }

  /** Events packed since the last call (after `collectBatches`). */
  get batchedEvents(): number {
    return this.batch?.count ?? 0;
  }

  takeBatch(): EventBatch {
    if (!this.batch) throw new Error('collectBatches() was not called');
    return this.batch.take();
  }

  /**
   * Given the file's first record (its header), the positions of the columns this importer reads,
   * for a parser to make only those into strings; undefined when it may read any.
   */
  columnsRead(header: readonly string[]): number[] | undefined {
    const only = this.spec.readsOnly;
    if (!only || this.spec.headerless) return undefined;
    const h = new Header(header);
    return only.filter((c) => h.has(c)).map((c) => h.index(c));
  }

  /** Feeds parsed records in file order; returns what they produced. */
  push(records: readonly CsvRecord[]): RunOutput {
    let i = 0;
    if (!this.header && records.length > 0) {
      // A headerless format (GDELT 2.0) names its columns in the importer; its first line is data.
      if (this.spec.headerless) this.header = new Header(this.spec.headerless);
      else {
        const fields = records[i++]!.fields;
        if (fields.length === 1 && fields[0] === '') this.ctx.fail(1, 1, 'the file is empty');
        this.header = new Header(fields);
      }
    }
    if (!this.handler && this.header) {
      if (i >= records.length) return this.take();
      this.start(records[i]);
    }
    const row = this.handler;
    if (!row) return this.take();
    const width = this.width;
    for (; i < records.length && !this.ended; i++) {
      const r = records[i]!;
      this.currentLine = r.line;
      if (r.fields.length === 1 && r.fields[0] === '') continue;
      if (r.fields.length !== width && !this.spec.raggedRows)
        this.ctx.fail(
          r.line,
          Math.min(r.fields.length, width) + 1,
          `expected ${width} fields as in the header, found ${r.fields.length}`,
        );
      if (row(r, this.sink) === 'end') {
        this.ended = true;
        break;
      }
      this.rows += 1;
    }
    return this.take();
  }

  /** After the last record: what an aggregating importer emits, and the dataset's notes. */
  end(): RunOutput & { rows: number; version: string; notes: string[] } {
    if (!this.header && !this.spec.headerless) this.ctx.fail(1, 1, 'the file is empty');
    this.header ??= new Header(this.spec.headerless ?? []);
    if (!this.handler) this.start(undefined);
    this.finishHandler?.(this.sink);
    const notes = [...this.unmatched.entries()]
      .sort((a, b) => b[1].rows - a[1].rows)
      .map(
        ([name, u]) =>
          `not matched to a country: ${name}, ${u.rows} entries, ${u.from === u.to ? u.from : `${u.from}-${u.to}`}`,
      );
    const kept =
      notes.length > UNMATCHED_LISTED
        ? [
            ...notes.slice(0, UNMATCHED_LISTED),
            `... and ${notes.length - UNMATCHED_LISTED} more unmatched names`,
          ]
        : notes;
    return {
      ...this.take(),
      rows: this.rows,
      version: this.version ?? 'unversioned',
      notes: [...this.extraNotes, ...kept],
    };
  }

  /** The importer has seen the end of its table; the rest of the file is not read. */
  get finished(): boolean {
    return this.ended;
  }

  /** Counts of unmatched names, for the audit entry. */
  get unmatchedNames(): number {
    return this.unmatched.size;
  }
}
