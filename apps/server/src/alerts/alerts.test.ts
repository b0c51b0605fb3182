import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { escalateOverdue } from '@lens/core';
import { describeEachDatabase } from '@lens/db/testing';
import { openStream, testMailbox } from '../testing-http';
import { as, createTestApp, type TestApp } from '../testing';
import { signWebhook } from './alert-hub';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const massacre = (extra: Record<string, unknown> = {}) => ({
  occurredOn: today(),
  iso3: 'CAF',
  latitude: 6.3,
  longitude: 18.0,
  description: 'Armed men massacred 14 villagers near Bambari; survivors fled.',
  language: 'en',
  fatalitiesBest: 14,
  civiliansTargeted: true,
  actors: ['Unknown armed group'],
  reporter: { name: 'Amina Witness', contact: '+236 7000 0001' },
  ...extra,
});

describeEachDatabase('alerts: live stream, workflow, webhooks, e-mail', (get) => {
  let t: TestApp;
  let base: string;
  let now = Date.now();
  const hooks: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
  const hookServer = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hooks.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  const mailbox = testMailbox();
  const mails = mailbox.mails;

  beforeAll(async () => {
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
    const smtpUrl = await mailbox.start();
    t = await createTestApp(get(), {
      clock: { now: () => new Date(now) },
      alerts: {
        smtpUrl,
        mailTo: 'focal-point@example.org',
        retryDelays: [50],
      },
    });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);
  afterAll(async () => {
    await t.app.close();
    hookServer.close();
    mailbox.close();
  });

  it('shows an alert on the live stream while a report is submitted, and tells webhooks (signed) and e-mail', async () => {
    const hook = await t.app.inject({
      method: 'POST',
      url: '/api/webhooks',
      headers: as(t.callers.admin),
      payload: { url: `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/lens` },
    });
    expect(hook.statusCode).toBe(201);
    const { secret } = hook.json<{ secret: string }>();
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/webhooks',
      headers: as(t.callers.admin),
    });
    expect(listed.body).not.toContain(secret);

    const stream = await openStream(`${base}/api/alerts/stream`, t.callers.viewer.cookie);
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers.monitor),
      payload: massacre(),
    });
    expect(sent.statusCode).toBe(201);
    const reportId = sent.json<{ id: number }>().id;
    const m = await stream.next(
      (x) => x.type === 'raised' && x.eventRefs.includes(`report:${reportId}`),
    );
    expect(m.alert).toMatchObject({
      ruleId: 'mass-killing',
      iso3: 'CAF',
      stage: 'violence',
      status: 'early_warning',
    });
    expect(m.alert.admin1Name).toBeTruthy();
    stream.close();

    // The webhook got the same change, signed with its secret; no reporter in it.
    const until = Date.now() + 5000;
    while (!hooks.some((h) => h.body.includes(`report:${reportId}`)) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    const h = hooks.find((x) => x.body.includes(`report:${reportId}`))!;
    expect(h.headers['x-lens-event']).toBe('alert.raised');
    expect(h.headers['x-lens-signature']).toBe(
      signWebhook(secret, String(h.headers['x-lens-timestamp']), h.body),
    );
    expect(signWebhook('wrong secret', String(h.headers['x-lens-timestamp']), h.body)).not.toBe(
      h.headers['x-lens-signature'],
    );
    expect(h.body).not.toContain('Amina');
    expect(h.body).not.toContain('7000 0001');
    // And an e-mail went to the focal point.
    while (mails.length === 0 && Date.now() < until + 5000)
      await new Promise((r) => setTimeout(r, 50));
    expect(mails.join('')).toMatch(/Civilians killed in large numbers/);
    expect(mails.join('')).not.toContain('Amina');
  });

  it('closes while a browser still holds the live stream open', async () => {
    // A second server on the same database (the session is the first one's).
    const other = await createTestApp(get(), { withUsers: false });
    const url = await other.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openStream(`${url}/api/alerts/stream`, t.callers.viewer.cookie);
    const started = Date.now();
    await other.app.close();
    expect(Date.now() - started).toBeLessThan(5000);
    stream.close();
  });

  it('lets an analyst take an alert through assessment, advice and decision to closed; refuses skipped steps', async () => {
    const [alert] = (
      await t.app.inject({
        method: 'GET',
        url: '/api/alerts?country=CAF',
        headers: as(t.callers.viewer),
      })
    ).json<{ alerts: Array<{ id: number }> }>().alerts;
    const step = (payload: Record<string, unknown>, who = t.callers.analyst) =>
      t.app.inject({
        method: 'POST',
        url: `/api/alerts/${alert!.id}/advance`,
        headers: as(who),
        payload,
      });
    expect(
      (
        await step(
          { to: 'assessment', owner: 'analyst-user', deadline: inDays(2) },
          t.callers.viewer,
        )
      ).statusCode,
    ).toBe(403);
    const skip = await step({
      to: 'decision',
      owner: 'analyst-user',
      deadline: inDays(2),
      decision: 'x',
    });
    expect(skip.statusCode).toBe(400);
    expect(skip.json<{ fields: Record<string, string> }>().fields.to).toMatch(
      /next step is assessment/,
    );
    const noOwner = await step({ to: 'assessment', deadline: inDays(2) });
    expect(noOwner.json<{ fields: Record<string, string> }>().fields.owner).toBeDefined();
    expect(
      (
        await step({
          to: 'assessment',
          owner: 'analyst-user',
          deadline: inDays(2),
          comment: 'Checking with partners',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await step({ to: 'advice', owner: 'admin-user', deadline: inDays(4) })).statusCode,
    ).toBe(200);
    const noDecision = await step({ to: 'decision', owner: 'admin-user', deadline: inDays(6) });
    expect(noDecision.json<{ fields: Record<string, string> }>().fields.decision).toBeDefined();
    const decided = await step({
      to: 'decision',
      owner: 'admin-user',
      deadline: inDays(6),
      decision: 'Request an urgent briefing; deploy monitors to Bambari',
    });
    expect(decided.json()).toMatchObject({
      status: 'decision',
      decision: 'Request an urgent briefing; deploy monitors to Bambari',
    });
    const comment = await t.app.inject({
      method: 'POST',
      url: `/api/alerts/${alert!.id}/comments`,
      headers: as(t.callers.analyst),
      payload: { comment: 'Monitors on their way' },
    });
    expect(comment.statusCode).toBe(201);
    const closed = await step({ to: 'closed', comment: 'Monitors deployed' });
    const body = closed.json<{
      status: string;
      steps: Array<{ kind: string; status: string; by: string }>;
    }>();
    expect(body.status).toBe('closed');
    expect(body.steps.map((s) => `${s.kind}:${s.status}`)).toEqual([
      'step:assessment',
      'step:advice',
      'step:decision',
      'comment:decision',
      'step:closed',
    ]);
    expect(body.steps[0]!.by).toMatch(/^analyst-user/);
  });

  it('escalates an alert whose step is overdue, once per step', async () => {
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: as(t.callers.monitor),
      payload: massacre({
        iso3: 'MMR',
        latitude: 20.1,
        longitude: 92.9,
        description: 'Soldiers killed 12 villagers',
      }),
    });
    expect(sent.statusCode).toBe(201);
    let id: number | undefined;
    for (let i = 0; i < 50 && !id; i++) {
      await new Promise((r) => setTimeout(r, 100));
      id = (
        await t.app.inject({
          method: 'GET',
          url: '/api/alerts?country=MMR',
          headers: as(t.callers.analyst),
        })
      ).json<{
        alerts: Array<{ id: number }>;
      }>().alerts[0]?.id;
    }
    await t.app.inject({
      method: 'POST',
      url: `/api/alerts/${id}/advance`,
      headers: as(t.callers.analyst),
      payload: { to: 'assessment', owner: 'analyst-user', deadline: inDays(1) },
    });
    expect(await escalateOverdue(t.deps)).toEqual([]);
    now += 3 * 86_400_000;
    const [late] = await escalateOverdue(t.deps);
    expect(late).toMatchObject({ id, severity: 'critical', escalationLevel: 1 });
    expect(await escalateOverdue(t.deps)).toEqual([]);
    now -= 3 * 86_400_000;
  });

  it('serves the stage per province, replays a country, and refuses a bad rule set naming the field', async () => {
    // Unverified reports alone ask for verification; they do not move the stage.
    const get = (url: string) => t.app.inject({ url, headers: as(t.callers.analyst) });
    expect((await get('/api/escalation/CAF')).json<{ stage: string }>().stage).toBe('none');
    const listed = (await get('/api/alerts?country=CAF')).json<{ alerts: [{ basis: string }] }>();
    expect(listed.alerts[0].basis).toBe('to_verify');
    const first = (await get('/api/reports?iso3=CAF')).json<{ reports: [{ id: number }] }>();
    const verified = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${first.reports[0].id}/verify`,
      headers: as(t.callers.analyst),
      payload: { status: 'verified', credibility: 2, reason: 'Confirmed by the field office.' },
    });
    expect(verified.statusCode).toBe(200);
    const rep = await t.app.inject({
      method: 'POST',
      url: '/api/escalation/CAF/replay',
      headers: as(t.callers.analyst),
      payload: {},
    });
    expect(rep.statusCode).toBe(200);
    const st = await t.app.inject({
      method: 'GET',
      url: '/api/escalation/CAF',
      headers: as(t.callers.viewer),
    });
    const caf = st.json<{
      stage: string;
      places: Array<{ admin1Code: string; stage: string }>;
      map: { width: number; provinces: Array<{ code: string; d: string }> } | null;
    }>();
    expect(caf.stage).toBe('violence');
    // The provinces come as shapes to draw, one per province the page lists.
    const codes = new Set(caf.places.map((p) => p.admin1Code));
    expect(caf.map!.provinces.length).toBe(17);
    for (const p of caf.map!.provinces) {
      expect(codes.has(p.code)).toBe(true);
      expect(p.d).toMatch(/^M[\d.]+,[\d.]+L/);
    }
    const rules = (
      await t.app.inject({
        method: 'GET',
        url: '/api/escalation/rules',
        headers: as(t.callers.viewer),
      })
    ).json<{
      version: string;
      rules: Array<Record<string, unknown>>;
    }>();
    expect(rules.version).toBe('lens-escalation-rules@1');
    const edited = {
      ...rules,
      version: 'ours@2',
      rules: rules.rules.map((r, i) => (i === 0 ? { ...r, withinDays: 'soon' } : r)),
    };
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/escalation/rules',
      headers: as(t.callers.admin),
      payload: edited,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: Record<string, string> }>().fields['rules[0].withinDays']).toMatch(
      /whole number/,
    );
    const forbidden = await t.app.inject({
      method: 'PUT',
      url: '/api/escalation/rules',
      headers: as(t.callers.analyst),
      payload: edited,
    });
    expect(forbidden.statusCode).toBe(403);
    const good = {
      ...rules,
      version: 'ours@2',
      rules: rules.rules.map((r, i) => (i === 0 ? { ...r, withinDays: 45 } : r)),
    };
    const ok = await t.app.inject({
      method: 'PUT',
      url: '/api/escalation/rules',
      headers: as(t.callers.admin),
      payload: good,
    });
    expect(ok.statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/escalation/rules',
          headers: as(t.callers.viewer),
        })
      ).json<{ version: string }>().version,
    ).toBe('ours@2');
  });
});
