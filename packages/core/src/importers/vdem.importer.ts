import type { ImporterSpec } from './importer';
import { fields } from './importer';

/** Identifier and bookkeeping columns of V-Dem files that are not indicators. */
const NOT_INDICATORS = new Set([
  'country_name',
  'country_text_id',
  'country_id',
  'year',
  'historical_date',
  'project',
  'historical',
  'histname',
  'codingstart',
  'codingend',
  'codingstart_contemp',
  'codingend_contemp',
  'codingstart_hist',
  'codingend_hist',
  'gapstart1',
  'gapstart2',
  'gapstart3',
  'gapend1',
  'gapend2',
  'gapend3',
  'gap_index',
  'COWcode',
  'sftgcode',
  'v2x_hosabort',
  'v2x_hosinter',
]);

/**
 * V-Dem country-year data, any subset of columns (the full dataset, V-Dem lite, or the EWP's
 * extract). Every numeric column other than identifiers is stored under its V-Dem name; empty
 * cells are not stored. Countries are matched by V-Dem's country_text_id (ISO-like, year-aware).
 */
export const vdemImporter: ImporterSpec = {
  kind: 'vdem',
  source: 'Varieties of Democracy (V-Dem)',
  licence: 'CC BY-SA 4.0',
  importerVersion: '1',
  // Countries by country_text_id (V-Dem's ISO-like code) or, in extracts without it, COWcode.
  requiredColumns: ['country_name', 'year'],
  versionFrom: (fileName) => /v(\d+(?:\.\d+)?)/i.exec(fileName)?.[1],
  start(header, ctx) {
    if (!header.has('country_text_id') && !header.has('COWcode')) {
      ctx.fail(1, 1, 'the header lacks country_text_id or COWcode: no column names the country');
    }
    const f = fields(ctx, header);
    const indicators = header.names
      .map((name, i) => ({ name: name.trim(), i }))
      .filter(
        (c) =>
          c.name !== '' &&
          !NOT_INDICATORS.has(c.name) &&
          !c.name.endsWith('_codelow') &&
          !c.name.endsWith('_codehigh') &&
          !c.name.endsWith('_sd'),
      );
    if (indicators.length === 0)
      ctx.fail(
        1,
        1,
        'the file has no indicator columns besides country_name, country_text_id and year',
      );
    return (r, sink) => {
      const year = f.number(r, 'year', { integer: true, min: 1789, max: 2100 });
      const byIso = header.has('country_text_id');
      const code = f.text(r, byIso ? 'country_text_id' : 'COWcode');
      // V-Dem's own codes for units without an ISO code.
      const iso3 = !byIso
        ? ctx.resolver.byCode('cow', code, year)
        : code === 'VDR'
          ? ctx.resolver.byCode('iso3', 'XSV', year)
          : ctx.resolver.byCode('iso3', code, year);
      if (!iso3) {
        ctx.unmatched(`${f.text(r, 'country_name')} (${byIso ? code : `COW ${code}`})`, year);
        return;
      }
      for (const { name, i } of indicators) {
        const raw = (r.fields[i] ?? '').trim();
        if (raw === '' || raw === 'NA') continue;
        const value = Number(raw);
        if (!Number.isFinite(value))
          ctx.fail(r.line, i + 1, `${name} must be a number or empty, found "${raw.slice(0, 40)}"`);
        sink.value({ iso3, year, variable: name, value });
      }
    };
  },
};
