import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zipSync } from 'fflate';
import { GDELT2_COLUMNS, parseCsv } from '@lens/core';

/** A fault the next matching requests meet (each `times` requests, default 1). */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'drop' }
  | { kind: 'slow'; ms: number }
  | { kind: 'truncate' }
  | { kind: 'corrupt' }
  | { kind: 'rewrite'; body: (text: string) => string };

type Row = Record<string, string | number | null>;

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** A CSV file's rows as objects, numbers as numbers (as the JSON APIs send them). */
export function csvObjects(file: string, numbers = true, tableOnly = false): Row[] {
  const whole = readFileSync(file, 'utf8');
  // A DataBank export's table ends at its first empty row (notes follow).
  const text = tableOnly ? whole.replace(/\r/g, '').split(/\n,+\n/)[0]! : whole;
  const [header, ...rows] = parseCsv(text);
  const names = header!.fields;
  return rows
    .filter((r) => !(r.fields.length === 1 && r.fields[0] === ''))
    .map((r) =>
      Object.fromEntries(
        names.map((n, i) => {
          const v = r.fields[i] ?? '';
          return [n, v === '' ? null : numbers && NUMERIC.test(v) ? Number(v) : v];
        }),
      ),
    );
}

/**
 * A local stand-in for the sources Lens pulls (issue 17): UCDP's API, ACLED's API (OAuth,
 * events, deletions), GDELT 2.0's 15-minute files and the World Bank API, each answering in its
 * documented format with rows built from real files, and faults injected on demand. Listens on
 * 127.0.0.1 only.
 */
export class ReplayServer {
  private server: Server | undefined;
  private readonly faults: Array<{ path: RegExp; fault: Fault; times: number }> = [];
  readonly requests: string[] = [];
  url = '';

  /** UCDP: rows per version; `token` if the API should demand one. */
  readonly ucdp = { versions: new Map<string, Row[]>(), token: null as string | null };
  /** ACLED: events with their `timestamp`, deletions, the account, tokens handed out. */
  readonly acled = {
    events: [] as Row[],
    deletions: [] as Array<{ event_id_cnty: string; deleted_timestamp: number }>,
    account: { email: 'monitor@example.org', password: 'correct horse' },
    pageSize: 5000,
    issued: new Set<string>(),
    /** Access tokens stop working after this many uses (to test the refresh grant). */
    tokenUses: Infinity,
    uses: new Map<string, number>(),
  };
  /** GDELT: export files by stamp, in order; `published` is how many are out. */
  readonly gdelt = { files: [] as Array<{ stamp: string; zip: Uint8Array }>, published: 0 };
  /** World Bank: rows per series, and each series' last update. */
  readonly wb = { series: new Map<string, { updated: string; rows: unknown[] }>() };
  vdemPage =
    '<html><body><h2>V-Dem Dataset v15</h2><a href="/files/V-Dem-CY-Full+Others-v15.zip">V-Dem-CY-Full+Others-v15</a></body></html>';

