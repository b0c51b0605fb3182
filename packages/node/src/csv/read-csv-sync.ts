import { readFileSync } from 'node:fs';
import { LensError, parseCsv } from '@lens/core';

/** Reads a small CSV file with a header row into objects keyed by column name. */
export function readCsv(file: string): Array<Record<string, string>> {
  const records = parseCsv(readFileSync(file, 'utf8'), { source: file });
  const [header, ...rows] = records;
  if (!header) throw new LensError('invalid', `${file}: line 1, column 1: the file is empty`);
  return rows.map((r) => {
    if (r.fields.length !== header.fields.length) {
      throw new LensError(
        'invalid',
        `${file}: line ${r.line}, column 1: expected ${header.fields.length} fields, found ${r.fields.length}`,
      );
    }
    return Object.fromEntries(header.fields.map((h, i) => [h, r.fields[i] ?? '']));
  });
}
