/**
 * npm run bench:classifier-acled — the escalation classifier's text lexicon checked against labels
 * Lens did not write (issue 18): the 9,000 real ACLED events in ../shared (restricted; read at run
 * time, never copied), each note read as free text alone (no structured field), against ACLED's own
 * coding of the same event. Indicator <- ACLED coding:
 *   civilians_targeted <- event type "Violence against civilians" or civilian_targeting set
 *   sexual_violence    <- sub-event "Sexual violence"
 *   armed_contest      <- event type "Battles"
 *   accountability     <- sub-event "Arrests"
 * Prints precision and recall per indicator (all notes are in English).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { escalationClassifier, type IndicatorId } from '@lens/core';
import { readCsv } from '@lens/node';

const FILE = path.resolve(
  import.meta.dirname,
  '../../../shared/data/restricted/acledR-package-samples/acled_old_deletion_dummy.csv',
);
if (!existsSync(FILE)) {
  console.log(`skipped: ${FILE} is absent (restricted data are read from ../shared only)`);
  process.exit(0);
}
const LABELS: Array<[IndicatorId, (r: Record<string, string>) => boolean]> = [
  [
    'civilians_targeted',
    (r) => r.event_type === 'Violence against civilians' || !!r.civilian_targeting,
  ],
  ['sexual_violence', (r) => r.sub_event_type === 'Sexual violence'],
  ['armed_contest', (r) => r.event_type === 'Battles'],
  ['accountability', (r) => r.sub_event_type === 'Arrests'],
];
const c = escalationClassifier();
const counts = new Map(LABELS.map(([i]) => [i, { tp: 0, fp: 0, fn: 0 }]));
const rows = readCsv(FILE);
for (const r of rows) {
  const found = new Set(
    c
      .classify({ type: null, civiliansTargeted: false, text: r.notes ?? '' })
      .map((h) => h.indicator),
  );
  for (const [i, label] of LABELS) {
    const k = counts.get(i)!;
    const want = label(r);
    if (want && found.has(i)) k.tp++;
    else if (found.has(i)) k.fp++;
    else if (want) k.fn++;
  }
}
const f = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(`${c.version} on ${rows.length} ACLED notes (text only), against ACLED's coding\n`);
console.log('| indicator | ACLED-coded events | found by Lens | precision | recall |');
console.log('|---|---:|---:|---:|---:|');
for (const [i, k] of counts)
  console.log(
    `| ${i} | ${k.tp + k.fn} | ${k.tp + k.fp} | ${f(k.tp, k.tp + k.fp)} | ${f(k.tp, k.tp + k.fn)} |`,
  );
