import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROLES, type Role } from '@lens/core';
import { describeEachDatabase } from '@lens/db/testing';
import { as, createTestApp, type TestApp } from './testing';

type Who = Role | 'anonymous';
const ALL: Who[] = ['anonymous', ...ROLES];
const SIGNED_IN: Who[] = [...ROLES];
const ADMIN: Who[] = ['admin'];
const ANALYSTS: Who[] = ['admin', 'analyst'];
const READERS: Who[] = ['admin', 'analyst', 'viewer'];
const SUBMITTERS: Who[] = ['admin', 'analyst', 'monitor'];

/**
 * Who may call what, written out by hand. A route added without a row here fails the test, and a
 * route whose declared roles drift from this table fails it too.
 */
const EXPECTED: Record<string, Who[]> = {
  'GET /api/health': ALL,
  'POST /api/auth/login': ALL,
  'POST /api/auth/logout': SIGNED_IN,
  'GET /api/auth/session': SIGNED_IN,
  'GET /api/setup': ALL,
  'POST /api/setup': ALL,
  'GET /api/countries': SIGNED_IN,
  'GET /api/countries/:iso3': SIGNED_IN,
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'PATCH /api/users/:id': ADMIN,
  'GET /api/tokens': ADMIN,
  'POST /api/tokens': ADMIN,
  'DELETE /api/tokens/:id': ADMIN,
  'GET /api/audit': ADMIN,
  'GET /api/audit/verify': ADMIN,
  'GET /api/datasets': SIGNED_IN,
  'POST /api/datasets/import': ADMIN,
  'GET /api/models': READERS,
  'GET /api/models/:id/card': READERS,
  'POST /api/models/:id/default': ADMIN,
  'GET /api/forecasts': READERS,
  'POST /api/forecasts': ANALYSTS,
  'GET /api/refresh': READERS,
  'POST /api/refresh': ANALYSTS,
  'GET /api/feeds': ANALYSTS,
  'POST /api/feeds': ADMIN,
  'PATCH /api/feeds/:id': ADMIN,
  'POST /api/feeds/:id/run': ADMIN,
  'GET /api/feeds/:id/runs': ANALYSTS,
  'GET /api/events/:ref/history': READERS,
  'GET /api/countries/:iso3/risk': READERS,
  'GET /api/frameworks': READERS,
  'GET /api/assessments': READERS,
  'GET /api/assessments/history-check': READERS,
  'GET /api/assessments/:iso3': READERS,
  'GET /api/assessments/:iso3/timeline': READERS,
  'POST /api/assessments/:iso3/override': ANALYSTS,
  'GET /api/assessments/:iso3/judgements': READERS,
  'POST /api/assessments/:iso3/judgements': ANALYSTS,
  'GET /api/events': READERS,
  'POST /api/reports': SUBMITTERS,
  'GET /api/reports/outbox-key': SUBMITTERS,
  'POST /api/reports/sealed': SUBMITTERS,
  'GET /api/settings/public-reports': ALL,
  'PUT /api/settings/public-reports': ADMIN,
  'POST /api/public/reports': ALL,
  'GET /api/reports': READERS,
  'GET /api/reports/export': READERS,
  'GET /api/reports/:id': READERS,
  'GET /api/reports/:id/attachments': READERS,
  'GET /api/reports/:id/attachments/:attachmentId': READERS,
  'POST /api/reports/:id/verify': ANALYSTS,
  'POST /api/reports/:id/assign': ANALYSTS,
  'POST /api/reports/:id/reveal': ADMIN,
  'GET /api/alerts': READERS,
  'GET /api/alerts/stream': READERS,
  'GET /api/alerts/:id': READERS,
  'POST /api/alerts/:id/advance': ANALYSTS,
  'POST /api/alerts/:id/comments': ANALYSTS,
  'GET /api/escalation/rules': READERS,
  'PUT /api/escalation/rules': ADMIN,
  'GET /api/escalation/:iso3': READERS,
  'GET /api/watchlist': READERS,
  'GET /api/wps/:iso3': READERS,
  'POST /api/escalation/:iso3/replay': ANALYSTS,
  'GET /api/webhooks': ADMIN,
  'POST /api/webhooks': ADMIN,
  'DELETE /api/webhooks/:id': ADMIN,
  'GET /api/network': READERS,
  'GET /api/network/export': READERS,
  'GET /api/actors': READERS,
  'POST /api/actors': ANALYSTS,
  'POST /api/actors/seed': ANALYSTS,
  'GET /api/actors/:key': READERS,
  'PATCH /api/actors/:key': ANALYSTS,
  'GET /api/actors/:key/relations': READERS,
  'POST /api/relations': ANALYSTS,
  'PATCH /api/relations/:id': ANALYSTS,
  'GET /api/leverage': READERS,
  'GET /api/capacity': READERS,
  'PUT /api/capacity': ANALYSTS,
  'GET /api/capacity/export': READERS,
  'GET /api/prevention/:iso3': READERS,
  'GET /api/plans/:iso3': READERS,
  'PUT /api/plans/:iso3': ANALYSTS,
  'GET /api/needs/:iso3': READERS,
  'PUT /api/needs/:iso3': ANALYSTS,
  'GET /api/risk-links': READERS,
  'POST /api/risk-links': ANALYSTS,
  'PATCH /api/risk-links/:id': ANALYSTS,
  'GET /api/cases': READERS,
  'GET /api/share/instance': ADMIN,
  'GET /api/share/partners': ADMIN,
  'POST /api/share/partners': ADMIN,
  'POST /api/share/partners/:name/bundle': ADMIN,
  'POST /api/share/bundles': ADMIN,
  'POST /api/share/withdrawals': ADMIN,
  'GET /api/share/received': READERS,
  'GET /api/share/assessments/:iso3': READERS,
  'POST /api/share/partners/:name/pull-token': ADMIN,
  'PUT /api/share/partners/:name/pull-credential': ADMIN,
  'POST /api/share/partners/:name/pull': ADMIN,
  'GET /api/share/pull': ALL,
  'PATCH /api/share/partners/:name': ADMIN,
  'POST /api/share/partners/:name/retire': ADMIN,
  'GET /api/share/public-page': ADMIN,
  'PUT /api/share/public-page': ADMIN,
  'GET /api/public/watchlist': ALL,
  'GET /api/public/watchlist.csv': ALL,
  'GET /api/public/country/:iso3': ALL,
  'GET /api/exercises': READERS,
  'POST /api/exercises': ANALYSTS,
  'GET /api/exercises/:id': READERS,
  'POST /api/exercises/:id/act': ANALYSTS,
  'PUT /api/exercises/:id/plan': ANALYSTS,
  'GET /api/exercises/:id/brief': READERS,
  'POST /api/exercises/:id/reveal': ANALYSTS,
  'GET /api/what-worked': READERS,
  'GET /api/resilience/:iso3': READERS,
  'GET /api/triggers/:iso3': READERS,
  'POST /api/triggers': ANALYSTS,
  'POST /api/triggers/:id/retire': ANALYSTS,
  'POST /api/triggers/import-anniversaries': ADMIN,
  'GET /api/scenarios/:iso3': READERS,
  'POST /api/scenarios': ANALYSTS,
  'POST /api/scenarios/:id/retire': ANALYSTS,
  'GET /api/briefs/:iso3': READERS,
};