  fault(path: RegExp, fault: Fault, times = 1): void {
    this.faults.push({ path, fault, times });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  /** GDELT 2.0 files built from a GDELT 1.0 event file: one file per `perFile` events, 15 minutes apart. */
  gdeltFromV1(file: string, firstStamp: string, perFile: number, count: number): void {
    const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
    const names = header!.fields;
    const pick = (r: string[], n: string) => r[names.indexOf(n)] ?? '';
    let t = Date.parse(
      `${firstStamp.slice(0, 4)}-${firstStamp.slice(4, 6)}-${firstStamp.slice(6, 8)}T${firstStamp.slice(8, 10)}:${firstStamp.slice(10, 12)}:00Z`,
    );
    const data = rows.filter((r) => r.fields.length === names.length);
    for (let f = 0; f < count; f++) {
      const stamp = new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14);
      const lines = data.slice(f * perFile, (f + 1) * perFile).map((r) =>
        GDELT2_COLUMNS.map((c) => {
          if (c === 'DATEADDED') return stamp;
          if (/ADM2Code$/.test(c)) return '';
          const v = pick(r.fields, c);
          return v === 'NA' ? '' : v.replace(/[\t\n"]/g, ' ');
        }).join('\t'),
      );
      const csv = new TextEncoder().encode(lines.join('\n') + '\n');
      this.gdelt.files.push({ stamp, zip: zipSync({ [`${stamp}.export.CSV`]: csv }) });
      t += 15 * 60_000;
    }
  }

  private gdeltLine(f: { stamp: string; zip: Uint8Array }): string {
    const md5 = createHash('md5').update(f.zip).digest('hex');
    return `${f.zip.length} ${md5} ${this.url}/gdelt/${f.stamp}.export.CSV.zip`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const i = this.faults.findIndex((f) => f.path.test(url.pathname + url.search));
    const fault = i >= 0 ? this.faults[i]!.fault : undefined;
    if (i >= 0 && --this.faults[i]!.times <= 0) this.faults.splice(i, 1);
    if (fault?.kind === 'status') {
      res.writeHead(fault.status, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
      res.end(`injected ${fault.status}`);
      return;
    }
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
    let out: { status: number; type: string; body: Buffer | string };
    try {
      out = this.route(url, req, body);
    } catch (e) {
      out = { status: 500, type: 'text/plain', body: String(e) };
    }
    let bytes = typeof out.body === 'string' ? Buffer.from(out.body) : out.body;
    if (fault?.kind === 'rewrite') bytes = Buffer.from(fault.body(bytes.toString('utf8')));
    if (fault?.kind === 'corrupt') {
      bytes = Buffer.from(bytes);
      for (let k = Math.floor(bytes.length / 3); k < bytes.length; k += 97)
        bytes[k] = bytes[k]! ^ 0xff;
    }
    if (fault?.kind === 'truncate') {
      // Says the whole length, sends half, and hangs up: a transfer cut off.
      res.writeHead(out.status, {
        'content-type': out.type,
        'content-length': String(bytes.length),
      });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    res.writeHead(out.status, { 'content-type': out.type, 'content-length': String(bytes.length) });
    res.end(bytes);
  }

  private route(url: URL, req: IncomingMessage, body: string) {
    const json = (v: unknown, status = 200) => ({
      status,
      type: 'application/json',
      body: JSON.stringify(v),
    });
    const text = (t: string, status = 200) => ({ status, type: 'text/plain', body: t });
    const p = url.pathname;
    let m: RegExpExecArray | null;
    if ((m = /^\/ucdp\/api\/gedevents\/([\w.]+)$/.exec(p))) {
      if (this.ucdp.token && req.headers['x-ucdp-access-token'] !== this.ucdp.token)
        return json({ message: 'A valid access token is required' }, 401);
      const rows = this.ucdp.versions.get(m[1]!);
      if (!rows) return json({ message: `No version ${m[1]}` }, 404);
      const size = Number(url.searchParams.get('pagesize') ?? 100);
      const page = Number(url.searchParams.get('page') ?? 0);
      const pages = Math.max(1, Math.ceil(rows.length / size));
      return json({
        TotalCount: rows.length,
        TotalPages: pages,
        PreviousPageUrl: page > 0 ? `${this.url}${p}?pagesize=${size}&page=${page - 1}` : '',
        NextPageUrl: page < pages - 1 ? `${this.url}${p}?pagesize=${size}&page=${page + 1}` : '',
        Result: rows.slice(page * size, (page + 1) * size),
      });
    }
    if (p === '/acled/oauth/token') {
      const form = new URLSearchParams(body);
      const ok =
        form.get('client_id') === 'acled' &&
        ((form.get('grant_type') === 'password' &&
          form.get('username') === this.acled.account.email &&
          form.get('password') === this.acled.account.password) ||
          (form.get('grant_type') === 'refresh_token' &&
            this.acled.issued.has(`r:${form.get('refresh_token')}`)));
      if (!ok) return json({ error: 'invalid_grant' }, 400);
      const access = `a${this.acled.issued.size}`;
      const refresh = `r${this.acled.issued.size}`;
      this.acled.issued.add(`a:${access}`).add(`r:${refresh}`);
      return json({
        token_type: 'Bearer',
        expires_in: 86400,
        access_token: access,
        refresh_token: refresh,
      });
    }
    if (p === '/acled/api/acled/read' || p === '/acled/api/deleted/read') {
      const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      const uses = (this.acled.uses.get(token) ?? 0) + 1;
      this.acled.uses.set(token, uses);
      if (!this.acled.issued.has(`a:${token}`) || uses > this.acled.tokenUses)
        return json(
          { status: 401, success: false, error: { message: 'Access token expired' } },
          401,
        );
      const limit = Number(url.searchParams.get('limit') ?? this.acled.pageSize);
      const page = Number(url.searchParams.get('page') ?? 1);
      const deleted = p.includes('deleted');
      const since = Number(url.searchParams.get(deleted ? 'deleted_timestamp' : 'timestamp') ?? 0);
      const all = deleted
        ? this.acled.deletions.filter((d) => d.deleted_timestamp >= since)
        : this.acled.events.filter((e) => Number(e.timestamp) >= since);
      const data = all.slice((page - 1) * limit, page * limit);
      return json({ status: 200, success: true, count: data.length, data });
    }
    if (p === '/gdelt/lastupdate.txt') {
      const f = this.gdelt.files[this.gdelt.published - 1];
      if (!f) return text('', 404);
      const md5 = createHash('md5').update('').digest('hex');
      return text(
        `${this.gdeltLine(f)}\n150383 ${md5} ${this.url}/gdelt/${f.stamp}.mentions.CSV.zip\n`,
      );
    }
    if (p === '/gdelt/masterfilelist.txt')
      return text(
        this.gdelt.files
          .slice(0, this.gdelt.published)
          .map((f) => this.gdeltLine(f))
          .join('\n') + '\n',
      );
    if ((m = /^\/gdelt\/(\d{14})\.export\.CSV\.zip$/.exec(p))) {
      const f = this.gdelt.files.slice(0, this.gdelt.published).find((x) => x.stamp === m![1]);
      return f
        ? { status: 200, type: 'application/zip', body: Buffer.from(f.zip) }
        : text('not found', 404);
    }
    if ((m = /^\/wb\/country\/all\/indicator\/([\w.]+)$/.exec(p))) {
      const s = this.wb.series.get(m[1]!);
      if (!s)
        return json([
          {
            message: [
              {
                id: '120',
                key: 'Invalid value',
                value: 'The provided parameter value is not valid',
              },
            ],
          },
        ]);
      const per = Number(url.searchParams.get('per_page') ?? 50);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pages = Math.max(1, Math.ceil(s.rows.length / per));
      return json([
        { page, pages, per_page: per, total: s.rows.length, sourceid: '2', lastupdated: s.updated },
        s.rows.slice((page - 1) * per, page * per),
      ]);
    }
    if (p === '/vdem/') return { status: 200, type: 'text/html', body: this.vdemPage };
    // Test control, for a replay server in another process (the browser tests): publish files.
    if (p === '/control/gdelt/published' && req.method === 'POST') {
      this.gdelt.published = Number(url.searchParams.get('n'));
      return text('ok');
    }
    return text('not found', 404);
  }
}

/** World Bank API rows (`[meta, rows]`' rows) from a DataBank wide export, for one series. */
export function wbRows(file: string, series: string): unknown[] {
  const rows = csvObjects(file, false, true);
  const out: unknown[] = [];
  for (const r of rows) {
    if (r['Series Code'] !== series) continue;
    for (const [k, v] of Object.entries(r)) {
      const y = /^(\d{4}) \[YR\d{4}\]$/.exec(k);
      if (!y) continue;
      out.push({
        indicator: { id: series, value: String(r['Series Name'] ?? series) },
        country: { id: String(r['Country Code']).slice(0, 2), value: r['Country Name'] },
        countryiso3code: r['Country Code'],
        date: y[1],
        value: v === null || v === '..' ? null : Number(v),
        unit: '',
        obs_status: '',
        decimal: 0,
      });
    }
  }
  return out;
}
