import { LensError } from '../domain/errors';
import { createCountryResolver } from '../domain/country-resolver';
import type { CountryYearValue, Dataset, DatasetKind, EventRecord } from '../domain/dataset';
import type { CsvRecord } from '../formats/csv';
import { Header, IMPORTERS, type ImportContext, type RowSink } from '../importers/index';
import type { Progress } from './load-reference-data';
import type { UseCaseDeps } from './context';

export interface ImportInput {
  readonly kind: DatasetKind;
  readonly fileName: string;
  /** sha256 of the file's bytes, computed by the caller before parsing. */
  readonly sha256: string;
  readonly version?: string | undefined;
  /** The file's records in order, in batches, from the streaming parser. */
  readonly records: AsyncIterable<CsvRecord[]>;
  readonly actor: string;
  readonly progress?: Progress;
}

export interface ImportResult {
  readonly status: 'imported' | 'unchanged';
  readonly dataset: Dataset;
  readonly values: number;
  readonly events: number;
}

const BATCH = 2000;
const UNMATCHED_LISTED = 50;

/**
 * Imports one file as a new dataset version, all or nothing: the dataset row, its values or
 * events and its audit entry are written in one transaction, so a bad row anywhere (named by
 * file, line and column) leaves the database as it was. The same file imported again (same kind
 * and sha256) changes nothing; a different file is kept beside the earlier versions.
 */
export async function importDataset(deps: UseCaseDeps, input: ImportInput): Promise<ImportResult> {
  const spec = IMPORTERS[input.kind];
  if (!spec)
    throw new LensError(
      'invalid',
      input.kind === 'features'
        ? 'Feature tables are built from stored datasets with `lens features build`, not imported'
        : `Importing "${input.kind}" is not supported yet`,
    );
  const existing = await deps.store.datasets.findByHash(input.kind, input.sha256);
  if (existing) {
    return {
      status: 'unchanged',
      dataset: existing,
      values: await deps.store.datasets.countValues(existing.id),
      events: await deps.store.datasets.countEvents(existing.id),
    };
  }
  const countries = await deps.store.countries.list();
  if (countries.length === 0)
    throw new LensError('invalid', 'The country table is empty: run `lens data load` first');
  const resolver = createCountryResolver(countries);
  const unmatched = new Map<string, { rows: number; from: number; to: number }>();
  const extraNotes: string[] = [];
  const ctx: ImportContext = {
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
    fail(line, column, message) {
      throw new LensError(
        'invalid',
        `${input.fileName}: line ${line}, column ${column}: ${message}`,
        {
          file: input.fileName,
          line: String(line),
          column: String(column),
        },
      );
    },
  };
  const at = deps.clock.now().toISOString();

  return deps.store.transaction(async (store) => {
    const iterator = input.records[Symbol.asyncIterator]();
    let pending: CsvRecord[] = [];
    const next = async (): Promise<CsvRecord | undefined> => {
      while (pending.length === 0) {
        const r = await iterator.next();
        if (r.done) return undefined;
        pending = r.value;
      }
      return pending.shift();
    };
    // A headerless format (GDELT 2.0) names its columns in the importer; its first line is data.
    const headerRecord = spec.headerless ? undefined : await next();
    if (
      !spec.headerless &&
      (!headerRecord || (headerRecord.fields.length === 1 && headerRecord.fields[0] === ''))
    ) {
      ctx.fail(1, 1, 'the file is empty');
    }
    const header = new Header(spec.headerless ?? headerRecord?.fields ?? []);
    const missing = spec.requiredColumns.filter((c) => !header.has(c));
    if (missing.length > 0) {
      ctx.fail(
        1,
        1,
        `the header lacks ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')} (is this a ${input.kind} file?)`,
      );
    }
    const first = await next();
    if (spec.headerless && !first) ctx.fail(1, 1, 'the file is empty');
    const version =
      input.version ?? spec.versionFrom?.(input.fileName, header, first) ?? 'unversioned';
    const datasetId = await store.datasets.create({
      kind: input.kind,
      source: spec.source,
      version,
      licence: spec.licence,
      fileName: input.fileName,
      sha256: input.sha256,
      importerVersion: spec.importerVersion,
      importedAt: at,
      importedBy: input.actor,
    });

    let values: CountryYearValue[] = [];
    let events: EventRecord[] = [];
    let valueCount = 0;
    let eventCount = 0;
    let rows = 0;
    const valueKeys = new Set<string>();
    const eventIds = new Set<string>();
    let currentLine = 0;
    const sink: RowSink = {
      value(v) {
        const key = `${v.iso3}|${v.year}|${v.variable}`;
        if (valueKeys.has(key))
          ctx.fail(
            currentLine,
            1,
            `a second value of ${v.variable} for ${v.iso3} in ${v.year} (duplicate key)`,
          );
        valueKeys.add(key);
        values.push(v);
      },
      event(e) {
        if (eventIds.has(e.sourceId))
          ctx.fail(currentLine, 1, `event id ${e.sourceId} appears twice`);
        eventIds.add(e.sourceId);
        events.push(e);
      },
    };
    const flush = async (force: boolean) => {
      if (values.length >= BATCH || (force && values.length > 0)) {
        await store.datasets.insertValues(datasetId, values);
        valueCount += values.length;
        values = [];
      }
      if (events.length >= BATCH || (force && events.length > 0)) {
        await store.datasets.insertEvents(datasetId, events);
        eventCount += events.length;
        events = [];
      }
    };

    const handler = spec.start(header, ctx);
    const row = typeof handler === 'function' ? handler : handler.row;
    const width = header.names.length;
    for (let r = first; r; r = await next()) {
      currentLine = r.line;
      if (r.fields.length === 1 && r.fields[0] === '') continue;
      if (r.fields.length !== width && !spec.raggedRows) {
        ctx.fail(
          r.line,
          Math.min(r.fields.length, width) + 1,
          `expected ${width} fields as in the header, found ${r.fields.length}`,
        );
      }
      if (row(r, sink) === 'end') break;
      rows += 1;
      if (values.length >= BATCH || events.length >= BATCH) {
        await flush(false);
        input.progress?.(`importing ${input.fileName}`, rows);
      }
    }
    if (typeof handler !== 'function') handler.finish(sink);
    await flush(true);

    const notes = [...unmatched.entries()]
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
    await store.datasets.complete(datasetId, rows, [...extraNotes, ...kept]);
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'dataset.import',
      recordType: 'dataset',
      recordId: String(datasetId),
      detail: {
        kind: input.kind,
        version,
        file: input.fileName,
        sha256: input.sha256,
        rows,
        values: valueCount,
        events: eventCount,
        unmatchedNames: unmatched.size,
      },
    });
    const dataset = await store.datasets.get(datasetId);
    if (!dataset) throw new Error('dataset vanished inside its own transaction');
    return { status: 'imported' as const, dataset, values: valueCount, events: eventCount };
  });
}
