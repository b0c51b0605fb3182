import { expect, it } from 'vitest';
import { eventBatch, setBatchAdmin1Code, type EventRecord } from '@lens/core';
import { sql } from 'kysely';
import { createStore } from './store';
import { describeEachDatabase } from './testing';
import { copyText } from './pg-copy';

const event = (id: string, description: string | null): EventRecord => ({
  sourceId: id,
  dateStart: '2024-03-01',
  dateEnd: '2024-03-02',
  datePrecision: 1,
  year: 2024,
  iso3: 'MMR',
  admin1: 'Rakhine\tState',
  latitude: 20.15,
  longitude: 92.9,
  geoPrecision: null,
  violenceType: 'one-sided',
  actorA: 'Tatmadaw',
  actorB: null,
  associatedA: ['A', 'B\\C'],
  associatedB: [],
  deathsBest: 12,
  deathsLow: null,
  deathsHigh: 20,
  deathsCivilians: 12,
  civilianTargeting: true,
  description,
});

it("escapes COPY's text format: null, backslash, tab, newline, carriage return", () => {
  expect(copyText(null)).toBe('\\N');
  expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  expect(copyText(Number.NaN)).toBe('\\N');
  expect(copyText(1.5)).toBe('1.5');
});

describeEachDatabase('bulk event writes (COPY on PostgreSQL)', (get) => {
  it('stores every field as given, awkward characters included, inside the transaction', async () => {
    const store = createStore(get());
    const nasty = 'line one\nline\ttwo \\N back\\slash\r\n"quoted"; ünïcödé ميانمار';
    await store.transaction(async (s) => {
      const id = await s.datasets.create({
        kind: 'ucdp-ged',
        source: 'test',
        version: '1',
        licence: 'test',
        fileName: 'copy.csv',
        sha256: 'f'.repeat(64),
        importerVersion: '1',
        importedAt: '2026-12-06T00:00:00Z',
        importedBy: 'test',
      });
      await s.datasets.insertEvents(id, [event('e1', nasty), event('e2', null)]);
    });
    const rows = await store.datasets.listEvents({ iso3: 'MMR', limit: 10 });
    const byId = new Map(rows.map((r) => [r.sourceId, r]));
    expect(byId.get('e1')).toMatchObject({ ...event('e1', nasty), admin1Code: null });
    expect(byId.get('e2')!.description).toBeNull();
    // A failing transaction leaves nothing of a COPY behind.
    await expect(
      store.transaction(async (s) => {
        const id = await s.datasets.create({
          kind: 'ucdp-ged',
          source: 'test',
          version: '2',
          licence: 'test',
          fileName: 'copy2.csv',
          sha256: 'e'.repeat(64),
          importerVersion: '1',
          importedAt: '2026-12-06T00:00:00Z',
          importedBy: 'test',
        });
        await s.datasets.insertEvents(id, [event('e3', 'x')]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await store.datasets.listEvents({ limit: 10 })).map((r) => r.sourceId).sort()).toEqual([
      'e1',
      'e2',
    ]);
  });

  const newDataset = (version: string, sha: string) => ({
    kind: 'ucdp-ged' as const,
    source: 'test',
    version,
    licence: 'test',
    fileName: `batch-${version}.csv`,
    sha256: sha.repeat(64),
    importerVersion: '1',
    importedAt: '2026-12-07T00:00:00Z',
    importedBy: 'test',
  });
  // SQLite: through the raw handle, the connection the transaction holds (a query through the
  // builder would wait for the transaction to end).
  const countryIndex = async () => {
    const conn = get();
    if (conn.sqlite)
      return Number(
        conn.sqlite
          .prepare(
            "select count(*) as n from sqlite_master where type = 'index' and name = 'events_country_date'",
          )
          .pluck()
          .get(),
      );
    const q = sql<{
      n: number;
    }>`select count(*)::int as n from pg_indexes where indexname = 'events_country_date'`;
    return Number((await q.execute(conn.db)).rows[0]!.n);
  };

  it('stores a batch of columns as it stores the same events, a large load indexed afterwards', async () => {
    const store = createStore(get());
    const nasty = 'tab\there, a back\\slash\nand a line; ميانمار';
    const events = [
      event('b1', nasty),
      { ...event('b2', null), latitude: null, longitude: null, associatedA: undefined },
      { ...event('b3', 'plain'), civilianTargeting: false, deathsBest: 0, iso3: 'CAF' },
    ];
    const batch = eventBatch(events);
    setBatchAdmin1Code(batch, 0, 'MM-16');
    const ids = await store.transaction(async (s) => {
      const one = await s.datasets.create(newDataset('b-objects', 'a'));
      await s.datasets.insertEvents(one, [
        { ...events[0]!, admin1Code: 'MM-16' },
        ...events.slice(1),
      ]);
      const two = await s.datasets.create(newDataset('b-batch', 'b'));
      const bulk = await s.datasets.prepareBulkEvents(1_000_000);
      // SQLite sets the country index aside for a load this large; PostgreSQL keeps it.
      expect(await countryIndex()).toBe(get().kind === 'sqlite' ? 0 : 1);
      await s.datasets.insertEventBatch(two, batch);
      await bulk.finish();
      expect(await countryIndex()).toBe(1);
      return [one, two];
    });
    const stored = async (datasetId: number) =>
      (await store.datasets.listEvents({ limit: 100 }))
        .filter((e) => e.datasetId === datasetId)
        .map(({ id: _id, datasetId: _d, ...e }) => e)
        .sort((a, b) => a.sourceId.localeCompare(b.sourceId));
    const [fromObjects, fromBatch] = [await stored(ids[0]!), await stored(ids[1]!)];
    expect(fromBatch).toHaveLength(3);
    expect(fromBatch).toEqual(fromObjects);
    expect(fromBatch[0]).toMatchObject({
      description: nasty,
      admin1Code: 'MM-16',
      associatedA: ['A', 'B\\C'],
    });

    // A load that fails puts the index back with everything else.
    await expect(
      store.transaction(async (s) => {
        const id = await s.datasets.create(newDataset('b-failed', 'c'));
        const bulk = await s.datasets.prepareBulkEvents(1_000_000);
        await s.datasets.insertEventBatch(id, eventBatch([event('b4', 'x')]));
        // As the import does when it fails: PostgreSQL's open COPY is abandoned (CopyFail).
        bulk.abort();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await countryIndex()).toBe(1);
  });
});
