import { FIPS_TO_ISO3 } from '../domain/fips-countries';
import type { CsvRecord } from '../formats/csv';
import type { ImporterSpec, RowHandler } from './importer';
import { fields, type Header, type ImportContext } from './importer';

const ACTOR = (n: 1 | 2) =>
  [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((c) => `Actor${n}${c}`);
const GEO = (prefix: string, withAdm2: boolean) =>
  [
    'Type',
    'FullName',
    'CountryCode',
    'ADM1Code',
    ...(withAdm2 ? ['ADM2Code'] : []),
    'Lat',
    'Long',
    'FeatureID',
  ].map((c) => `${prefix}Geo_${c}`);
const EVENT = [
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
];
const columns = (withAdm2: boolean) => [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR(1),
  ...ACTOR(2),
  ...EVENT,
  ...GEO('Actor1', withAdm2),
  ...GEO('Actor2', withAdm2),
  ...GEO('Action', withAdm2),
  'DATEADDED',
  'SOURCEURL',
];

/** The 58 columns of GDELT 1.0 event files (with a header row) and the 61 of GDELT 2.0 (without). */
export const GDELT1_COLUMNS = columns(false);
export const GDELT2_COLUMNS = columns(true);

function gdeltRows(header: Header, ctx: ImportContext): RowHandler {
  const f = fields(ctx, header);
  return (r: CsvRecord, sink) => {
    const raw = f.text(r, 'SQLDATE');
    const date = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
    if (!/^\d{8}$/.test(raw))
      ctx.fail(r.line, f.col('SQLDATE'), `SQLDATE must be YYYYMMDD, found "${raw.slice(0, 20)}"`);
    const year = Number(raw.slice(0, 4));
    const fips = f.optionalText(r, 'ActionGeo_CountryCode');
    const iso3 = fips
      ? FIPS_TO_ISO3[fips]
        ? ctx.resolver.byCode('iso3', FIPS_TO_ISO3[fips], year)
        : undefined
      : undefined;
    if (!iso3) {
      ctx.unmatched(
        fips
          ? `${f.text(r, 'ActionGeo_FullName') || 'unnamed place'} (FIPS ${fips})`
          : 'no action location',
        year,
      );
      return;
    }
    const lat = f.optionalNumber(r, 'ActionGeo_Lat');
    const long = f.optionalNumber(r, 'ActionGeo_Long');
    if (lat !== null && (lat < -90 || lat > 90))
      ctx.fail(r.line, f.col('ActionGeo_Lat'), `latitude ${lat} is outside -90..90`);
    if (long !== null && (long < -180 || long > 180))
      ctx.fail(r.line, f.col('ActionGeo_Long'), `longitude ${long} is outside -180..180`);
    const code = f.text(r, 'EventCode');
    if (!/^\d{2,4}$/.test(code))
      ctx.fail(
        r.line,
        f.col('EventCode'),
        `EventCode must be a CAMEO code, found "${code.slice(0, 20)}"`,
      );
    sink.event({
      sourceId: f.text(r, 'GLOBALEVENTID'),
      dateStart: date,
      dateEnd: date,
      datePrecision: 1,
      year,
      iso3,
      admin1: f.optionalText(r, 'ActionGeo_ADM1Code'),
      latitude: lat,
      longitude: long,
      geoPrecision: f.optionalNumber(r, 'ActionGeo_Type'),
      violenceType: `cameo:${code}`,
      actorA: f.optionalText(r, 'Actor1Name'),
      actorB: f.optionalText(r, 'Actor2Name'),
      deathsBest: null,
      deathsLow: null,
      deathsHigh: null,
      deathsCivilians: null,
      // GDELT codes what happened (CAMEO), not whom it targeted: civilian targeting is unknown.
      civilianTargeting: false,
      description: f.optionalText(r, 'SOURCEURL'),
    });
  };
}

/** GDELT 1.0 event files: 58 columns with a header row, CAMEO-coded, FIPS country codes. */
export const gdelt1Importer: ImporterSpec = {
  kind: 'gdelt1',
  source: 'GDELT 1.0 Event Database',
  licence: 'GDELT: unrestricted use with citation',
  importerVersion: '1',
  requiredColumns: [
    'GLOBALEVENTID',
    'SQLDATE',
    'EventCode',
    'Actor1Name',
    'Actor2Name',
    'ActionGeo_Type',
    'ActionGeo_FullName',
    'ActionGeo_CountryCode',
    'ActionGeo_ADM1Code',
    'ActionGeo_Lat',
    'ActionGeo_Long',
    'SOURCEURL',
  ],
  start: gdeltRows,
};

/** GDELT 2.0 event files: 61 tab-separated columns, no header row. */
export const gdelt2Importer: ImporterSpec = {
  kind: 'gdelt2',
  source: 'GDELT 2.0 Event Database',
  licence: 'GDELT: unrestricted use with citation',
  importerVersion: '1',
  delimiter: '\t',
  headerless: GDELT2_COLUMNS,
  requiredColumns: [],
  start: gdeltRows,
};
