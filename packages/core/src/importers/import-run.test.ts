import { describe, expect, it } from 'vitest';
import type { Country } from '../domain/country';
import { parseCsv } from '../formats/csv';
import { ImportRun } from './import-run';

const myanmar = {
  iso3: 'MMR',
  iso2: 'MM',
  isoNumeric: 104,
  cowCode: 775,
  gwCode: 775,
  fromYear: 1948,
  toYear: null,
  region: 'asia',
  names: { en: 'Myanmar', fr: 'Myanmar', es: 'Myanmar', ar: 'ميانمار' },
  aliases: ['Myanmar (Burma)'],
  independent: true,
} as unknown as Country;

const HEADER =
  'id,year,type_of_violence,side_a,side_b,where_prec,adm_1,latitude,longitude,country,country_id,date_prec,date_start,date_end,deaths_civilians,best,high,low,source_headline';
const row = (id: string) =>
  `${id},2017,3,Government of Myanmar (Burma),Civilians,1,Rakhine state,20.1,92.9,Myanmar (Burma),775,1,2017-08-25,2017-08-25,5,5,6,4,headline`;

const run = (ids: string[]) => {
  const r = new ImportRun('ucdp-ged', 'ged.csv', [myanmar]);
  r.push(parseCsv([HEADER, ...ids.map(row)].join('\n')));
  return r.end();
};

describe('an import run refuses an event id seen before in the file', () => {
  it('by line, whatever the form of the id', () => {
    // UCDP's small whole numbers, GDELT's over a billion, and ACLED's text ids.
    expect(() => run(['101', '102', '101'])).toThrow(
      'ged.csv: line 4, column 1: event id 101 appears twice',
    );
    expect(() => run(['1190000001', '1190000002', '1190000001'])).toThrow(
      'ged.csv: line 4, column 1: event id 1190000001 appears twice',
    );
    expect(() => run(['MMR101', 'MMR102', 'MMR102'])).toThrow(
      'ged.csv: line 4, column 1: event id MMR102 appears twice',
    );
  });

  it('tells apart ids that only look alike', () => {
    expect(run(['7', '07', '7.0', '134217728', '134217729', '0']).rows).toBe(6);
  });
});
