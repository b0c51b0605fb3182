import {
  FeedError,
  type Feed,
  type FeedPull,
  type FeedPullInput,
  type FeedTable,
} from '@lens/core';
import { FeedHttp, type FeedHttpOptions } from './feed-http';
import { jsonTable } from './json-table';

const DEFAULT_BASE = 'https://ucdpapi.pcr.uu.se/api';
const PAGE_SIZE = 1000;
const pageSizeOf = (s: FeedPullInput['settings']) => Number(s.pageSize ?? PAGE_SIZE);

interface UcdpPage {
  readonly TotalCount: number;
  readonly TotalPages: number;
  readonly Result: readonly unknown[];
}

/** The version after a GED version (25.1 -> 26.1) or a Candidate version (25.0.11 -> 25.0.12 -> 26.0.1). */
export function nextUcdpVersion(v: string): string {
  const yearly = /^(\d+)\.1$/.exec(v);
  if (yearly) return `${Number(yearly[1]) + 1}.1`;
  const monthly = /^(\d+)\.0\.(\d+)$/.exec(v);
  if (monthly) {
    const [y, m] = [Number(monthly[1]), Number(monthly[2])];
    return m >= 12 ? `${y + 1}.0.1` : `${y}.0.${m + 1}`;
  }
  throw new FeedError(`UCDP: "${v}" is not a GED version (25.1) or a Candidate version (25.0.11)`);
}

const isPage = (v: unknown): v is UcdpPage =>
  !!v &&
  typeof v === 'object' &&
  Array.isArray((v as UcdpPage).Result) &&
  typeof (v as UcdpPage).TotalPages === 'number';

/**
 * UCDP's API (`/gedevents/<version>`, paged, with the access token header UCDP asks for). A feed
 * follows versions: it pulls the version in its settings, then each next one as UCDP publishes it
 * (the yearly GED 26.1 after 25.1; the monthly Candidate 25.0.12 after 25.0.11); a version not
 * published yet (404) is "nothing new". A GED version supersedes the Candidate events of the years
 * it covers (settings.supersedes names the Candidate feed).
 */
export function ucdpFeed(
  connector: 'ucdp-ged' | 'ucdp-candidate',
  http: FeedHttpOptions = {},
): Feed {
  return {
    connector,
    defaultInterval: connector === 'ucdp-ged' ? 7 * 24 * 60 : 24 * 60,
    kind: 'ucdp-ged',
    async pull(input: FeedPullInput): Promise<FeedPull> {
      const base = String(input.settings.baseUrl ?? DEFAULT_BASE).replace(/\/$/, '');
      const done = (input.cursor as { version?: string } | null)?.version;
      const first = input.settings.version;
      if (typeof first !== 'string' || !first)
        throw new FeedError(
          `${input.feedId}: set the UCDP version to start from (e.g. 25.1 or 25.0.11)`,
        );
      const version = done ? nextUcdpVersion(done) : first;
      const source = `UCDP API gedevents/${version}`;
      const client = new FeedHttp(source, input, http);
      const headers: Record<string, string> = { accept: 'application/json' };
      const token = input.credentials?.token;
      if (token) headers['x-ucdp-access-token'] = token;
      const tables: FeedTable[] = [];
      let latest: string | null = null;
      for (let page = 0, pages = 1; page < pages; page++) {
        const url = `${base}/gedevents/${encodeURIComponent(version)}?pagesize=${pageSizeOf(input.settings)}&page=${page}`;
        const res = await client.get(url, `page ${page}`, { headers });
        if (res.status === 404 && page === 0)
          return {
            version: done ?? first,
            tables: [],
            deletions: [],
            cursor: input.cursor,
            bytes: client.bytes,
            sourceTime: null,
            notes: [`${source} is not published yet`],
          };
        if (res.status === 401 || res.status === 403)
          throw new FeedError(
            `${source} page ${page}: ${res.status}: UCDP refused the access token (set it with lens feeds credentials)`,
          );
        if (res.status !== 200)
          throw new FeedError(
            `${source} page ${page}: ${res.status} ${res.body.toString('utf8').slice(0, 120)}`,
          );
        let body: unknown;
        try {
          body = JSON.parse(res.body.toString('utf8'));
        } catch {
          throw new FeedError(
            `${source} page ${page}: the answer is not JSON (${res.body.length} bytes, cut off?)`,
          );
        }
        if (!isPage(body))
          throw new FeedError(
            `${source} page ${page}: the answer is not a UCDP page (no Result or TotalPages)`,
          );
        pages = body.TotalPages;
        if (body.Result.length === 0 && page < pages - 1)
          throw new FeedError(
            `${source} page ${page}: empty page before the last (${pages} pages)`,
          );
        if (body.Result.length === 0) continue;
        const table = jsonTable(`${source} page ${page}`, 'ucdp-ged', body.Result);
        tables.push(table);
        const end = table.header.indexOf('date_end');
        for (const r of table.records) {
          const d = r.fields[end]?.slice(0, 10) ?? '';
          if (d && (!latest || d > latest)) latest = d;
        }
      }
      const yearly = /^(\d+)\.1$/.exec(version);
      const supersedes = input.settings.supersedes;
      return {
        version,
        tables,
        deletions: [],
        ...(yearly && typeof supersedes === 'string'
          ? {
              supersedes: {
                feedId: supersedes,
                // GED 25.1 covers events to the end of 2024.
                through: `${2000 + Number(yearly[1]) - 1}-12-31`,
                by: `superseded by UCDP GED ${version}`,
              },
            }
          : {}),
        // A yearly GED version is the whole dataset: what it no longer holds is no longer current.
        ...(yearly ? { complete: true } : {}),
        cursor: { version },
        bytes: client.bytes,
        sourceTime: latest,
        notes: [],
      };
    },
  };
}
