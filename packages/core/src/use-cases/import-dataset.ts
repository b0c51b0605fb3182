import { admin1Placer } from '../domain/report';
import type { CountryYearValue, Dataset, DatasetKind, EventRecord } from '../domain/dataset';
import {
  BatchNumber,
  BatchText,
  batchEvents,
  batchNumber,
  batchText,
  eventBatch,
  setBatchAdmin1Code,
  type EventBatch,
} from '../domain/event-batch';
import type { CsvRecord } from '../formats/csv';
import { ImportRun, importerFor, type RunOutput } from '../importers/import-run';
import type { Progress } from './load-reference-data';
import type { UseCaseDeps } from './context';
import type { BulkEvents } from '../ports/datasets';
import { afterCommit } from './refresh';

/** A piece of an import: values and events, the version once known, and at the end a summary. */
export interface ImportChunk extends RunOutput {
  readonly version?: string | undefined;
  /** Events as columns (from a parsing worker), besides or instead of `events`. */
  readonly batch?: EventBatch;
  readonly final?: {
    readonly rows: number;
    readonly version: string;
    readonly notes: readonly string[];
    readonly unmatchedNames: number;
  };
}

export interface ImportInput {
  readonly kind: DatasetKind;
  readonly fileName: string;
  /** sha256 of the file's bytes, computed by the caller before parsing. */
  readonly sha256: string;
  readonly version?: string | undefined;
  /** The file's records in order, in batches, from the streaming parser. */
  readonly records?: AsyncIterable<CsvRecord[]>;
  /** Or the importer's output already (a parsing worker ran the importer): what to store. */
  readonly chunks?: AsyncIterable<ImportChunk>;
  readonly actor: string;
  readonly progress?: Progress;
  /** About how many events the file holds (from its size), so a large load can be prepared. */
  readonly expectedEvents?: number;
}

export interface ImportResult {
  readonly status: 'imported' | 'unchanged';
  readonly dataset: Dataset;
  readonly values: number;
  readonly events: number;
}

const BATCH = 2000;

/** Runs parsed records through a kind's importer in this thread. */
export async function* runImporter(
  run: ImportRun,
  records: AsyncIterable<CsvRecord[]>,
): AsyncGenerator<ImportChunk> {
  for await (const batch of records) {
    yield { ...run.push(batch), version: run.version };
    // The importer saw the end of its table (a DataBank export's notes follow): stop reading, so
    // a syntax error in the notes is never raised.
    if (run.finished) break;
  }
  const end = run.end();
  yield {
    values: end.values,
    events: end.events,
    final: {
      rows: end.rows,
      version: end.version,
      notes: end.notes,
      unmatchedNames: run.unmatchedNames,
    },
  };
}

/**
 * Imports one file as a new dataset version, all or nothing: the dataset row, its values or
 * events and its audit entry are written in one transaction, so a bad row anywhere (named by
 * file, line and column) leaves the database as it was. The same file imported again (same kind
 * and sha256) changes nothing; a different file is kept beside the earlier versions.
 */
