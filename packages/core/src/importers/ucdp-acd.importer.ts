import type { ImporterSpec } from './importer';
import { fields } from './importer';
import { ucdpLocations, ucdpVersion } from './ucdp';

/**
 * UCDP/PRIO Armed Conflict Dataset (conflict-year rows). Stored as country-year variables for
 * each location country: `acd_conflicts` (active conflicts located there), `acd_internal`
 * (intrastate and internationalised intrastate), `acd_max_intensity` (1: 25-999 battle deaths,
 * 2: 1,000 or more).
 */
export const ucdpAcdImporter: ImporterSpec = {
  kind: 'ucdp-acd',
  source: 'UCDP/PRIO Armed Conflict Dataset',
  licence: 'CC BY 4.0',
  importerVersion: '1',
  requiredColumns: [
    'conflict_id',
    'location',
    'year',
    'intensity_level',
    'type_of_conflict',
    'gwno_loc',
  ],
  versionFrom: ucdpVersion,
  start(header, ctx) {
    const f = fields(ctx, header);
    const totals = new Map<
      string,
      { iso3: string; year: number; conflicts: number; internal: number; intensity: number }
    >();
    const seen = new Set<string>();
    return {
      row(r) {
        const year = f.number(r, 'year', { integer: true, min: 1946, max: 2100 });
        const conflict = f.text(r, 'conflict_id');
        if (seen.has(`${conflict}|${year}`))
          ctx.fail(r.line, f.col('conflict_id'), `conflict ${conflict} appears twice for ${year}`);
        seen.add(`${conflict}|${year}`);
        const intensity = f.number(r, 'intensity_level', { integer: true, min: 1, max: 2 });
        const type = f.number(r, 'type_of_conflict', { integer: true, min: 1, max: 4 });
        for (const iso3 of ucdpLocations(ctx, header, r, year, 'location')) {
          const key = `${iso3}|${year}`;
          const t = totals.get(key) ?? { iso3, year, conflicts: 0, internal: 0, intensity: 0 };
          t.conflicts += 1;
          if (type >= 3) t.internal += 1;
          t.intensity = Math.max(t.intensity, intensity);
          totals.set(key, t);
        }
      },
      finish(sink) {
        for (const t of totals.values()) {
          sink.value({ iso3: t.iso3, year: t.year, variable: 'acd_conflicts', value: t.conflicts });
          sink.value({ iso3: t.iso3, year: t.year, variable: 'acd_internal', value: t.internal });
          sink.value({
            iso3: t.iso3,
            year: t.year,
            variable: 'acd_max_intensity',
            value: t.intensity,
          });
        }
      },
    };
  },
};
