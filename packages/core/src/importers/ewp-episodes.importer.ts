import type { ImporterSpec } from './importer';
import { fields } from './importer';

/**
 * The Early Warning Project's list of mass-killing episodes (1,000 or more civilians killed
 * deliberately by armed groups in a period of sustained violence). Each episode is stored as an
 * event spanning its years (the code, e.g. csk1945s1, as its id), located in the country whose
 * COW code it names in its first year. An empty end year means the episode is ongoing.
 */
export const ewpEpisodesImporter: ImporterSpec = {
  kind: 'ewp-episodes',
  source: 'Early Warning Project mass-killing episode list (US Holocaust Memorial Museum)',
  licence: 'facts; attribution to the Early Warning Project',
  importerVersion: '1',
  requiredColumns: [
    'country',
    'mk_event_name',
    'startyear',
    'endyear',
    'mk_event_code',
    'State-Led or Non-State-Led',
    'mk_location_cow',
  ],
  start(header, ctx) {
    const f = fields(ctx, header);
    return (r, sink) => {
      const start = f.number(r, 'startyear', { integer: true, min: 1900, max: 2100 });
      const endRaw = f.optionalText(r, 'endyear');
      const end =
        endRaw === null ? null : f.number(r, 'endyear', { integer: true, min: start, max: 2100 });
      const cow = f.text(r, 'mk_location_cow');
      const iso3 = ctx.resolver.byCode('cow', cow, start);
      if (!iso3) {
        ctx.unmatched(`${f.text(r, 'country')} (COW ${cow || 'blank'})`, start);
        return;
      }
      const led = f.text(r, 'State-Led or Non-State-Led');
      if (!/^(State-Led|Non-State-Led)$/i.test(led)) {
        ctx.fail(
          r.line,
          f.col('State-Led or Non-State-Led'),
          `must be State-Led or Non-State-Led, found "${led}"`,
        );
      }
      sink.event({
        sourceId: f.text(r, 'mk_event_code'),
        dateStart: `${start}-01-01`,
        dateEnd: end === null ? `${start}-12-31` : `${end}-12-31`,
        datePrecision: 5,
        year: start,
        iso3,
        admin1: null,
        latitude: null,
        longitude: null,
        geoPrecision: null,
        violenceType: /^state/i.test(led) ? 'mass-killing-state-led' : 'mass-killing-non-state',
        actorA: null,
        actorB: null,
        deathsBest: null,
        deathsLow: null,
        deathsHigh: null,
        deathsCivilians: null,
        civilianTargeting: true,
        description: `${f.text(r, 'mk_event_name')}${end === null ? ' (ongoing)' : ''}`,
      });
    };
  },
};
