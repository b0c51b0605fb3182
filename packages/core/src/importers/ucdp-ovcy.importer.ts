import type { ImporterSpec } from './importer';
import { fields } from './importer';
import { ucdpCountry, ucdpVersion } from './ucdp';

/** The count variables kept from the country-year file: deaths by type of violence, best/low/high. */
const VARIABLES = ['sb', 'ns', 'os']
  .flatMap((t) => ['best', 'low', 'high'].map((b) => `${t}_total_deaths_${b}_cy`))
  .concat(
    ['best', 'low', 'high'].flatMap((b) => [
      `os_any_govt_killings_${b}_cy`,
      `os_nsgroup_killings_${b}_cy`,
    ]),
    [
      'sb_exist_cy',
      'ns_exist_cy',
      'os_exist_cy',
      'sb_dyad_count_cy',
      'ns_dyad_count_cy',
      'os_dyad_count_cy',
    ],
  );

/** UCDP Organized Violence Country-Year dataset (25.1 layout): state-based, non-state and one-sided deaths. */
export const ucdpOvcyImporter: ImporterSpec = {
  kind: 'ucdp-ovcy',
  source: 'UCDP Organized Violence Country-Year Dataset',
  licence: 'CC BY 4.0',
  importerVersion: '1',
  requiredColumns: ['country_id_cy', 'country_cy', 'year_cy', ...VARIABLES],
  versionFrom: ucdpVersion,
  start(header, ctx) {
    const f = fields(ctx, header);
    return (r, sink) => {
      const year = f.number(r, 'year_cy', { integer: true, min: 1946, max: 2100 });
      const gw = f.number(r, 'country_id_cy', { integer: true, min: 1 });
      const iso3 = ucdpCountry(ctx, gw, year);
      if (!iso3) {
        ctx.unmatched(`${f.text(r, 'country_cy')} (G-W ${gw})`, year);
        return;
      }
      for (const variable of VARIABLES)
        sink.value({ iso3, year, variable, value: f.number(r, variable, { min: 0 }) });
    };
  },
};
