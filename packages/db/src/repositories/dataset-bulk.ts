import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import {
  BATCH_NUMBERS,
  BATCH_TEXTS,
  BatchNumber as N,
  BatchText as T,
  type CountryYearValue,
  type EventBatch,
} from '@lens/core';
import { copyText } from '../pg-copy';

// Bulk writes of values and events: SQLite's prepared statement and PostgreSQL's COPY lines.

/** ACLED writes associated actors as one field joined by '; '; stored the same way. */
export const joinAssoc = (a: readonly string[] | undefined): string | null =>
  a && a.length > 0 ? a.join('; ') : null;
export const splitAssoc = (s: string | null): string[] =>
  s ? s.split('; ').filter((x) => x.length > 0) : [];

/**
 * SQLite bulk writes: one prepared statement run per row inside the import's transaction, which
 * better-sqlite3 executes several times faster than multi-row INSERTs built by the query builder.
 * The caller holds the single connection (Kysely's transaction), so these run inside it (ADR 8).
 */
export class SqliteBulk {
  private insertValue: Statement | undefined;
  private insertEvent: Statement | undefined;

  // Statements are prepared on first use: the store exists before migrations create the tables.
  constructor(private readonly db: SqliteDatabase) {}

  values(datasetId: number, values: readonly CountryYearValue[]): Promise<void> {
    const stmt = (this.insertValue ??= this.db.prepare(
      'insert into country_year_values (dataset_id, iso3, year, variable, value) values (?, ?, ?, ?, ?)',
    ));
    for (const v of values) stmt.run(datasetId, v.iso3, v.year, v.variable, v.value);
    return Promise.resolve();
  }

  /** Events bound straight from a batch's columns. */
  eventBatch(datasetId: number, b: EventBatch): Promise<void> {
    const stmt = this.eventStatement();
    const { numbers, texts, strings } = b;
    const text = (i: number): string | null => (i >= 0 ? strings[i]! : null);
    const num = (v: number): number | null => (Number.isNaN(v) ? null : v);
    for (let r = 0; r < b.count; r++) {
      const n = r * BATCH_NUMBERS;
      const t = r * BATCH_TEXTS;
      stmt.run(
        datasetId,
        text(texts[t + T.sourceId]!),
        text(texts[t + T.dateStart]!),
        text(texts[t + T.dateEnd]!),
        num(numbers[n + N.datePrecision]!),
        numbers[n + N.year]!,
        text(texts[t + T.iso3]!),
        text(texts[t + T.admin1]!),
        num(numbers[n + N.latitude]!),
        num(numbers[n + N.longitude]!),
        num(numbers[n + N.geoPrecision]!),
        text(texts[t + T.violenceType]!),
        text(texts[t + T.actorA]!),
        text(texts[t + T.actorB]!),
        num(numbers[n + N.deathsBest]!),
        num(numbers[n + N.deathsLow]!),
        num(numbers[n + N.deathsHigh]!),
        num(numbers[n + N.deathsCivilians]!),
        numbers[n + N.civilianTargeting]!,
        text(texts[t + T.description]!),
        text(texts[t + T.admin1Code]!),
        batchAssoc(b, t + T.associatedA),
        batchAssoc(b, t + T.associatedB),
      );
    }
    return Promise.resolve();
  }

  private eventStatement(): Statement {
    return (this.insertEvent ??= this.db.prepare(
      `insert into events (dataset_id, source_id, date_start, date_end, date_precision, year, iso3, admin1, latitude, longitude,
        geo_precision, violence_type, actor_a, actor_b, deaths_best, deaths_low, deaths_high, deaths_civilians, civilian_targeting, description,
        admin1_code, assoc_a, assoc_b)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ));
  }
}

/** From this many expected events up, a SQLite load builds the country index afterwards. */
export const BULK_EVENTS = 100_000;

export const EVENT_COLUMNS = [
  'dataset_id',
  'source_id',
  'date_start',
  'date_end',
  'date_precision',
  'year',
  'iso3',
  'admin1',
  'latitude',
  'longitude',
  'geo_precision',
  'violence_type',
  'actor_a',
  'actor_b',
  'deaths_best',
  'deaths_low',
  'deaths_high',
  'deaths_civilians',
  'civilian_targeting',
  'description',
  'admin1_code',
  'assoc_a',
  'assoc_b',
];

/** A batch's list of associated actors (JSON there) as the events table keeps it. */
function batchAssoc(b: EventBatch, slot: number): string | null {
  const i = b.texts[slot]!;
  return i >= 0 ? joinAssoc(JSON.parse(b.strings[i]!) as string[]) : null;
}

/** One event of a batch as a line of COPY's text format, in EVENT_COLUMNS order. */
export function batchCopyLine(datasetId: number, b: EventBatch, r: number): string {
  const n = r * BATCH_NUMBERS;
  const t = r * BATCH_TEXTS;
  const text = (slot: number) => {
    const i = b.texts[t + slot]!;
    return i >= 0 ? copyText(b.strings[i]) : '\\N';
  };
  const num = (slot: number) => copyText(b.numbers[n + slot]);
  return (
    `${datasetId}\t${text(T.sourceId)}\t${text(T.dateStart)}\t${text(T.dateEnd)}\t` +
    `${num(N.datePrecision)}\t${num(N.year)}\t${text(T.iso3)}\t${text(T.admin1)}\t` +
    `${num(N.latitude)}\t${num(N.longitude)}\t${num(N.geoPrecision)}\t${text(T.violenceType)}\t` +
    `${text(T.actorA)}\t${text(T.actorB)}\t${num(N.deathsBest)}\t${num(N.deathsLow)}\t` +
    `${num(N.deathsHigh)}\t${num(N.deathsCivilians)}\t${num(N.civilianTargeting)}\t` +
    `${text(T.description)}\t${text(T.admin1Code)}\t${copyText(batchAssoc(b, t + T.associatedA))}\t` +
    copyText(batchAssoc(b, t + T.associatedB))
  );
}
