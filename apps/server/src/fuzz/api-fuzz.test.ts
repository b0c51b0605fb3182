import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Role } from '@lens/core';
import { describeOnSqlite } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from '../testing';
import { seeded, valueFor, type JsonSchema } from './fuzz-inputs';

/**
 * Every route of the OpenAPI document, called as every role and anonymously with typed random and
 * boundary inputs (fixed seed; FUZZ_ITERATIONS and FUZZ_SEED for a longer run, `npm run
 * bench:fuzz`). No answer may be a 5xx; a role the route does not allow gets 401/403 and changes
 * nothing in the database.
 */
const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 4);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

/** Routes the fuzzer leaves alone, and why. */
const SKIP = new Set([
  'GET /api/alerts/stream', // a stream that never ends: tested in alerts.test.ts
  'POST /api/auth/logout', // would end the sessions the rest of the run uses
  'PATCH /api/users/{id}', // could disable or demote the run's own users (tested in auth.test.ts)
]);

type Operation = {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
type Doc = Parameters<typeof valueFor>[1] & {
  paths: Record<string, Record<string, Operation>>;
};

describeOnSqlite('fuzzing the whole API from its OpenAPI document', (get) => {
  let t: TestApp;
  let doc: Doc;
  beforeAll(async () => {
    t = await createTestApp(get());
    await t.app.ready();
    doc = t.app.swagger() as unknown as Doc;
  });
  afterAll(async () => {
    await t.app.close();
  });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([route, methods]) =>
      Object.entries(methods)
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([m, op]) => ({ method: m.toUpperCase(), route, op }))
        .filter((o) => !SKIP.has(`${o.method} ${o.route}`)),
    );
  const accessOf = (method: string, route: string) =>
    t.app.lensRoutes.find(
      (r) => r.method === method && r.url === route.replace(/\{(\w+)\}/g, ':$1'),
    )?.access;

  function request(method: string, route: string, op: Operation, rng: ReturnType<typeof seeded>) {
    let url = route;
    const query = new URLSearchParams();
    for (const p of op.parameters ?? []) {
      const raw = valueFor(p.schema, doc, rng);
      const v = typeof raw === 'string' ? raw : JSON.stringify(raw);
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(v));
      else if (p.in === 'query' && (p.required || rng.chance(0.6))) query.set(p.name, v);
    }
    const q = query.toString();
    const content = op.requestBody?.content ?? {};
    const json = content['application/json'];
    const body = json
      ? JSON.stringify(valueFor(json.schema, doc, rng))
      : Object.keys(content).length > 0 || rng.chance(0.1)
        ? rng.pick(['country,year\nMMR,2020\n', '"unclosed,1\n', 'x'.repeat(2000), ''])
        : undefined;
    const type = json ? 'application/json' : 'text/csv';
    return { method, url: q ? `${url}?${q}` : url, body, type };
  }

  const counts = async () => {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
      get().db,
    );
    const out: Record<string, number> = {};
    for (const { name } of tables.rows)
      out[name] = Number(
        (await sql<{ n: number }>`select count(*) as n from ${sql.table(name)}`.execute(get().db))
          .rows[0]!.n,
      );
    return out;
  };

  it('answers no request with a 5xx, and refuses each role a route does not allow without changing anything', async () => {
    const rng = seeded(SEED);
    const callers: Array<Role | 'anonymous'> = [
      'anonymous',
      'viewer',
      'monitor',
      'analyst',
      'admin',
    ];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    const send = (who: Role | 'anonymous', r: ReturnType<typeof request>) => {
      sent++;
      return t.app.inject({
        method: r.method as 'GET',
        url: r.url,
        headers: {
          ...(who === 'anonymous' ? {} : as(t.callers[who])),
          ...(r.body !== undefined ? { 'content-type': r.type } : {}),
        },
        ...(r.body !== undefined ? { payload: r.body } : {}),
      });
    };
    // Denied first: the database must be the same after.
    const before = await counts();
    for (const { method, route, op } of operations()) {
      const access = accessOf(method, route);
      if (access === undefined || access === 'public') continue;
      for (const who of callers) {
        if (who !== 'anonymous' && access.includes(who)) continue;
        for (let i = 0; i < ITERATIONS; i++) {
          const r = request(method, route, op, rng);
          const res = await send(who, r);
          // 404 and 414: a path the router cannot match (".." segments, 5000 characters) is
          // refused before any route, which reveals nothing either.
          if (![401, 403, 404, 414].includes(res.statusCode))
            failures.push(
              `${who} ${r.method} ${r.url.slice(0, 200)} -> ${res.statusCode} (not allowed)`,
            );
        }
      }
    }
    expect(await counts()).toEqual(before);
    // Then everyone the route allows: any answer but a 5xx.
    for (const { method, route, op } of operations()) {
      const access = accessOf(method, route);
      for (const who of callers) {
        const allowed =
          access === 'public' ||
          (who !== 'anonymous' && access !== undefined && access.includes(who));
        if (!allowed) continue;
        for (let i = 0; i < ITERATIONS; i++) {
          const r = request(method, route, op, rng);
          const res = await send(who, r);
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          if (res.statusCode >= 500)
            failures.push(
              `${who} ${r.method} ${r.url.slice(0, 200)} ${String(r.body).slice(0, 300)} -> ${res.statusCode} ${res.body.slice(0, 200)}`,
            );
        }
      }
    }
    if (process.env.FUZZ_ITERATIONS)
      console.log(
        `fuzz: ${sent} requests, seed ${SEED}, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, allowed requests' answers ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
      );
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(300);
    // The inputs reach the routes' work, not only their validation: many are accepted.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(50);
  }, 300_000);
});
