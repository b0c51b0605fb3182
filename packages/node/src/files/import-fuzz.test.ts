import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { isLensError, type DatasetKind, type UseCaseDeps } from '@lens/core';
import { datasetCounts, describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { importFile } from './import-file';

const OPEN = path.resolve(import.meta.dirname, '../../../../../shared/data/open');
const BUNDLED = path.resolve(import.meta.dirname, '../../../../data/bundled');
const dir = mkdtempSync(path.join(os.tmpdir(), 'lens-fuzz-'));

/** Real files, cut to their first lines, as the seeds every mutation starts from. */
const SEEDS: Array<[DatasetKind, string]> = [
  ['ucdp-ged', 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv'],
  ['ucdp-ovcy', 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv'],
  ['ucdp-acd', 'ucdp-prio-acd-25.1/UcdpPrioConflict_v25_1.csv'],
  ['vdem', 'vdem/vdemlite_v14_1970_2023_keyvars.csv'],
  ['wdi', 'world-bank-wdi/WDI_databank_export_2000_2020.csv'],
  ['gdelt1', 'gdelt-v1-georgia-sample/aug2011.csv'],
];

/** A small deterministic generator, so a failing case can be replayed from its number. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const MUTATIONS: Array<(b: Buffer, r: () => number) => Buffer> = [
  (b, r) => b.subarray(0, Math.floor(r() * b.length)),
  (b, r) => {
    const i = Math.floor(r() * b.length);
    return Buffer.concat([b.subarray(0, i), Buffer.from('"'), b.subarray(i)]);
  },
  (b, r) => {
    const i = Math.floor(r() * b.length);
    return Buffer.concat([b.subarray(0, i), b.subarray(i + 1 + Math.floor(r() * 20))]);
  },
  (b, r) => {
    const i = Math.floor(r() * b.length);
    return Buffer.concat([b.subarray(0, i), Buffer.from([0xff, 0xfe]), b.subarray(i)]);
  },
  (b, r) => {
    const i = Math.floor(r() * b.length);
    return Buffer.concat([b.subarray(0, i), Buffer.from(',x,'), b.subarray(i)]);
  },
  (b) => Buffer.from(b.toString('utf8').replace(/\n/g, '\r\n')),
  (b, r) => {
    const lines = b.toString('utf8').split('\n');
    const i = 1 + Math.floor(r() * (lines.length - 1));
    lines.splice(i, 0, lines[i] ?? '');
    return Buffer.from(lines.join('\n'));
  },
  (b, r) => {
    const i = Math.floor(r() * b.length);
    return Buffer.concat([b.subarray(0, i), Buffer.from('\n'), b.subarray(i)]);
  },
  (b, r) => {
    const s = b.toString('utf8');
    const digits = [...s.matchAll(/\d/g)];
    const m = digits[Math.floor(r() * digits.length)];
    return m?.index === undefined
      ? b
      : Buffer.from(s.slice(0, m.index) + 'NaN' + s.slice(m.index + 1));
  },
  (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
];

describeEachDatabase('import fuzzing', (get) => {
  let deps: UseCaseDeps;
  const counts = () => datasetCounts(get());

  // The first 20 lines of each real file (from ../shared, else the bundled copy).
  const seedLines = SEEDS.map(([kind, rel]) => {
    const file = existsSync(path.join(OPEN, rel)) ? path.join(OPEN, rel) : path.join(BUNDLED, rel);
    if (!existsSync(file))
      throw new Error(`fuzz seed ${rel} is in neither ../shared nor data/bundled`);
    return [kind, readFileSync(file, 'utf8').split('\n', 20)] as const;
  });

  beforeAll(async () => {
    deps = await importTestDeps(get());
  });

  it('survives 1,000+ mutated files across every importer: a clear error or a whole import, never a crash or half an import', async () => {
    const cases = get().kind === 'sqlite' ? 1100 : 250;
    const outcomes = { imported: 0, unchanged: 0, refused: 0 };
    for (let n = 0; n < cases; n++) {
      const r = rng(n + 1);
      const [kind, lines] = seedLines[n % seedLines.length]!;
      let bytes: Buffer = Buffer.from(lines.slice(0, 3 + Math.floor(r() * 12)).join('\n') + '\n');
      for (let k = 0, m = 1 + Math.floor(r() * 3); k < m; k++)
        bytes = MUTATIONS[Math.floor(r() * MUTATIONS.length)]!(bytes, r);
      const file = path.join(dir, `case-${n}.csv`);
      writeFileSync(file, bytes);
      const before = await counts();
      try {
        const res = await importFile(deps, { kind, file, actor: 'fuzz' });
        outcomes[res.status] += 1;
        const after = await counts();
        if (res.status === 'imported') {
          expect(after.datasets, `case ${n}`).toBe(before.datasets + 1);
          expect(after.values - before.values + (after.events - before.events), `case ${n}`).toBe(
            res.values + res.events,
          );
        } else expect(after, `case ${n}`).toEqual(before);
      } catch (error) {
        if (!isLensError(error)) throw new Error(`case ${n} (${kind}) crashed: ${String(error)}`);
        expect(error.category, `case ${n}`).toBe('invalid');
        expect(error.message, `case ${n}`).toMatch(/^case-\d+\.csv: line \d+, column \d+: /);
        expect(await counts(), `case ${n}`).toEqual(before);
        outcomes.refused += 1;
      }
    }
    expect(outcomes.refused).toBeGreaterThan(cases / 10);
    expect(outcomes.imported).toBeGreaterThan(cases / 10);
  });
});
