import { FeedError, type DatasetKind, type FeedTable } from '@lens/core';

const cell = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : typeof v === 'string'
      ? v
      : typeof v === 'number' || typeof v === 'boolean'
        ? String(v)
        : JSON.stringify(v);

/**
 * Rows of a JSON answer as a table the importers read: the first row's fields are the header,
 * and every row must have exactly those fields (a field missing, added or renamed part-way is
 * schema drift, refused by page, row and field).
 */
export function jsonTable(
  name: string,
  kind: DatasetKind,
  rows: readonly unknown[],
  header?: readonly string[],
): FeedTable {
  const first = rows[0];
  const fields = header ?? (first && typeof first === 'object' ? Object.keys(first) : []);
  const known = new Set(fields);
  const records = rows.map((row, i) => {
    if (!row || typeof row !== 'object' || Array.isArray(row))
      throw new FeedError(`${name}: row ${i + 1} is not an object`);
    const r = row as Record<string, unknown>;
    for (const f of fields)
      if (!(f in r)) throw new FeedError(`${name}: row ${i + 1}: field ${f} is missing`);
    for (const k of Object.keys(r))
      if (!known.has(k))
        throw new FeedError(`${name}: row ${i + 1}: field ${k} is not in the earlier rows`);
    return { fields: fields.map((f) => cell(r[f])), line: i + 2 };
  });
  return { name, kind, header: fields, records, json: true };
}
