import type { ImporterSpec } from './importer';
import { fields } from './importer';
import { ucdpCountry, ucdpVersion } from './ucdp';

/** The columns the importer reads, all required. */
const COLUMNS = [
  'id',
  'year',
  'type_of_violence',
  'side_a',
  'side_b',
  'where_prec',
  'adm_1',
  'latitude',
  'longitude',
  'country',
  'country_id',
  'date_prec',
  'date_start',
  'date_end',
  'deaths_civilians',
  'best',
  'high',
  'low',
  'source_headline',
];

const VIOLENCE = { 1: 'state-based', 2: 'non-state', 3: 'one-sided' } as const;

/** UCDP Georeferenced Event Dataset, the 49-column CSV layout (versions 20.1 to 25.1). */
export const ucdpGedImporter: ImporterSpec = {
  kind: 'ucdp-ged',
  source: 'UCDP Georeferenced Event Dataset (GED)',
  licence: 'CC BY 4.0',
  importerVersion: '1',
  requiredColumns: COLUMNS,
  // The version column is read from the first row when a file has one (ucdpVersion).
  readsOnly: [...COLUMNS, 'version'],
  versionFrom: ucdpVersion,
  start(header, ctx) {
    const f = fields(ctx, header);
    return (r, sink) => {
      const year = f.number(r, 'year', { integer: true, min: 1946, max: 2100 });
      const gw = f.number(r, 'country_id', { integer: true, min: 1 });
      const iso3 = ucdpCountry(ctx, gw, year);
      if (!iso3) {
        ctx.unmatched(`${f.text(r, 'country')} (G-W ${gw})`, year);
        return;
      }
      const type = f.number(r, 'type_of_violence', { integer: true, min: 1, max: 3 }) as 1 | 2 | 3;
      const dateStart = f.date(r, 'date_start');
      const dateEnd = f.date(r, 'date_end');
      if (dateEnd < dateStart)
        ctx.fail(
          r.line,
          f.col('date_end'),
          `date_end ${dateEnd} is before date_start ${dateStart}`,
        );
      const latitude = f.optionalNumber(r, 'latitude');
      const longitude = f.optionalNumber(r, 'longitude');
      if (latitude !== null && (latitude < -90 || latitude > 90))
        ctx.fail(r.line, f.col('latitude'), `latitude ${latitude} is outside -90..90`);
      if (longitude !== null && (longitude < -180 || longitude > 180))
        ctx.fail(r.line, f.col('longitude'), `longitude ${longitude} is outside -180..180`);
      sink.event({
        sourceId: f.text(r, 'id'),
        dateStart,
        dateEnd,
        datePrecision: f.optionalNumber(r, 'date_prec'),
        year,
        iso3,
        admin1: f.optionalText(r, 'adm_1'),
        latitude,
        longitude,
        geoPrecision: f.optionalNumber(r, 'where_prec'),
        violenceType: VIOLENCE[type],
        actorA: f.optionalText(r, 'side_a'),
        actorB: f.optionalText(r, 'side_b'),
        deathsBest: f.number(r, 'best', { integer: true, min: 0 }),
        deathsLow: f.optionalNumber(r, 'low'),
        deathsHigh: f.optionalNumber(r, 'high'),
        deathsCivilians: f.optionalNumber(r, 'deaths_civilians'),
        civilianTargeting: type === 3,
        description: f.optionalText(r, 'source_headline'),
      });
    };
  },
};
