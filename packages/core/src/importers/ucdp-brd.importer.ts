import type { ImporterSpec } from './importer';
import { fields } from './importer';
import { ucdpLocations, ucdpVersion } from './ucdp';

/**
 * UCDP Battle-Related Deaths (dyad-year). Stored per country-year of the conflict's location:
 * `brd_best`, `brd_low`, `brd_high` for all conflicts, and `brd_best_internal` for internal and
 * internationalised internal conflicts only (type_of_conflict 3 and 4), the EWP's battle-death
 * input. A dyad fought over several location countries (interstate wars) counts in each of them,
 * since UCDP does not split its deaths by country.
 */
export const ucdpBrdImporter: ImporterSpec = {
  kind: 'ucdp-brd',
  source: 'UCDP Battle-Related Deaths Dataset (dyad-year)',
  licence: 'CC BY 4.0',
  importerVersion: '2',
  requiredColumns: [
    'dyad_id',
    'year',
    'bd_best',
    'bd_low',
    'bd_high',
    'type_of_conflict',
    'gwno_loc',
    'location_inc',
  ],
  versionFrom: ucdpVersion,
  start(header, ctx) {
    const f = fields(ctx, header);
    const totals = new Map<
      string,
      { iso3: string; year: number; best: number; low: number; high: number; internal: number }
    >();
    const seen = new Set<string>();
    return {
      row(r) {
        const year = f.number(r, 'year', { integer: true, min: 1946, max: 2100 });
        const dyad = f.text(r, 'dyad_id');
        if (seen.has(`${dyad}|${year}`))
          ctx.fail(r.line, f.col('dyad_id'), `dyad ${dyad} appears twice for ${year}`);
        seen.add(`${dyad}|${year}`);
        const best = f.number(r, 'bd_best', { min: 0 });
        const low = f.number(r, 'bd_low', { min: 0 });
        const high = f.number(r, 'bd_high', { min: 0 });
        const type = f.number(r, 'type_of_conflict', { integer: true, min: 1, max: 4 });
        for (const iso3 of ucdpLocations(ctx, header, r, year, 'location_inc')) {
          const key = `${iso3}|${year}`;
          const t = totals.get(key) ?? { iso3, year, best: 0, low: 0, high: 0, internal: 0 };
          t.best += best;
          t.low += low;
          t.high += high;
          if (type >= 3) t.internal += best;
          totals.set(key, t);
        }
      },
      finish(sink) {
        for (const t of totals.values()) {
          sink.value({ iso3: t.iso3, year: t.year, variable: 'brd_best', value: t.best });
          sink.value({ iso3: t.iso3, year: t.year, variable: 'brd_low', value: t.low });
          sink.value({ iso3: t.iso3, year: t.year, variable: 'brd_high', value: t.high });
          sink.value({
            iso3: t.iso3,
            year: t.year,
            variable: 'brd_best_internal',
            value: t.internal,
          });
        }
      },
    };
  },
};
