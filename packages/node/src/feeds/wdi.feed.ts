import {
  FeedError,
  type Feed,
  type FeedPull,
  type FeedPullInput,
  type FeedTable,
} from '@lens/core';
import { FeedHttp, type FeedHttpOptions } from './feed-http';

const DEFAULT_BASE = 'https://api.worldbank.org/v2';
const PAGE_SIZE = 1000;
/** The WDI series Lens's models and lens read (population for the open model). */
const DEFAULT_SERIES = ['SP.POP.TOTL'];
const HEADER = ['Country Name', 'Country Code', 'Series Code', 'Year', 'Value'];

interface Meta {
  readonly page: number;
  readonly pages: number;
  readonly lastupdated?: string;
}
interface Row {
  readonly indicator?: { id?: string };
  readonly country?: { value?: string };
  readonly countryiso3code?: string;
  readonly date?: string;
  readonly value?: number | null;
}

/**
 * The World Bank's API v2 for the WDI series Lens uses: paged JSON (`[meta, rows]`), read as the
 * long layout the WDI importer takes (country, series, year, value). A series whose `lastupdated`
 * has not changed since the last run is not read again.
 */
export function wdiFeed(http: FeedHttpOptions = {}): Feed {
  return {
    connector: 'wdi',
    defaultInterval: 7 * 24 * 60,
    kind: 'wdi',
    async pull(input: FeedPullInput): Promise<FeedPull> {
      const base = String(input.settings.baseUrl ?? DEFAULT_BASE).replace(/\/$/, '');
      const series = (input.settings.series as string[] | undefined) ?? DEFAULT_SERIES;
      const seen = (input.cursor as { updated?: Record<string, string> } | null)?.updated ?? {};
      const client = new FeedHttp('World Bank API', input, http);
      const tables: FeedTable[] = [];
      const updated: Record<string, string> = { ...seen };
      for (const code of series) {
        const rows: string[][] = [];
        let fresh = true;
        for (let page = 1, pages = 1; page <= pages && fresh; page++) {
          const what = `${code} page ${page}`;
          const body = await client.json(
            `${base}/country/all/indicator/${encodeURIComponent(code)}?format=json&per_page=${PAGE_SIZE}&page=${page}`,
            what,
          );
          if (!Array.isArray(body) || body.length < 1)
            throw new FeedError(`World Bank API ${what}: the answer is not [meta, rows]`);
          const meta = body[0] as Meta & { message?: Array<{ value?: string }> };
          if (meta.message)
            throw new FeedError(
              `World Bank API ${what}: ${meta.message.map((m) => m.value).join('; ')}`,
            );
          if (typeof meta.pages !== 'number')
            throw new FeedError(`World Bank API ${what}: the answer has no page count`);
          pages = meta.pages;
          if (page === 1 && meta.lastupdated) {
            if (seen[code] === meta.lastupdated) fresh = false;
            updated[code] = meta.lastupdated;
          }
          if (!fresh) break;
          const list = (body[1] ?? []) as Row[];
          if (!Array.isArray(list))
            throw new FeedError(`World Bank API ${what}: the rows are not a list`);
          list.forEach((r, i) => {
            if (!r.countryiso3code && r.countryiso3code !== '') {
              throw new FeedError(
                `World Bank API ${what}: row ${i + 1}: field countryiso3code is missing`,
              );
            }
            if (!r.date || !/^\d{4}$/.test(r.date))
              throw new FeedError(`World Bank API ${what}: row ${i + 1}: field date is not a year`);
            if (r.indicator?.id !== code)
              throw new FeedError(
                `World Bank API ${what}: row ${i + 1}: indicator ${r.indicator?.id ?? 'missing'} is not ${code}`,
              );
            // Aggregates without an ISO3 code (some regions) are skipped like the importer's.
            if (!r.countryiso3code) return;
            rows.push([
              r.country?.value ?? '',
              r.countryiso3code,
              code,
              r.date,
              r.value === null || r.value === undefined ? '' : String(r.value),
            ]);
          });
        }
        if (fresh && rows.length > 0)
          tables.push({
            name: `World Bank API ${code}`,
            kind: 'wdi',
            header: HEADER,
            records: rows.map((fields, i) => ({ fields, line: i + 2 })),
            json: true,
          });
      }
      return {
        version: `API ${Object.values(updated).sort().pop() ?? 'unknown'}`,
        tables,
        deletions: [],
        cursor: { updated },
        bytes: client.bytes,
        sourceTime: Object.values(updated).sort().pop() ?? null,
        notes: [],
      };
    },
  };
}