/** The live stream never ends: it is opened over a socket and closed once its status is known. */
async function streamStatus(base: string, url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const res = await fetch(`${base}${url}`, { headers, signal: controller.signal });
  controller.abort();
  return { statusCode: res.status, body: '' };
}

const QUERIES: Record<string, string> = {
  '/api/network': '?country=KEN',
  '/api/network/export': '?country=KEN&format=gexf',
  '/api/actors': '?country=KEN',
  '/api/leverage': '?country=KEN&actor=nobody',
  '/api/capacity': '?country=KEN',
  '/api/capacity/export': '?country=KEN',
  '/api/prevention/:iso3': '?year=2020',
  '/api/briefs/:iso3': '?year=2020',
  '/api/wps/:iso3': '?year=2020',
};

const concrete = (url: string) =>
  url
    .replace(':iso3', 'KEN')
    .replace(':id', '999999')
    .replace(':attachmentId', '999999')
    .replace(':key', 'nobody') +
  (url === '/api/forecasts' ||
  url.startsWith('/api/assessments/:iso3') ||
  url === '/api/assessments'
    ? '?year=2024&to=2024'
    : (QUERIES[url] ?? ''));

describeEachDatabase('every route x every role', (get) => {
  let t: TestApp;
  let base = '';
  beforeAll(async () => {
    t = await createTestApp(get());
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await t.app.close();
  });

  it('lists exactly the routes in the expected matrix', () => {
    const declared = t.app.lensRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(declared).toEqual(Object.keys(EXPECTED).sort());
  });

  it('allows and denies each role as the matrix says', async () => {
    const outcomes: string[] = [];
    for (const route of t.app.lensRoutes) {
      const key = `${route.method} ${route.url}`;
      for (const who of ALL) {
        let caller = who === 'anonymous' ? undefined : t.callers[who];
        if (key === 'POST /api/auth/logout' && caller) {
          // Signing out ends the session; use a throw-away one so the other checks keep theirs.
          const res = await t.login(`${who}-user`);
          const cookie = res.cookies.find((c) => c.name === 'lens_session');
          caller = {
            ...caller,
            cookie: `lens_session=${cookie?.value ?? ''}`,
            csrf: (res.json() as { csrfToken: string }).csrfToken,
          };
        }
        const res =
          key === 'GET /api/alerts/stream'
            ? await streamStatus(base, route.url, as(caller))
            : await t.app.inject({
                method: route.method as 'GET',
                url: concrete(route.url),
                headers: as(caller),
                ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
              });
        const allowed = EXPECTED[key]?.includes(who) ?? false;
        const denied = res.statusCode === 401 || res.statusCode === 403;
        const expectedStatus = allowed ? 'allowed' : who === 'anonymous' ? '401' : '403';
        const actual = denied ? String(res.statusCode) : 'allowed';
        if (actual !== expectedStatus)
          outcomes.push(
            `${key} as ${who}: expected ${expectedStatus}, got ${res.statusCode} ${res.body.slice(0, 120)}`,
          );
      }
    }
    expect(outcomes).toEqual([]);
  });
});
