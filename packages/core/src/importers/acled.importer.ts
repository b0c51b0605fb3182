import type { ImporterSpec } from './importer';
import { fields } from './importer';

/**
 * ACLED events in the current 31-column export. Countries come from ACLED's ISO numeric code
 * (`iso`), with its country name as a fallback; `civilian_targeting` is ACLED's own flag;
 * `assoc_actor_1/2` (actors acting with each side), where present, feed the actor network.
 */
export const acledImporter: ImporterSpec = {
  kind: 'acled',
  source: 'Armed Conflict Location & Event Data (ACLED)',
  licence: 'ACLED terms of use (no public redistribution)',
  importerVersion: '1',
  requiredColumns: [
    'event_id_cnty',
    'event_date',
    'year',
    'time_precision',
    'event_type',
    'sub_event_type',
    'actor1',
    'actor2',
    'civilian_targeting',
    'iso',
    'country',
    'admin1',
    'latitude',
    'longitude',
    'geo_precision',
    'notes',
    'fatalities',
  ],
  start(header, ctx) {
    const f = fields(ctx, header);
    // Associated actors (co-perpetrators, named victim groups) where the export has them.
    const assoc = (r: Parameters<typeof f.text>[0], column: string): string[] =>
      header.has(column)
        ? (f.optionalText(r, column) ?? '')
            .split(';')
            .map((a) => a.trim())
            .filter((a) => a.length > 0)
        : [];
    return (r, sink) => {
      const dateStart = f.date(r, 'event_date');
      const year = f.number(r, 'year', { integer: true, min: 1990, max: 2100 });
      if (Number(dateStart.slice(0, 4)) !== year)
        ctx.fail(r.line, f.col('year'), `year ${year} does not match event_date ${dateStart}`);
      const iso = f.optionalNumber(r, 'iso');
      const iso3 =
        (iso !== null ? ctx.resolver.byCode('isoNumeric', iso, year) : undefined) ??
        ctx.resolver.byName(f.text(r, 'country'), year);
      if (!iso3) {
        ctx.unmatched(`${f.text(r, 'country')} (ISO ${iso ?? 'blank'})`, year);
        return;
      }
      const latitude = f.number(r, 'latitude', { min: -90, max: 90 });
      const longitude = f.number(r, 'longitude', { min: -180, max: 180 });
      const fatalities = f.number(r, 'fatalities', { integer: true, min: 0 });
      sink.event({
        sourceId: f.text(r, 'event_id_cnty'),
        dateStart,
        dateEnd: dateStart,
        datePrecision: f.optionalNumber(r, 'time_precision'),
        year,
        iso3,
        admin1: f.optionalText(r, 'admin1'),
        latitude,
        longitude,
        geoPrecision: f.optionalNumber(r, 'geo_precision'),
        violenceType: `${f.text(r, 'event_type')}: ${f.text(r, 'sub_event_type')}`,
        actorA: f.optionalText(r, 'actor1'),
        actorB: f.optionalText(r, 'actor2'),
        associatedA: assoc(r, 'assoc_actor_1'),
        associatedB: assoc(r, 'assoc_actor_2'),
        deathsBest: fatalities,
        deathsLow: null,
        deathsHigh: null,
        deathsCivilians: null,
        civilianTargeting: /civilian/i.test(f.text(r, 'civilian_targeting')),
        description: f.optionalText(r, 'notes'),
      });
    };
  },
};
