// Maintainers: derive the bundled mass-killing onset facts (data/bundled/ewp-onsets) from the Early
// Warning Project's country-year panel in ../shared/data/restricted/ewp-2025. Only the facts are
// kept (country, year, onset, ongoing and ended episodes, targeting scope, the panel's bookkeeping
// years); the EWP's narrative codes and names are dropped. Usage: npx tsx scripts/derive-ewp-facts.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { csvField, parseCsv } from '@lens/core';

const src = path.resolve(
  import.meta.dirname,
  '../../shared/data/restricted/ewp-2025/basedata2025_4august2025.csv',
);
const out = path.resolve(
  import.meta.dirname,
  '../data/bundled/ewp-onsets/ewp_mk_onset_facts_2025.csv',
);
/** The output's columns, in order: what the `ewp-outcomes` importer reads, and the country name. */
const KEEP = [
  'year',
  'country',
  'ccode',
  'datastartyear',
  'dataendyear',
  'independence_year',
  'mk_onset',
  'mk_ongoing',
  'mk_offset',
  'mk_onset_count',
  'mk_offset_count',
  'mk_ongoing_count',
  'mk_location_ever',
  'mk_responsible_ever',
  'mk_ongoing_widescope',
  'widetargeting',
  'narrowtargeting',
];
const text = readFileSync(src, 'utf8');
const [header, ...records] = parseCsv(text, { source: src });
const idx = KEEP.map((k) => {
  const i = header!.fields.indexOf(k);
  if (i < 0) throw new Error(`${src}: no column ${k}`);
  return i;
});
const rows = [KEEP.join(',')];
for (const r of records) {
  if (r.fields.length === 1 && r.fields[0] === '') continue;
  rows.push(idx.map((i) => csvField(r.fields[i] === 'NA' ? '' : (r.fields[i] ?? ''))).join(','));
}
const body = `${rows.join('\n')}\n`;
writeFileSync(out, body);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
console.log(`${rows.length - 1} rows; source sha256 ${sha(text)}; output sha256 ${sha(body)}`);
