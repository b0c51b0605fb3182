import { expect, it } from 'vitest';
import type { EventRecord } from './dataset';
import {
  BatchNumber,
  BatchText,
  batchEvents,
  batchNumber,
  batchText,
  eventBatch,
  setBatchAdmin1Code,
} from './event-batch';

const base: EventRecord = {
  sourceId: '1001',
  dateStart: '2017-08-25',
  dateEnd: '2017-08-27',
  datePrecision: 1,
  year: 2017,
  iso3: 'MMR',
  admin1: 'Rakhine state',
  latitude: 20.15,
  longitude: 92.9,
  geoPrecision: 2,
  violenceType: 'one-sided',
  actorA: 'Government of Myanmar (Burma)',
  actorB: 'Civilians',
  deathsBest: 12,
  deathsLow: 10,
  deathsHigh: 20,
  deathsCivilians: 12,
  civilianTargeting: true,
  description: 'Village burned',
};

it('gives back the events it was made of, absent fields absent and nulls null', () => {
  const events: EventRecord[] = [
    base,
    {
      ...base,
      sourceId: 'ACLED-7',
      admin1: null,
      latitude: null,
      longitude: null,
      datePrecision: null,
      deathsBest: 0,
      deathsLow: null,
      civilianTargeting: false,
      description: null,
      admin1Code: null,
      associatedA: ['Militia (Arakan)', 'Police'],
      associatedB: [],
    },
    { ...base, sourceId: '1003', admin1Code: 'MM-16', iso3: 'BGD', latitude: -0.5 },
  ];
  const batch = eventBatch(events);
  expect(batch.count).toBe(3);
  // Repeated text crosses once: the country, dates, actors and type of the three events.
  expect(batch.strings.filter((s) => s === 'one-sided')).toHaveLength(1);
  expect(batchEvents(batch)).toEqual(events);
  expect(batchText(batch, 2, BatchText.iso3)).toBe('BGD');
  expect(batchNumber(batch, 1, BatchNumber.latitude)).toBeNull();
  expect(batchNumber(batch, 2, BatchNumber.latitude)).toBe(-0.5);
});

it('takes the admin-1 codes placed after packing, each code listed once', () => {
  const batch = eventBatch([base, { ...base, sourceId: '2' }, { ...base, sourceId: '3' }]);
  setBatchAdmin1Code(batch, 0, 'MM-16');
  setBatchAdmin1Code(batch, 1, 'MM-16');
  setBatchAdmin1Code(batch, 2, null);
  expect(batchEvents(batch).map((e) => e.admin1Code)).toEqual(['MM-16', 'MM-16', null]);
  expect(batch.strings.filter((s) => s === 'MM-16')).toHaveLength(1);
});
