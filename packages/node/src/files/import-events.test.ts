import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { GDELT1_COLUMNS, GDELT2_COLUMNS, parseCsv, type UseCaseDeps } from '@lens/core';
import { describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { importFile } from './import-file';

const SHARED = path.resolve(import.meta.dirname, '../../../../../shared/data');
const GDELT1 = path.join(SHARED, 'open/gdelt-v1-georgia-sample/feb2012.csv');
const ACLED = path.join(SHARED, 'restricted/acledR-package-samples/acled_old_deletion_dummy.csv');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lens-events-'));

/** The GDELT 1.0 file rewritten as GDELT 2.0 writes it: tab-separated, no header, ADM2 codes added. */
function asGdelt2(file: string): string {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const names = header?.fields ?? [];
  expect(names).toEqual(GDELT1_COLUMNS);
  const lines = rows.map((r) =>
    GDELT2_COLUMNS.map((c) => {
      const i = names.indexOf(c);
      const v = i === -1 ? '' : (r.fields[i] ?? '');
      return v === 'NA' ? '' : v;
    }).join('\t'),
  );
  const out = path.join(tmp, 'gdelt2.export.CSV');
  writeFileSync(out, `${lines.join('\n')}\n`);
  return out;
}

describeEachDatabase('event imports', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    deps = await importTestDeps(get());
  });

  it.skipIf(!existsSync(GDELT1))(
    'imports GDELT 1.0 and the same events as GDELT 2.0, located by FIPS code',
    async () => {
      const v1 = await importFile(deps, { kind: 'gdelt1', file: GDELT1, actor: 'test' });
      expect(v1.events).toBe(8484);
      const v2 = await importFile(deps, { kind: 'gdelt2', file: asGdelt2(GDELT1), actor: 'test' });
      expect(v2.events).toBe(v1.events);
      const count = (id: number) =>
        get()
          .db.selectFrom('events')
          .select(['iso3', (eb) => eb.fn.countAll<number>().as('n')])
          .where('dataset_id', '=', id)
          .groupBy('iso3')
          .orderBy('iso3')
          .execute();
      const [a, b] = [await count(v1.dataset.id), await count(v2.dataset.id)];
      expect(b.map((r) => [r.iso3, Number(r.n)])).toEqual(a.map((r) => [r.iso3, Number(r.n)]));
      expect(a.find((r) => r.iso3 === 'GEO')).toBeDefined();
    },
  );

  it('refuses a GDELT 2.0 file with a bad date, naming line and column', async () => {
    const line = GDELT2_COLUMNS.map((c) =>
      c === 'SQLDATE' ? '2012-02-01' : c === 'GLOBALEVENTID' ? '1' : '',
    ).join('\t');
    const file = path.join(tmp, 'bad.gdelt2.tsv');
    writeFileSync(file, `${line}\n`);
    await expect(importFile(deps, { kind: 'gdelt2', file, actor: 'test' })).rejects.toThrow(
      /bad\.gdelt2\.tsv: line 1, column 2: SQLDATE must be YYYYMMDD/,
    );
  });

  it.skipIf(!existsSync(ACLED))(
    'imports the 9,000 ACLED sample events with ACLED civilian targeting and fatalities',
    async () => {
      const r = await importFile(deps, { kind: 'acled', file: ACLED, actor: 'test' });
      expect(r.events).toBe(9000);
      expect(r.dataset.notes).toEqual([]);
      const source = parseCsv(readFileSync(ACLED, 'utf8'));
      const header = source[0]?.fields ?? [];
      const col = (name: string) => header.indexOf(name);
      const civilian = source
        .slice(1)
        .filter((x) => /civilian/i.test(x.fields[col('civilian_targeting')] ?? '')).length;
      const fatalities = source
        .slice(1)
        .reduce((s, x) => s + Number(x.fields[col('fatalities')]), 0);
      const stored = await get()
        .db.selectFrom('events')
        .select([
          (eb) => eb.fn.sum<number>('civilian_targeting').as('civ'),
          (eb) => eb.fn.sum<number>('deaths_best').as('dead'),
        ])
        .where('dataset_id', '=', r.dataset.id)
        .executeTakeFirstOrThrow();
      expect(Number(stored.civ)).toBe(civilian);
      expect(Number(stored.dead)).toBe(fatalities);
    },
  );
});
