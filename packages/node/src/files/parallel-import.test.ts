import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import {
  LensError,
  eventBatch,
  importDataset,
  parseCsv,
  type EventRecord,
  type ImportChunk,
  type UseCaseDeps,
} from '@lens/core';
import { datasetCounts, describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { importFile } from './import-file';
import { loadGazetteer } from './gazetteer';

const GED = path.resolve(
  import.meta.dirname,
  '../../../../data/bundled/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv',
);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lens-parallel-'));

describeEachDatabase('imports parsed in a worker thread', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    // With the gazetteer, as the server and CLI import: events are placed in admin-1 units.
    deps = { ...(await importTestDeps(get())), gazetteer: loadGazetteer() };
  });
  const rowsOf = async (datasetId: number) =>
    (
      await get()
        .db.selectFrom('events')
        .selectAll()
        .where('dataset_id', '=', datasetId)
        .orderBy('source_id')
        .execute()
    ).map(({ id: _id, dataset_id: _d, ...r }) => r);

  it('stores exactly what the one-thread import stores', async () => {
    const one = await importFile(deps, {
      kind: 'ucdp-ged',
      file: GED,
      actor: 't',
      parallelAbove: Infinity,
    });
    // The same rows under another name (a new file hash), now parsed in the worker.
    const copy = path.join(tmp, 'GEDEvent_v24_1_copy.csv');
    writeFileSync(copy, readFileSync(GED, 'utf8').replace(/\r?\n$/, '\n\n'));
    const two = await importFile(deps, {
      kind: 'ucdp-ged',
      file: copy,
      actor: 't',
      parallelAbove: 0,
    });
    expect(two.status).toBe('imported');
    expect(two.events).toBe(one.events);
    expect(two.dataset.version).toBe(one.dataset.version);
    expect(two.dataset.notes).toEqual(one.dataset.notes);
    const rows = await rowsOf(two.dataset.id);
    expect(rows).toEqual(await rowsOf(one.dataset.id));
    // Placed in the worker's batches as in the one-thread import: Rakhine's events in MM-16.
    expect(rows.filter((r) => r.admin1_code !== null).length).toBeGreaterThan(rows.length * 0.9);
    expect(rows.find((r) => r.admin1 === 'Rakhine state')?.admin1_code).toBe('MM-16');
  });

  it('refuses a bad row deep in the file by line and column, and stores nothing', async () => {
    // The file rewritten one record a line, with the deaths of the record before the last 10 spoiled.
    const [header, ...rows] = parseCsv(readFileSync(GED, 'utf8'));
    const bestCol = header!.fields.indexOf('best') + 1;
    const spoilt = rows.length - 10;
    rows[spoilt]!.fields[bestCol - 1] = 'many';
    const bad = path.join(tmp, 'GEDEvent_bad.csv');
    writeFileSync(
      bad,
      [header!, ...rows]
        .map((r) =>
          r.fields.map((f) => `"${f.replace(/\s+/g, ' ').replace(/"/g, '""')}"`).join(','),
        )
        .join('\n') + '\n',
    );
    const line = spoilt + 2;
    const before = await datasetCounts(get());
    await expect(
      importFile(deps, { kind: 'ucdp-ged', file: bad, actor: 't', parallelAbove: 0 }),
    ).rejects.toThrow(
      new RegExp(
        `GEDEvent_bad\\.csv: line ${line}, column ${bestCol}: best must be a number, found "many"`,
      ),
    );
    expect(await datasetCounts(get())).toEqual(before);
  });

  it('leaves nothing when a large load fails half-way (its COPY abandoned, not waited on)', async () => {
    const event = (i: number): EventRecord => ({
      sourceId: `half-${i}`,
      dateStart: '2021-02-01',
      dateEnd: '2021-02-01',
      datePrecision: 1,
      year: 2021,
      iso3: 'MMR',
      admin1: null,
      latitude: null,
      longitude: null,
      geoPrecision: null,
      violenceType: 'one-sided',
      actorA: 'Military',
      actorB: 'Civilians',
      deathsBest: 1,
      deathsLow: null,
      deathsHigh: null,
      deathsCivilians: 1,
      civilianTargeting: true,
      description: null,
    });
    async function* chunks(): AsyncGenerator<ImportChunk> {
      yield { values: [], events: [], version: '1', batch: eventBatch([0, 1, 2].map(event)) };
      yield { values: [], events: [], version: '1', batch: eventBatch([3, 4].map(event)) };
      await new Promise((r) => setTimeout(r, 10));
      throw new LensError('invalid', 'big.csv: line 9000, column 3: a bad row far down');
    }
    const before = await datasetCounts(get());
    await expect(
      importDataset(deps, {
        kind: 'ucdp-ged',
        fileName: 'big.csv',
        sha256: '9'.repeat(64),
        chunks: chunks(),
        actor: 't',
        expectedEvents: 1_000_000,
      }),
    ).rejects.toThrow('line 9000, column 3');
    expect(await datasetCounts(get())).toEqual(before);
  });
});
