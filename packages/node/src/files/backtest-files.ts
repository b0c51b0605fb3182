import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LensError, type BacktestRow } from '@lens/core';
import { readCsv } from '../csv/read-csv-sync';

/**
 * A back-test table written by Lens, the R peer script or the EWP (`FOOSforecasts_*.csv`):
 * columns ccode, year, mk_onset, maxrisk2, minrank2 (others ignored).
 */
export function readBacktestTable(file: string): BacktestRow[] {
  const name = path.basename(file);
  const rows = readCsv(file);
  return rows.flatMap((r, i) => {
    const num = (col: string) => {
      const v = r[col];
      if (v === undefined)
        throw new LensError('invalid', `${name}: line 1: expected a column ${col}`);
      const n = Number(v);
      if (v === '' || v === 'NA' || !Number.isFinite(n))
        throw new LensError(
          'invalid',
          `${name}: line ${i + 2}: ${col} must be a number, found "${v}"`,
        );
      return n;
    };
    // Country-years without an outcome or without a forecast are not scored.
    if ([r.mk_onset, r.maxrisk2, r.minrank2].some((v) => v === 'NA' || v === '')) return [];
    return [
      {
        ccode: num('ccode'),
        iso3: '',
        year: num('year'),
        mkOnset: num('mk_onset'),
        maxrisk2: num('maxrisk2'),
        minrank2: num('minrank2'),
      },
    ];
  });
}

export async function writeBacktestTable(
  file: string,
  rows: readonly BacktestRow[],
): Promise<void> {
  const lines = ['ccode,year,mk_onset,maxrisk2,minrank2'];
  for (const r of rows)
    lines.push(`${r.ccode ?? ''},${r.year},${r.mkOnset},${r.maxrisk2},${r.minrank2}`);
  await writeFile(file, `${lines.join('\n')}\n`);
}
