import type { EventBatch } from '../domain/event-batch';
import type { CountryYearValue, Dataset, DatasetKind, EventRecord } from '../domain/dataset';

/** A dataset as created at the start of its import; rows and notes are set when it completes. */
export type NewDataset = Omit<Dataset, 'id' | 'rows' | 'notes'>;

/** A large load under way; see DatasetRepository.prepareBulkEvents. */
export interface BulkEvents {
  finish(): Promise<void>;
  abort(): void;
}

export interface DatasetRepository {
  findByHash(kind: DatasetKind, sha256: string): Promise<Dataset | undefined>;
  create(input: NewDataset): Promise<number>;
  /** Bulk writes; called with batches of a few thousand rows inside the import's transaction. */
  insertValues(datasetId: number, values: readonly CountryYearValue[]): Promise<void>;
  insertEvents(datasetId: number, events: readonly EventRecord[]): Promise<void>;
  /** The same from columns (a parsing worker's output), without an object per event. */
  insertEventBatch(datasetId: number, batch: EventBatch): Promise<void>;
  /**
   * Inside the import's transaction, before a large load of about `expectedEvents` events: the
   * store may set aside what slows bulk writes (SQLite: a secondary index) or keep one stream
   * open for all of them (PostgreSQL: one COPY). Until `finish` (before the transaction commits)
   * or `abort` (when the import fails), only event writes may use this repository.
   */
  prepareBulkEvents(expectedEvents: number): Promise<BulkEvents>;
  complete(datasetId: number, rows: number, notes: readonly string[]): Promise<void>;
  list(): Promise<Dataset[]>;
  get(id: number): Promise<Dataset | undefined>;
  countValues(datasetId: number): Promise<number>;
  countEvents(datasetId: number): Promise<number>;
  /** Imported events of a country (or all), between two dates, newest first. */
  listEvents(q: {
    iso3?: string;
    from?: string;
    to?: string;
    limit: number;
  }): Promise<Array<EventRecord & { id: number; datasetId: number }>>;
  /** The countries that have stored events. */
  eventCountries(): Promise<string[]>;
  /** The datasets holding events of a country. */
  eventDatasetsOf(iso3: string): Promise<number[]>;
  /** A dataset's first and last event dates (what period it covers), or undefined with none. */
  eventSpan(datasetId: number): Promise<{ first: string; last: string } | undefined>;
  /** The most recently imported dataset of a kind. */
  latest(kind: DatasetKind): Promise<Dataset | undefined>;
  /** Every stored value of a dataset. */
  allValues(datasetId: number): Promise<CountryYearValue[]>;
  /** Every stored value of one variable of a dataset. */
  variableValues(
    datasetId: number,
    variable: string,
  ): Promise<Array<{ iso3: string; year: number; value: number | null }>>;
}
