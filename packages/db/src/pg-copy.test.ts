import { expect, it } from 'vitest';
import type { EventRecord } from '@lens/core';
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
});
