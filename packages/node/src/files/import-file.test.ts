import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { type UseCaseDeps } from '@lens/core';
import { datasetCounts, describeEachDatabase, importTestDeps } from '@lens/db/testing';
import { readCsv } from '../csv/read-csv-sync';
import { importFile } from './import-file';

// The open files, as bundled in the repository (copies of ../shared/data/open with their SOURCES.md).
const OPEN = path.resolve(import.meta.dirname, '../../../../data/bundled');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lens-import-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
};

const OVCY = path.join(OPEN, 'ucdp-organized-violence-cy-25.1/organizedviolencecy_v25_1.csv');
const GED = path.join(OPEN, 'ucdp-ged-24.1-myanmar-mexico/GEDEvent_v24_1_myanmar.csv');
const ACD = path.join(OPEN, 'ucdp-prio-acd-25.1/UcdpPrioConflict_v25_1.csv');
const VDEM = path.join(OPEN, 'vdem/vdemlite_v14_1970_2023_keyvars.csv');
const WDI = path.join(OPEN, 'world-bank-wdi/WDI_databank_export_2000_2020.csv');

describeEachDatabase('dataset imports', (get) => {
  let deps: UseCaseDeps;
  const actor = 'test';
  const snapshot = () => datasetCounts(get());

  beforeAll(async () => {
    deps = await importTestDeps(get());
  });

  it('imports the UCDP country-year file with every value as in the file, and reports the unmatched', async () => {
    const r = await importFile(deps, { kind: 'ucdp-ovcy', file: OVCY, actor });
    expect(r.status).toBe('imported');
    expect(r.dataset).toMatchObject({
      kind: 'ucdp-ovcy',
      version: '25.1',
      licence: 'CC BY 4.0',
      rows: 6936,
    });
    expect(r.dataset.sha256).toBe(createHash('sha256').update(readFileSync(OVCY)).digest('hex'));
    const source = readCsv(OVCY);
    for (const [gw, iso3, year] of [
      ['517', 'RWA', '1994'],
      ['775', 'MMR', '2017'],
      ['365', 'SUN', '1989'],
      ['365', 'RUS', '2022'],
      ['345', 'SRB', '2010'],
    ] as const) {
      const row = source.find((s) => s.country_id_cy === gw && s.year_cy === year);
      const stored = await get()
        .db.selectFrom('country_year_values')
        .select('value')
        .where('dataset_id', '=', r.dataset.id)
        .where('iso3', '=', iso3)
        .where('year', '=', Number(year))
        .where('variable', '=', 'os_total_deaths_best_cy')
        .executeTakeFirst();
      expect(stored?.value, `${iso3} ${year}`).toBe(Number(row?.os_total_deaths_best_cy));
    }
    expect(r.dataset.notes.join('\n')).toContain('Yemen (South Yemen) (G-W 680)');
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const again = await importFile(deps, { kind: 'ucdp-ovcy', file: OVCY, actor });
    expect(again.status).toBe('unchanged');
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a new version beside the old one', async () => {
    const lines = readFileSync(OVCY, 'utf8').split('\n');
    const edited = write('ovcy-revised.csv', [lines[0], ...lines.slice(1, 200)].join('\n'));
    const r = await importFile(deps, {
      kind: 'ucdp-ovcy',
      file: edited,
      version: '25.1-revised',
      actor,
    });
    expect(r.dataset.version).toBe('25.1-revised');
    const kinds = (await deps.store.datasets.list())
      .filter((d) => d.kind === 'ucdp-ovcy')
      .map((d) => d.version);
    expect(kinds).toEqual(['25.1', '25.1-revised']);
  });

  it('imports UCDP GED events with country, admin-1, coordinates and fatalities', async () => {
    const r = await importFile(deps, { kind: 'ucdp-ged', file: GED, actor });
    expect(r).toMatchObject({ events: 7374, dataset: { version: '24.1' } });
    const e = await get()
      .db.selectFrom('events')
      .selectAll()
      .where('dataset_id', '=', r.dataset.id)
      .where('source_id', '=', '48528')
      .executeTakeFirstOrThrow();
    expect(e).toMatchObject({
      iso3: 'MMR',
      date_start: '1992-02-29',
      violence_type: 'one-sided',
      civilian_targeting: 1,
      deaths_best: 34,
      latitude: 19,
      longitude: 94.25,
      admin1: 'Rakhine state',
    });
  });

  it('imports the armed-conflict, V-Dem and WDI files', async () => {
    const acd = await importFile(deps, { kind: 'ucdp-acd', file: ACD, actor });
    expect(acd.values).toBeGreaterThan(5000);
    const vdem = await importFile(deps, { kind: 'vdem', file: VDEM, actor });
    expect(vdem.dataset.version).toBe('14');
    expect(vdem.values).toBeGreaterThan(250_000);
    const polyarchy = await get()
      .db.selectFrom('country_year_values')
      .select('value')
      .where('dataset_id', '=', vdem.dataset.id)
      .where('iso3', '=', 'SUN')
      .where('year', '=', 1985)
      .where('variable', '=', 'v2x_polyarchy')
      .executeTakeFirst();
    const ussr1985 = readCsv(VDEM).find(
      (row) => row.country_text_id === 'RUS' && row.year === '1985',
    );
    expect(polyarchy?.value).toBe(Number(ussr1985?.v2x_polyarchy));
    const wdi = await importFile(deps, { kind: 'wdi', file: WDI, actor, version: '2024-11' });
    expect(wdi.values).toBeGreaterThan(100_000);
    expect(
      wdi.dataset.notes.some((n) => n.includes('Montenegro (MNE)') && n.includes('2000-2005')),
    ).toBe(true);
  });

  const bad: Array<
    [string, string, 'ucdp-ovcy' | 'ucdp-ged' | 'vdem' | 'wdi', string | Buffer, RegExp]
  > = [
    ['an empty file', 'empty.csv', 'vdem', '', /empty\.csv: line 1, column 1: the file is empty/],
    [
      'a header only of blanks',
      'blank.csv',
      'vdem',
      '\n\n',
      /blank\.csv: line 1, column 1: the file is empty/,
    ],
    [
      'a wrong header',
      'wrong-header.csv',
      'ucdp-ovcy',
      'a,b,c\n1,2,3\n',
      /wrong-header\.csv: line 1, column 1: the header lacks columns country_id_cy, country_cy/,
    ],
    [
      'a truncated quoted field',
      'truncated.csv',
      'vdem',
      'country_name,country_text_id,year,v2x_polyarchy\nKenya,KEN,2000,0.3\n"Keny',
      /truncated\.csv: line 3, column 1: a quoted field is never closed/,
    ],
    [
      'a wrong type',
      'type.csv',
      'vdem',
      'country_name,country_text_id,year,v2x_polyarchy\nKenya,KEN,2000,0.3\nKenya,KEN,2001,high\n',
      /type\.csv: line 3, column 4: v2x_polyarchy must be a number or empty, found "high"/,
    ],
    [
      'a duplicate key',
      'dup.csv',
      'vdem',
      'country_name,country_text_id,year,v2x_polyarchy\nKenya,KEN,2000,0.3\nKenya,KEN,2000,0.4\n',
      /dup\.csv: line 3, column 1: a second value of v2x_polyarchy for KEN in 2000/,
    ],
    [
      'a missing field',
      'short.csv',
      'vdem',
      'country_name,country_text_id,year,v2x_polyarchy\nKenya,KEN,2000,0.3\nKenya,KEN,2001\n',
      /short\.csv: line 3, column 4: expected 4 fields as in the header, found 3/,
    ],
    [
      'a different encoding',
      'latin1.csv',
      'vdem',
      Buffer.from(
        'country_name,country_text_id,year,v2x_polyarchy\nKenya,KEN,2000,0.3\nC\xf4te,CIV,2000,0.2\n',
        'latin1',
      ),
      /latin1\.csv: line 3, column 2: the file is not utf-8 text/,
    ],
  ];

  for (const [what, name, kind, content, message] of bad) {
    it(`refuses ${what}, naming the file, line and column, and changes nothing`, async () => {
      const before = await snapshot();
      await expect(importFile(deps, { kind, file: write(name, content), actor })).rejects.toThrow(
        message,
      );
      expect(await snapshot()).toEqual(before);
    });
  }

  it('refuses a 2 GB file whose quote never closes after reading a bounded part of it', async () => {
    // A sparse file: a GED header, then one record that opens a quote and never closes it.
    const header = readFileSync(GED, 'utf8').split('\n', 1)[0]!;
    const file = path.join(tmp, 'huge.csv');
    writeFileSync(file, `${header}\n"1,`);
    truncateSync(file, 2 * 1024 ** 3);
    const before = await snapshot();
    const rss = process.memoryUsage().rss;
    await expect(importFile(deps, { kind: 'ucdp-ged', file, actor })).rejects.toThrow(
      /huge\.csv: line 2, column 1: a record longer than 10000000 characters/,
    );
    expect(process.memoryUsage().rss - rss).toBeLessThan(300 * 1024 ** 2);
    expect(await snapshot()).toEqual(before);
    unlinkSync(file);
  }, 120_000);

  it('reads a DataBank export up to the end of its table, even when the notes after it are malformed', async () => {
    const file = write(
      'databank.csv',
      [
        'Country Name,Country Code,Series Name,Series Code,2000 [YR2000],2001 [YR2001]',
        'Kenya,KEN,GDP per capita (constant 2015 US$),NY.GDP.PCAP.KD,100,110',
        ',,,,,',
        'Data from database: World Development Indicators',
        '"A note with a "stray" quote,and more',
      ].join('\n'),
    );
    const r = await importFile(deps, { kind: 'wdi', file, actor });
    expect(r.values).toBe(2);
  });

  it('imports Powell & Thyne coup events (tab-separated) as country-year counts', async () => {
    const file = write(
      'powell_thyne_coups_final.txt',
      [
        'country\tccode\tyear\tmonth\tday\tcoup\tversion',
        'Sudan\t625\t2019\t4\t11\t2\t2024',
        'Sudan\t625\t2019\t6\t13\t1\t2024',
        'Myanmar\t775\t2021\t2\t1\t2\t2024',
        'Nowhere\t999\t2021\t2\t1\t1\t2024',
      ].join('\n'),
    );
    const r = await importFile(deps, { kind: 'coups', file, actor });
    const values = await get()
      .db.selectFrom('country_year_values')
      .select(['iso3', 'year', 'variable', 'value'])
      .where('dataset_id', '=', r.dataset.id)
      .orderBy('iso3')
      .orderBy('variable')
      .execute();
    expect(values).toEqual([
      { iso3: 'MMR', year: 2021, variable: 'cou.any', value: 1 },
      { iso3: 'MMR', year: 2021, variable: 'cou.f', value: 0 },
      { iso3: 'MMR', year: 2021, variable: 'cou.s', value: 1 },
      { iso3: 'SDN', year: 2019, variable: 'cou.any', value: 1 },
      { iso3: 'SDN', year: 2019, variable: 'cou.f', value: 1 },
      { iso3: 'SDN', year: 2019, variable: 'cou.s', value: 1 },
    ]);
    expect(r.dataset.notes).toEqual([
      'not matched to a country: Nowhere (COW 999), 1 entries, 2021',
    ]);
  });

  it('reads a file with a BOM and CRLF line ends, and reports an unknown country by name', async () => {
    const file = write(
      'bom-crlf.csv',
      '\uFEFFcountry_name,country_text_id,year,v2x_polyarchy\r\nKenya,KEN,2000,0.3\r\nAtlantis,ATL,2000,0.9\r\n',
    );
    const r = await importFile(deps, { kind: 'vdem', file, actor });
    expect(r.values).toBe(1);
    expect(r.dataset.notes).toEqual(['not matched to a country: Atlantis (ATL), 1 entries, 2000']);
  });

  it('records every import in the audit log', async () => {
    const entries = await deps.store.audit.list({ limit: 100 });
    expect(entries.filter((e) => e.action === 'dataset.import').length).toBeGreaterThanOrEqual(6);
  });
});
