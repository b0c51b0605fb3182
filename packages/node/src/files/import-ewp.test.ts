import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { type DatasetKind, type UseCaseDeps } from '@lens/core';
import { describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { readCsv } from '../csv/read-csv-sync';
import { importFile } from './import-file';

const EWP = path.resolve(import.meta.dirname, '../../../../../shared/data/restricted/ewp-2025');
const present = existsSync(EWP);
if (!present)
  console.warn(
    `${EWP} is absent: the EWP component importers are not tested against the real files.`,
  );

/** Each EWP component file, a variable it carries, and one row to check value by value. */
const FILES: Array<{
  kind: DatasetKind;
  file: string;
  variable: string;
  code: string;
  /** The country the code names: its stored values are read by it. */
  iso3: string;
  codeColumn: string;
  yearColumn: string;
  maxUnmatchedNames: number;
}> = [
  {
    kind: 'coups',
    file: 'all-coups.csv',
    variable: 'cou.any',
    code: '625',
    iso3: 'SDN',
    codeColumn: 'ccode',
    yearColumn: 'year',
    maxUnmatchedNames: 6,
  },
  {
    kind: 'iccpr',
    file: 'iccpr-data.csv',
    variable: 'ios.iccpr1',
    code: '517',
    iso3: 'RWA',
    codeColumn: 'ccode',
    yearColumn: 'year',
    maxUnmatchedNames: 60,
  },
  {
    kind: 'hief',
    file: 'hief.csv',
    variable: 'efindex',
    code: 'Rwanda',
    iso3: 'RWA',
    codeColumn: 'Country',
    yearColumn: 'Year',
    maxUnmatchedNames: 10,
  },
  {
    kind: 'epr',
    file: 'epr-clean.csv',
    variable: 'discrimpop',
    code: '775',
    iso3: 'MMR',
    codeColumn: 'ccode',
    yearColumn: 'year',
    maxUnmatchedNames: 5,
  },
  {
    kind: 'un-imr',
    file: 'un_imr_clean.csv',
    variable: 'un_imr',
    code: 'BDI',
    iso3: 'BDI',
    codeColumn: 'iso3c',
    yearColumn: 'year',
    maxUnmatchedNames: 60,
  },
  {
    kind: 'vdem',
    file: 'vdem_ewp_subset_1934_2024.csv',
    variable: 'freediscussion',
    code: '517',
    iso3: 'RWA',
    codeColumn: 'COWcode',
    yearColumn: 'year',
    // V-Dem covers colonies and territories before independence (1934 on): 51 names in all.
    maxUnmatchedNames: 55,
  },
  {
    kind: 'wdi',
    file: 'wdi.csv',
    variable: 'wdi.gdppcgrow.new',
    code: '517',
    iso3: 'RWA',
    codeColumn: 'ccode',
    yearColumn: 'year',
    maxUnmatchedNames: 60,
  },
  {
    kind: 'ewp-outcomes',
    file: 'basedata2025_4august2025.csv',
    variable: 'mk_onset',
    code: '517',
    iso3: 'RWA',
    codeColumn: 'ccode',
    yearColumn: 'year',
    maxUnmatchedNames: 5,
  },
];

describeEachDatabase('EWP component imports', (get) => {
  let deps: UseCaseDeps;
  beforeAll(async () => {
    deps = await importTestDeps(get());
  });

  for (const f of FILES) {
    it.skipIf(!present)(
      `imports ${f.file} (${f.kind}) with its values as in the file`,
      async () => {
        const file = path.join(EWP, f.file);
        const r = await importFile(deps, { kind: f.kind, file, actor: 'test' });
        expect(r.values).toBeGreaterThan(500);
        expect(r.dataset.notes.length).toBeLessThanOrEqual(f.maxUnmatchedNames);
        // Years in which the state existed: earlier rows are reported as unmatched, not stored.
        const rows = readCsv(file).filter(
          (row) =>
            row[f.codeColumn] === f.code &&
            Number(row[f.yearColumn]) >= 1970 &&
            row[f.variable] !== '' &&
            row[f.variable] !== 'NA',
        );
        expect(rows.length).toBeGreaterThanOrEqual(5);
        for (const row of rows.filter((_, i) => i % 7 === 0)) {
          const year = Number(row[f.yearColumn]);
          const stored = await get()
            .db.selectFrom('country_year_values')
            .select(['value', 'iso3'])
            .where('dataset_id', '=', r.dataset.id)
            .where('variable', '=', f.variable)
            .where('year', '=', year)
            .where('iso3', '=', f.iso3)
            .execute();
          // The one value stored for that country and year is the file's (not any country's).
          expect(stored, `${f.file} ${f.code} ${year}`).toHaveLength(1);
          expect(Number(stored[0]!.value), `${f.file} ${f.code} ${year}`).toBeCloseTo(
            Number(row[f.variable]),
            9,
          );
        }
      },
    );
  }

  it.skipIf(!present)(
    'imports UCDP battle deaths per location country-year and the episode list as events',
    async () => {
      const brd = await importFile(deps, {
        kind: 'ucdp-brd',
        file: path.join(EWP, 'BattleDeaths_v25_1.csv'),
        actor: 'test',
      });
      expect(brd.dataset.version).toBe('25.1');
      const syria2013 = await get()
        .db.selectFrom('country_year_values')
        .select('value')
        .where('dataset_id', '=', brd.dataset.id)
        .where('iso3', '=', 'SYR')
        .where('year', '=', 2013)
        .where('variable', '=', 'brd_best')
        .executeTakeFirst();
      const expected = readCsv(path.join(EWP, 'BattleDeaths_v25_1.csv'))
        .filter(
          (r) =>
            r.year === '2013' &&
            (r.gwno_loc ?? '')
              .split(',')
              .map((s) => s.trim())
              .includes('652'),
        )
        .reduce((sum, r) => sum + Number(r.bd_best), 0);
      expect(syria2013?.value).toBe(expected);

      const episodes = await importFile(deps, {
        kind: 'ewp-episodes',
        file: path.join(EWP, 'EWP_mk_events_master_list_2025__mk_events.csv'),
        actor: 'test',
      });
      expect(episodes.events).toBeGreaterThan(140);
      const rwanda = await get()
        .db.selectFrom('events')
        .selectAll()
        .where('dataset_id', '=', episodes.dataset.id)
        .where('iso3', '=', 'RWA')
        .where('year', '=', 1994)
        .execute();
      expect(rwanda.length).toBeGreaterThan(0);
      expect(rwanda.every((e) => e.civilian_targeting === 1)).toBe(true);
    },
  );
});