export async function importDataset(deps: UseCaseDeps, input: ImportInput): Promise<ImportResult> {
  const spec = importerFor(input.kind);
  const existing = await deps.store.datasets.findByHash(input.kind, input.sha256);
  if (existing) {
    return {
      status: 'unchanged',
      dataset: existing,
      values: await deps.store.datasets.countValues(existing.id),
      events: await deps.store.datasets.countEvents(existing.id),
    };
  }
  const chunks =
    input.chunks ??
    runImporter(
      new ImportRun(input.kind, input.fileName, await deps.store.countries.list(), input.version),
      input.records ?? noRecords(),
    );
  const at = deps.clock.now().toISOString();
  const placer = eventPlacer(deps);

  const eventCountries = new Set<string>();
  const result = await deps.store.transaction(async (store) => {
    let datasetId: number | undefined;
    let bulk: BulkEvents | undefined;
    const create = async (version: string) =>
      (datasetId ??= await store.datasets.create({
        kind: input.kind,
        source: spec.source,
        version: input.version ?? version,
        licence: spec.licence,
        fileName: input.fileName,
        sha256: input.sha256,
        importerVersion: spec.importerVersion,
        importedAt: at,
        importedBy: input.actor,
      }));
    let values: CountryYearValue[] = [];
    let events: EventRecord[] = [];
    let valueCount = 0;
    let eventCount = 0;
    // One write in flight: the next batch is read and prepared while the database stores the one
    // before (PostgreSQL's COPY runs in the server's process; SQLite's writes return at once).
    let writing: Promise<void> | undefined;
    const written = async () => {
      const w = writing;
      writing = undefined;
      await w;
    };
    const flush = async (id: number, force: boolean) => {
      if (values.length >= BATCH || (force && values.length > 0)) {
        await written();
        await store.datasets.insertValues(id, values);
        valueCount += values.length;
        values = [];
      }
      if (events.length >= BATCH || (force && events.length > 0)) {
        // Events as objects (from this thread's importer) go the way a worker's batches go.
        const batch = eventBatch(events);
        events = [];
        await writeBatch(id, batch);
      }
    };
    // Places a batch's events and writes them, one write in flight.
    const writeBatch = async (id: number, b: EventBatch) => {
      if (input.expectedEvents && !bulk)
        bulk = await store.datasets.prepareBulkEvents(input.expectedEvents);
      for (let r = 0; r < b.count; r++) {
        const iso3 = batchText(b, r, BatchText.iso3)!;
        eventCountries.add(iso3);
        if (!placer) continue;
        const lat = batchNumber(b, r, BatchNumber.latitude);
        const lon = batchNumber(b, r, BatchNumber.longitude);
        if (lat !== null && lon !== null)
          setBatchAdmin1Code(b, r, placer(iso3, batchText(b, r, BatchText.admin1), lat, lon));
      }
      await written();
      writing = store.datasets.insertEventBatch(id, b);
      // Raised when awaited (at the next write or the end), not as an unhandled rejection.
      writing.catch(() => undefined);
      eventCount += b.count;
    };
    let final: ImportChunk['final'];
    let id: number;
    try {
      for await (const chunk of chunks) {
        if (chunk.values.length > 0)
          values = values.length === 0 ? chunk.values : values.concat(chunk.values);
        if (chunk.events.length > 0)
          events = events.length === 0 ? chunk.events : events.concat(chunk.events);
        const version = chunk.final?.version ?? chunk.version;
        if (chunk.batch && chunk.batch.count > 0) {
          if (version === undefined) events = events.concat(batchEvents(chunk.batch));
          else await writeBatch(await create(version), chunk.batch);
        }
        if (version !== undefined) await flush(await create(version), false);
        final = chunk.final ?? final;
      }
      if (!final) throw new Error('the import ended without its summary');
      id = await create(final.version);
      await flush(id, true);
      await written();
      await bulk?.finish();
    } catch (e) {
      // A COPY left open would hold the connection the rollback needs.
      bulk?.abort();
      throw e;
    }
    await store.datasets.complete(id, final.rows, final.notes);
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'dataset.import',
      recordType: 'dataset',
      recordId: String(id),
      detail: {
        kind: input.kind,
        version: input.version ?? final.version,
        file: input.fileName,
        sha256: input.sha256,
        rows: final.rows,
        values: valueCount,
        events: eventCount,
        unmatchedNames: final.unmatchedNames,
      },
    });
    const dataset = await store.datasets.get(id);
    if (!dataset) throw new Error('dataset vanished inside its own transaction');
    return { status: 'imported' as const, dataset, values: valueCount, events: eventCount };
  });
  // After the commit: the analyses that depend on these data follow (ADR 17).
  const what = `${input.kind} ${result.dataset.version} (${input.fileName}) imported`;
  await afterCommit(
    deps,
    result.events > 0
      ? { type: 'events', countries: [...eventCountries].sort(), what }
      : { type: 'values', kind: input.kind, what },
  );
  return result;
}

/**
 * Events with coordinates are placed in an admin-1 unit of their country: by the source's name
 * for it, else the polygon holding the point, else the nearest label point. Event files repeat
 * places (a town's events share its point and province): each is placed once. Undefined without
 * a gazetteer.
 */
export function eventPlacement(deps: UseCaseDeps): ((e: EventRecord) => EventRecord) | undefined {
  const placer = eventPlacer(deps);
  return placer && placeEvent(placer);
}

type Placer = (iso3: string, name: string | null, lat: number, lon: number) => string | null;

const placeEvent =
  (unitOf: Placer) =>
  (e: EventRecord): EventRecord =>
    e.latitude === null || e.longitude === null
      ? e
      : { ...e, admin1Code: unitOf(e.iso3, e.admin1, e.latitude, e.longitude) };

/** The admin-1 code of an event's country, source name and point; undefined without a gazetteer. */
function eventPlacer(deps: UseCaseDeps): Placer | undefined {
  const gazetteer = deps.gazetteer;
  const placer = gazetteer
    ? admin1Placer(
        (iso3) => gazetteer.admin1(iso3),
        gazetteer.locate ? (iso3, la, lo) => gazetteer.locate!(iso3, la, lo) : undefined,
      )
    : undefined;
  // A unit found by the source's name does not depend on the point: cached by country and name.
  // Otherwise by country and point. No more than 200,000 places are kept.
  const byName = new Map<string, Map<string, string | null>>();
  const byPoint = new Map<string, Map<string, string | null>>();
  let cached = 0;
  const remember = (m: Map<string, string | null>, key: string, code: string | null) => {
    if (cached < 200_000) {
      m.set(key, code);
      cached += 1;
    }
    return code;
  };
  const unitOf = (iso3: string, name: string | null, lat: number, lon: number): string | null => {
    if (name !== null) {
      let names = byName.get(iso3);
      if (!names) byName.set(iso3, (names = new Map<string, string | null>()));
      let code = names.get(name);
      if (code === undefined)
        code = remember(names, name, placer!(iso3, name, null, null)?.code ?? null);
      if (code !== null) return code;
    }
    let points = byPoint.get(iso3);
    if (!points) byPoint.set(iso3, (points = new Map<string, string | null>()));
    const key = `${lat},${lon}`;
    const code = points.get(key);
    return code !== undefined
      ? code
      : remember(points, key, placer!(iso3, null, lat, lon)?.code ?? null);
  };
  return gazetteer ? unitOf : undefined;
}

async function* noRecords(): AsyncGenerator<CsvRecord[]> {}
