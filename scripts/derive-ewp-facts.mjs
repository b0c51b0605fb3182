#!/usr/bin/env node
// Maintainers: derive the bundled mass-killing onset facts (data/bundled/ewp-onsets) from the Early
// Warning Project's country-year panel in ../shared/data/restricted/ewp-2025. Only the facts are
// kept (country, year, onset, ongoing and ended episodes, targeting scope, the panel's bookkeeping
// years); the EWP's narrative codes and names are dropped. Usage: node scripts/derive-ewp-facts.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { URL } from 'node:url';

const src = new URL(
  '../../shared/data/restricted/ewp-2025/basedata2025_4august2025.csv',
  import.meta.url,
);
const out = new URL('../data/bundled/ewp-onsets/ewp_mk_onset_facts_2025.csv', import.meta.url);
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
function parseLine(line) {
  const cells = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells;
}
const text = readFileSync(src, 'utf8');
const lines = text.split(/\r?\n/).filter((l) => l !== '');
const header = parseLine(lines[0]);
const idx = KEEP.map((k) => {
  const i = header.indexOf(k);
  if (i < 0) throw new Error(`no column ${k}`);
  return i;
});
const q = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const rows = [KEEP.join(',')];
for (const l of lines.slice(1)) {
  const c = parseLine(l);
  rows.push(idx.map((i) => q(c[i] === 'NA' ? '' : c[i])).join(','));
}
const body = `${rows.join('\n')}\n`;
writeFileSync(out, body);
console.log(
  `${rows.length - 1} rows; source sha256 ${createHash('sha256').update(text).digest('hex')}; output sha256 ${createHash('sha256').update(body).digest('hex')}`,
);
