import type { CountryYearValue, EventRecord } from '../domain/dataset';
import { LensError, isLensError } from '../domain/errors';
import type { Country } from '../domain/country';
import { ImportRun } from '../importers/import-run';
import type { FeedPull } from '../ports/feeds';

/** What a pull's tables hold once every row went through its importer. */
export interface PulledRecords {
  readonly events: EventRecord[];
  readonly values: CountryYearValue[];
  readonly rows: number;
  readonly notes: string[];
}

const EVENT_FIELDS: ReadonlyArray<keyof EventRecord> = [
  'dateStart',
  'dateEnd',
  'datePrecision',
  'year',
  'iso3',
  'admin1',
  'latitude',
  'longitude',
  'geoPrecision',
  'violenceType',
  'actorA',
  'actorB',
  'deathsBest',
  'deathsLow',
  'deathsHigh',
  'deathsCivilians',
  'civilianTargeting',
  'description',
];
const list = (a: readonly string[] | undefined) => (a ?? []).join('; ');

/** Whether a pulled event says something the stored row does not (a revision). */
export function eventChanged(stored: EventRecord, pulled: EventRecord): boolean {
  return (
    EVENT_FIELDS.some((f) => (stored[f] ?? null) !== (pulled[f] ?? null)) ||
    list(stored.associatedA) !== list(pulled.associatedA) ||
    list(stored.associatedB) !== list(pulled.associatedB)
  );
}

/**
 * Runs every table of a pull through its kind's importer: the same validation and country
 * matching as a file import. An error names the table (source and page or file), the row and the
 * field. An event the pull carries twice (a revision made while pages were read) is taken once,
 * as last seen.
 */
export function readPull(pull: FeedPull, countries: readonly Country[]): PulledRecords {
  const events = new Map<string, EventRecord>();
  const values: CountryYearValue[] = [];
  const notes: string[] = [];
  let rows = 0;
  for (const table of pull.tables) {
    const run = new ImportRun(table.kind, table.name, countries, pull.version);
    try {
      const batch = run.spec.headerless
        ? table.records
        : [{ fields: [...table.header], line: 1 }, ...table.records];
      const out = run.push(batch);
      const end = run.end();
      for (const e of [...out.events, ...end.events]) events.set(e.sourceId, e);
      values.push(...out.values, ...end.values);
      rows += end.rows;
      for (const n of end.notes) notes.push(`${table.name}: ${n}`);
    } catch (e) {
      if (isLensError(e) && table.json)
        throw new LensError(
          e.category,
          // A JSON page has rows and fields, not lines and columns: line 1 is the field names.
          e.message.replace(/: line (\d+), column \d+: /, (_m, line: string) =>
            Number(line) <= 1 ? ': ' : `: row ${Number(line) - 1}: `,
          ),
          e.details,
        );
      throw e;
    }
  }
  return { events: [...events.values()], values, rows, notes };
}
