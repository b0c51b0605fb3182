import { sql, type Kysely, type Selectable } from 'kysely';
import { batchEvents, eventBatch, type EventBatch } from '@lens/core';
import type {
  BulkEvents,
  CountryYearValue,
  Dataset,
  DatasetKind,
  DatasetRepository,
  EventRecord,
  NewDataset,
} from '@lens/core';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { Database, DatasetsTable, EventsTable } from '../schema';
import { copyText, type OpenCopy, type PgCopy } from '../pg-copy';
import {
  BULK_EVENTS,
  EVENT_COLUMNS,
  SqliteBulk,
  batchCopyLine,
  joinAssoc,
  splitAssoc,
} from './dataset-bulk';

const NO_BULK: BulkEvents = { finish: () => Promise.resolve(), abort: () => undefined };

function toDataset(r: Selectable<DatasetsTable>): Dataset {
  return {
    id: r.id,
    kind: r.kind as DatasetKind,
    source: r.source,
    version: r.version,
    licence: r.licence,
    fileName: r.file_name,
    sha256: r.sha256,
    rows: r.row_count,
    importerVersion: r.importer_version,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    notes: JSON.parse(r.notes) as string[],
    feedId: r.feed_id,
  };
}

/** A stored event row as core reads it. */
export function toEvent(
  r: Selectable<EventsTable>,
): EventRecord & { id: number; datasetId: number } {
  return {
    id: r.id,
    datasetId: r.dataset_id,
    sourceId: r.source_id,
    dateStart: r.date_start,
    dateEnd: r.date_end,
    datePrecision: r.date_precision,
    year: r.year,
    iso3: r.iso3,
    admin1: r.admin1,
    admin1Code: r.admin1_code,
    latitude: r.latitude,
    longitude: r.longitude,
    geoPrecision: r.geo_precision,
    violenceType: r.violence_type,
    actorA: r.actor_a,
    actorB: r.actor_b,
    deathsBest: r.deaths_best,
    deathsLow: r.deaths_low,
    deathsHigh: r.deaths_high,
    deathsCivilians: r.deaths_civilians,
    civilianTargeting: r.civilian_targeting === 1,
    description: r.description,
    associatedA: splitAssoc(r.assoc_a),
    associatedB: splitAssoc(r.assoc_b),
  };
}

