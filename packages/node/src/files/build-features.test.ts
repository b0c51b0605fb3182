import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { EWP_2025, type UseCaseDeps } from '@lens/core';
import { describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { readCsv } from '../csv/read-csv-sync';
import { buildFeaturesFromFolder, type FolderBuildResult } from './build-features';

const EWP = path.resolve(import.meta.dirname, '../../../../../shared/data/restricted/ewp-2025');
const REFERENCE = path.join(EWP, 'prepared2024predictors-2025-09-03.csv');
const present = existsSync(REFERENCE);
if (!present)
  console.warn(`${EWP} is absent: the EWP feature table is not compared with the published one.`);

/** Cells that differ from the published table by more than 1e-6, as "column: count". */
export function compareWithReference(output: FolderBuildResult['output']): {
  rows: number;
  missingRows: string[];
  extraRows: string[];
  differences: Map<string, string[]>;
} {
  const reference = readCsv(REFERENCE);
  const key = (ccode: unknown, year: unknown) => `${String(ccode)}|${String(year)}`;
  const ci = output.header.indexOf('ccode');
  const yi = output.header.indexOf('year');
  const built = new Map(output.rows.map((r) => [key(r[ci], r[yi]), r]));
  const differences = new Map<string, string[]>();
  const missingRows: string[] = [];
  for (const ref of reference) {
    const k = key(ref.ccode, ref.year);
    const row = built.get(k);
    if (!row) {
      missingRows.push(`${ref.ewp_name} ${ref.year}`);
      continue;
    }
    built.delete(k);
    output.header.forEach((name, i) => {
      const want = ref[name] ?? '';
      const got = row[i];
      const same =
        typeof got === 'string'
          ? got === want
          : want === '' || want === 'NA'
            ? Number.isNaN(got)
            : Math.abs(Number(want) - (got ?? NaN)) <= 1e-6;
      if (!same) {
        const list = differences.get(name) ?? [];
        list.push(`${ref.ewp_name} ${ref.year}: ${want} vs ${String(got)}`);
        differences.set(name, list);
      }
    });
  }
  return {
    rows: reference.length,
    missingRows,
    extraRows: [...built.keys()],
    differences,
  };
}

describeEachDatabase('lens features build --spec ewp-2025', (get) => {
  let deps: UseCaseDeps;
  let result: FolderBuildResult;
  beforeAll(async () => {
    deps = await importTestDeps(get());
    if (present)
      result = await buildFeaturesFromFolder(deps, { spec: EWP_2025, dir: EWP, actor: 'test' });
  }, 600_000);

  it.skipIf(!present)("has the published table's 45 columns in its order", () => {
    const header = readFileSync(REFERENCE, 'utf8').split('\n', 1)[0]!.split(',');
    expect(result.output.header).toEqual(header);
    expect(result.output.header).toHaveLength(45);
  });

  it.skipIf(!present)('reproduces every cell of prepared2024predictors-2025-09-03.csv', () => {
    const c = compareWithReference(result.output);
    const report = [...c.differences].map(
      ([col, list]) => `${col}: ${list.length} (${list.slice(0, 3).join('; ')})`,
    );
    expect(c.missingRows, 'rows missing').toEqual([]);
    expect(c.extraRows, 'rows not in the published table').toEqual([]);
    expect(report).toEqual([]);
  });

  it.skipIf(!present)(
    'stores the table with its provenance, and a second build from the same files changes nothing',
    async () => {
      expect(result.status).toBe('built');
      expect(result.dataset.kind).toBe('features');
      expect(result.dataset.version).toBe('ewp-2025@1');
      expect(result.dataset.notes.join('\n')).toMatch(/built from ucdp-brd 25\.1/);
      expect(result.imported.map((i) => i.kind)).toContain('maddison');
      const rwanda = await get()
        .db.selectFrom('country_year_values')
        .select('value')
        .where('dataset_id', '=', result.dataset.id)
        .where('iso3', '=', 'RWA')
        .where('year', '=', 1994)
        .where('variable', '=', 'mk_ongoing_count_log2')
        .executeTakeFirstOrThrow();
      expect(rwanda.value).toBeGreaterThan(0);
      const again = await buildFeaturesFromFolder(deps, {
        spec: EWP_2025,
        dir: EWP,
        actor: 'test',
      });
      expect(again.status).toBe('unchanged');
      expect(again.dataset.id).toBe(result.dataset.id);
      expect(again.imported.every((i) => i.status === 'unchanged')).toBe(true);
      const audit = await get()
        .db.selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'features.build')
        .execute();
      expect(audit).toHaveLength(1);
    },
  );
});
