import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '@lens/db/testing';
import { lens } from './run-cli';

const MYANMAR = path.resolve(
  import.meta.dirname,
  '../../../data/bundled/ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv',
);

describeEachDatabase('lens actors, leverage and capacity commands', (get) => {
  it('seeds the registry from the Myanmar GED and writes the capacity audit as CSV', () => {
    const { url } = get();
    expect(lens(url, ['import', 'ucdp-ged', MYANMAR]).code).toBe(0);
    expect(lens(url, ['frameworks', 'load']).code).toBe(0);
    const seeded = lens(url, ['actors', 'seed', '--country', 'MMR']);
    expect(seeded.code).toBe(0);
    expect(seeded.out).toMatch(/^MMR: (\d+) actors in the events, \1 newly registered/);
    const listed = lens(url, ['actors', 'list', '--country', 'MMR', '--format', 'json']);
    const actors = JSON.parse(listed.out) as Array<{
      key: string;
      type: string;
      sources: string[];
    }>;
    expect(actors.find((a) => a.key === 'arsa')).toMatchObject({
      type: 'armed_group',
      sources: ['UCDP Georeferenced Event Dataset (GED) 24.1'],
    });
    const csv = lens(url, ['capacity', '--country', 'MMR', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const lines = csv.out.trim().split('\n');
    // Bellamy's 41 prevention measures and the supplement's 17 response and recovery ones.
    expect(lines).toHaveLength(59);
    expect(lines[1]).toBe(
      'MMR,CPA.S.ECON.01,structural,Economic measures,Reducing deprivation and poverty,gap,,,,,,,,',
    );
    expect(lines.some((l) => l.startsWith('MMR,RR.REC.JUS.01,recovery,'))).toBe(true);
    const none = lens(url, ['leverage', '--country', 'MMR', '--actor', 'arsa']);
    expect(none.out).toMatch(/No prevention actor reaches arsa/);
    const unknown = lens(url, ['leverage', '--country', 'MMR', '--actor', 'nobody']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/No actor "nobody"/);
    const bad = lens(url, ['capacity', '--country', 'MMR', '--format', 'xml']);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--format must be csv or json/);
  }, 180_000);
});