export class KyselyDatasetRepository implements DatasetRepository {
  private readonly bulk: SqliteBulk | undefined;
  /** PostgreSQL, between prepareBulkEvents and its finish: the COPY the batches go into. */
  private longCopy: { datasetId: number | undefined; copy: OpenCopy | undefined } | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    sqlite?: SqliteDatabase,
    private readonly pgCopy?: PgCopy,
  ) {
    this.bulk = sqlite && new SqliteBulk(sqlite);
  }

  async findByHash(kind: DatasetKind, sha256: string): Promise<Dataset | undefined> {
    const r = await this.db
      .selectFrom('datasets')
      .selectAll()
      .where('kind', '=', kind)
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    return r && toDataset(r);
  }

  async create(d: NewDataset): Promise<number> {
    const { id } = await this.db
      .insertInto('datasets')
      .values({
        kind: d.kind,
        source: d.source,
        version: d.version,
        licence: d.licence,
        file_name: d.fileName,
        sha256: d.sha256,
        importer_version: d.importerVersion,
        imported_at: d.importedAt,
        imported_by: d.importedBy,
        feed_id: d.feedId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  async insertValues(datasetId: number, values: readonly CountryYearValue[]): Promise<void> {
    if (this.bulk) return this.bulk.values(datasetId, values);
    // An events COPY still open holds the connection: end it (a later batch opens another).
    const open = this.longCopy?.copy;
    if (open) {
      this.longCopy!.copy = undefined;
      await open.end();
    }
    // PostgreSQL: COPY on the transaction's connection (issue 17).
    if (values.length === 0) return;
    if (this.pgCopy)
      return this.pgCopy.copyText(
        this.db,
        'country_year_values',
        ['dataset_id', 'iso3', 'year', 'variable', 'value'],
        values
          .map(
            (v) =>
              `${datasetId}\t${copyText(v.iso3)}\t${v.year}\t${copyText(v.variable)}\t${copyText(v.value)}\n`,
          )
          .join(''),
      );
    await sql`insert into country_year_values (dataset_id, iso3, year, variable, value)
      select ${datasetId}, * from unnest(
        ${values.map((v) => v.iso3)}::varchar[], ${values.map((v) => v.year)}::int[],
        ${values.map((v) => v.variable)}::varchar[], ${values.map((v) => v.value)}::float8[])`.execute(
      this.db,
    );
  }

  async insertEvents(datasetId: number, events: readonly EventRecord[]): Promise<void> {
    // One write path for objects and columns: a batch of a few thousand packs in a millisecond.
    if (this.bulk || this.pgCopy) return this.insertEventBatch(datasetId, eventBatch(events));
    if (events.length === 0) return;
    const col = <T>(f: (e: EventRecord) => T) => events.map(f);
    await sql`insert into events (dataset_id, source_id, date_start, date_end, date_precision, year,
        iso3, admin1, latitude, longitude, geo_precision, violence_type, actor_a, actor_b,
        deaths_best, deaths_low, deaths_high, deaths_civilians, civilian_targeting, description,
        admin1_code, assoc_a, assoc_b)
      select ${datasetId}, * from unnest(
        ${col((e) => e.sourceId)}::varchar[], ${col((e) => e.dateStart)}::varchar[],
        ${col((e) => e.dateEnd)}::varchar[], ${col((e) => e.datePrecision)}::int[],
        ${col((e) => e.year)}::int[], ${col((e) => e.iso3)}::varchar[], ${col((e) => e.admin1)}::text[],
        ${col((e) => e.latitude)}::float8[], ${col((e) => e.longitude)}::float8[],
        ${col((e) => e.geoPrecision)}::int[], ${col((e) => e.violenceType)}::text[],
        ${col((e) => e.actorA)}::text[], ${col((e) => e.actorB)}::text[],
        ${col((e) => e.deathsBest)}::int[], ${col((e) => e.deathsLow)}::int[],
        ${col((e) => e.deathsHigh)}::int[], ${col((e) => e.deathsCivilians)}::int[],
        ${col((e) => (e.civilianTargeting ? 1 : 0))}::int[], ${col((e) => e.description)}::text[],
        ${col((e) => e.admin1Code ?? null)}::varchar[], ${col((e) => joinAssoc(e.associatedA))}::text[],
        ${col((e) => joinAssoc(e.associatedB))}::text[])`.execute(this.db);
  }

  async insertEventBatch(datasetId: number, batch: EventBatch): Promise<void> {
    if (this.bulk) return this.bulk.eventBatch(datasetId, batch);
    if (batch.count === 0) return;
    if (this.pgCopy) {
      let text = '';
      for (let r = 0; r < batch.count; r++) text += batchCopyLine(datasetId, batch, r) + '\n';
      const long = this.longCopy;
      if (!long) return this.pgCopy.copyText(this.db, 'events', EVENT_COLUMNS, text);
      if (long.datasetId !== undefined && long.datasetId !== datasetId)
        throw new Error('one bulk load writes one dataset');
      long.datasetId = datasetId;
      long.copy ??= await this.pgCopy.open(this.db, 'events', EVENT_COLUMNS);
      return long.copy.write(text);
    }
    return this.insertEvents(datasetId, batchEvents(batch));
  }

  async prepareBulkEvents(expectedEvents: number): Promise<BulkEvents> {
    if (expectedEvents < BULK_EVENTS) return NO_BULK;
    // PostgreSQL keeps its indexes (dropping one would lock the table against every reader for
    // the whole import; COPY maintains them in the server's process) and writes every batch into
    // one COPY: a COPY per batch cost two round trips, and each thread waited on the other.
    if (this.pgCopy) {
      this.longCopy = { datasetId: undefined, copy: undefined };
      return {
        finish: async () => {
          const open = this.longCopy?.copy;
          this.longCopy = undefined;
          await open?.end();
        },
        abort: () => {
          this.longCopy?.copy?.abort();
          this.longCopy = undefined;
        },
      };
    }
    // SQLite: the (country, date) index takes most of each event's insert once the table outgrows
    // the page cache (about 14 µs a row at a million rows, against 4 µs without it); building it
    // after the load is a sort. Worth it when the load is large beside what is already stored.
    if (!this.bulk) return NO_BULK;
    const { n } = await sql<{ n: number }>`select coalesce(max(id), 0) as n from events`
      .execute(this.db)
      .then((r) => r.rows[0]!);
    if (expectedEvents * 2 < n) return NO_BULK;
    await sql`drop index if exists events_country_date`.execute(this.db);
    // Rows are appended, so a small page cache loses nothing and keeps the import's memory low
    // (measured: 16 MiB as fast as 64 MiB for a million events, index build included).
    const cache = await sql<{ cache_size: number }>`pragma cache_size`.execute(this.db);
    await sql`pragma cache_size = -16384`.execute(this.db);
    return {
      finish: async () => {
        await sql`create index events_country_date on events (iso3, date_start)`.execute(this.db);
        await sql
          .raw(`pragma cache_size = ${Number(cache.rows[0]?.cache_size ?? -65536)}`)
          .execute(this.db);
      },
      // A rollback puts the index back.
      abort: () => undefined,
    };
  }

  async complete(datasetId: number, rows: number, notes: readonly string[]): Promise<void> {
    await this.db
      .updateTable('datasets')
      .set({ row_count: rows, notes: JSON.stringify(notes) })
      .where('id', '=', datasetId)
      .execute();
  }

  async list(): Promise<Dataset[]> {
    return (
      await this.db.selectFrom('datasets').selectAll().orderBy('kind').orderBy('id').execute()
    ).map(toDataset);
  }

  async get(id: number): Promise<Dataset | undefined> {
    const r = await this.db
      .selectFrom('datasets')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toDataset(r);
  }

  async countValues(datasetId: number): Promise<number> {
    const r = await this.db
      .selectFrom('country_year_values')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('dataset_id', '=', datasetId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async latest(kind: DatasetKind): Promise<Dataset | undefined> {
    const r = await this.db
      .selectFrom('datasets')
      .selectAll()
      .where('kind', '=', kind)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return r && toDataset(r);
  }

  async allValues(datasetId: number): Promise<CountryYearValue[]> {
    return this.db
      .selectFrom('country_year_values')
      .select(['iso3', 'year', 'variable', 'value'])
      .where('dataset_id', '=', datasetId)
      .execute();
  }

  async variableValues(
    datasetId: number,
    variable: string,
  ): Promise<Array<{ iso3: string; year: number; value: number | null }>> {
    return this.db
      .selectFrom('country_year_values')
      .select(['iso3', 'year', 'value'])
      .where('dataset_id', '=', datasetId)
      .where('variable', '=', variable)
      .execute();
  }

  async eventDatasetsOf(iso3: string): Promise<number[]> {
    const rows = await this.db
      .selectFrom('events')
      .select('dataset_id')
      .distinct()
      .where('iso3', '=', iso3)
      .execute();
    return rows.map((r) => r.dataset_id).sort((a, b) => a - b);
  }

  async eventSpan(datasetId: number): Promise<{ first: string; last: string } | undefined> {
    const r = await this.db
      .selectFrom('events')
      .select((eb) => [eb.fn.min('date_start').as('first'), eb.fn.max('date_start').as('last')])
      .where('dataset_id', '=', datasetId)
      .executeTakeFirst();
    return r?.first && r.last ? { first: String(r.first), last: String(r.last) } : undefined;
  }

  async eventCountries(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('events')
      .select('iso3')
      .distinct()
      .orderBy('iso3')
      .execute();
    return rows.map((r) => r.iso3);
  }

  async listEvents(q: {
    iso3?: string;
    from?: string;
    to?: string;
    limit: number;
  }): Promise<Array<EventRecord & { id: number; datasetId: number }>> {
    // Only current rows: a revised or deleted event's earlier rows stay for its history (issue 17).
    let s = this.db.selectFrom('events').selectAll().where('superseded_at', 'is', null);
    if (q.iso3) s = s.where('iso3', '=', q.iso3);
    if (q.from) s = s.where('date_start', '>=', q.from);
    if (q.to) s = s.where('date_start', '<=', `${q.to}~`);
    const rows = await s
      .orderBy('date_start', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit)
      .execute();
    return rows.map(toEvent);
  }

  async countEvents(datasetId: number): Promise<number> {
    const r = await this.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('dataset_id', '=', datasetId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
