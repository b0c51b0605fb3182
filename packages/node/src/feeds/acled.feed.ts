import {
  FeedError,
  type Feed,
  type FeedPull,
  type FeedPullInput,
  type FeedTable,
} from '@lens/core';
import { FeedHttp, type FeedHttpOptions } from './feed-http';
import { jsonTable } from './json-table';

const DEFAULT_BASE = 'https://acleddata.com';
const PAGE_SIZE = 5000;
const pageSizeOf = (s: FeedPullInput['settings']) => Number(s.pageSize ?? PAGE_SIZE);

interface AcledCursor {
  /** ACLED's `timestamp` (seconds) of the newest event revision seen. */
  readonly timestamp: number;
  /** The newest `deleted_timestamp` seen. */
  readonly deleted: number;
}

interface Token {
  access: string;
  refresh: string | null;
}

const toSeconds = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / 1000);

/**
 * ACLED's API: OAuth password grant (the account's e-mail and password, sealed in the vault), a
 * refresh when the access token expires part-way, events read incrementally by their `timestamp`
 * (ACLED stamps an event each time it is revised), and the deletions endpoint, so the store keeps
 * a revised event's history and marks a deleted one instead of dropping it.
 */
export function acledFeed(http: FeedHttpOptions = {}): Feed {
  return {
    connector: 'acled',
    defaultInterval: 24 * 60,
    kind: 'acled',
    async pull(input: FeedPullInput): Promise<FeedPull> {
      const base = String(input.settings.baseUrl ?? DEFAULT_BASE).replace(/\/$/, '');
      const email = input.credentials?.email;
      const password = input.credentials?.password;
      if (!email || !password)
        throw new FeedError(
          `${input.feedId}: ACLED needs the account's e-mail and password (lens feeds credentials)`,
        );
      const since = typeof input.settings.since === 'string' ? toSeconds(input.settings.since) : 0;
      const cursor = (input.cursor as AcledCursor | null) ?? { timestamp: since, deleted: since };
      const client = new FeedHttp('ACLED API', input, http);

      const grant = async (body: Record<string, string>): Promise<Token> => {
        const res = await client.get(`${base}/oauth/token`, 'sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ ...body, client_id: 'acled' }).toString(),
        });
        if (res.status !== 200)
          throw new FeedError(
            `ACLED API sign-in: ${res.status}: ACLED refused the account's e-mail and password`,
          );
        const t = JSON.parse(res.body.toString('utf8')) as {
          access_token?: string;
          refresh_token?: string;
        };
        if (!t.access_token)
          throw new FeedError('ACLED API sign-in: the answer has no access_token');
        return { access: t.access_token, refresh: t.refresh_token ?? null };
      };
      let token = await grant({
        grant_type: 'password',
        username: email,
        password,
        scope: 'authenticated',
      });

      /** One page; an expired access token is renewed once with the refresh token. */
      const page = async (path: string, params: Record<string, string>, what: string) => {
        const url = `${base}${path}?${new URLSearchParams({ _format: 'json', ...params }).toString()}`;
        for (let renewed = false; ; renewed = true) {
          const res = await client.get(url, what, {
            headers: { authorization: `Bearer ${token.access}` },
          });
          if (res.status === 401 && !renewed && token.refresh) {
            token = await grant({ grant_type: 'refresh_token', refresh_token: token.refresh });
            continue;
          }
          if (res.status !== 200)
            throw new FeedError(
              `ACLED API ${what}: ${res.status} ${res.body.toString('utf8').slice(0, 120)}`,
            );
          let body: { success?: boolean; data?: unknown; messages?: unknown; error?: unknown };
          try {
            body = JSON.parse(res.body.toString('utf8')) as typeof body;
          } catch {
            throw new FeedError(
              `ACLED API ${what}: the answer is not JSON (${res.body.length} bytes, cut off?)`,
            );
          }
          if (body.success === false || !Array.isArray(body.data))
            throw new FeedError(
              `ACLED API ${what}: ${JSON.stringify(body.error ?? body.messages ?? 'no data array').slice(0, 160)}`,
            );
          return body.data as unknown[];
        }
      };

      const tables: FeedTable[] = [];
      let newest = cursor.timestamp;
      let newestDay: string | null = null;
      /** Every page of an endpoint from `since` (its `>=` filter on `field`), until a short page. */
      async function* pages(path: string, field: string, since: number, what: string) {
        const limit = pageSizeOf(input.settings);
        for (let p = 1; ; p++) {
          const rows = await page(
            path,
            {
              [field]: String(since),
              [`${field}_where`]: '>=',
              limit: String(limit),
              page: String(p),
            },
            `${what} page ${p}`,
          );
          yield { p, rows };
          if (rows.length < limit) return;
        }
      }
      for await (const { p, rows } of pages(
        '/api/acled/read',
        'timestamp',
        cursor.timestamp,
        'events',
      )) {
        if (rows.length === 0) continue;
        const table = jsonTable(`ACLED API events page ${p}`, 'acled', rows);
        const ts = table.header.indexOf('timestamp');
        const day = table.header.indexOf('event_date');
        if (ts < 0) throw new FeedError(`ACLED API events page ${p}: field timestamp is missing`);
        table.records.forEach((r, i) => {
          const t = Number(r.fields[ts]);
          if (!Number.isInteger(t))
            throw new FeedError(
              `ACLED API events page ${p}: row ${i + 1}: field timestamp is not a number`,
            );
          newest = Math.max(newest, t);
          const d = r.fields[day] ?? '';
          if (d && (!newestDay || d > newestDay)) newestDay = d;
        });
        tables.push(table);
      }
      const deletions: Array<{ sourceId: string; at: string }> = [];
      let newestDeleted = cursor.deleted;
      for await (const { p, rows } of pages(
        '/api/deleted/read',
        'deleted_timestamp',
        cursor.deleted,
        'deletions',
      )) {
        rows.forEach((r, i) => {
          const d = r as { event_id_cnty?: unknown; deleted_timestamp?: unknown };
          const t = Number(d.deleted_timestamp);
          if (typeof d.event_id_cnty !== 'string' || !Number.isInteger(t))
            throw new FeedError(
              `ACLED API deletions page ${p}: row ${i + 1}: needs event_id_cnty and deleted_timestamp`,
            );
          deletions.push({ sourceId: d.event_id_cnty, at: new Date(t * 1000).toISOString() });
          newestDeleted = Math.max(newestDeleted, t);
        });
      }
      return {
        version: `timestamp ${newest}`,
        tables,
        deletions,
        // `>=` on the newest timestamp seen: events stamped in the same second are read again
        // next time and found unchanged, never missed.
        cursor: { timestamp: newest, deleted: newestDeleted } satisfies AcledCursor,
        bytes: client.bytes,
        sourceTime: newestDay,
        notes: [],
      };
    },
  };
}
