import {
  AdvanceRequest,
  AlertDetailSchema,
  AlertDetailQuery,
  AlertParams,
  AlertsQuery,
  AlertsResponse,
  AlertStepSchema,
  CommentRequest,
  EscalationParams,
  EscalationQuery,
  EscalationSchema,
  ReplayRequest,
  ReplaySchema,
  RuleSetSchema,
  WebhookCreated,
  WebhookRequest,
  WebhooksResponse,
} from '@lens/contract';
import { actorName, LensError, READER_ROLES, ANALYST_ROLES } from '@lens/core';
import { z } from 'zod';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';
import type { AlertHub } from './alert-hub';

const READERS = READER_ROLES;
const ANALYSTS = ANALYST_ROLES;

export const alertRoutes: RouteModule = (app, { lens, outbound }) => {
  const api = typed(app);
  const hub = (app as unknown as { alertHub: AlertHub }).alertHub;
  // Open streams end before the server stops listening: an open stream is never idle, so the
  // server would otherwise wait for it forever.
  const streams = new Set<() => void>();
  app.addHook('preClose', (done) => {
    for (const end of [...streams]) end();
    done();
  });

  api.get(
    '/api/alerts',
    {
      config: { access: READERS },
      schema: {
        tags: ['alerts'],
        summary:
          'The alert queue, by priority (severity, then model risk) or newest first, paged, with what the filters hide (kind=all adds stage signals)',
        querystring: AlertsQuery,
        response: { 200: AlertsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) =>
      lens.alertPage({
        ...(req.query.country ? { iso3: req.query.country.toUpperCase() } : {}),
        ...(req.query.status ? { status: req.query.status } : {}),
        kind: req.query.kind,
        limit: req.query.limit,
        offset: req.query.offset,
        order: req.query.order,
      }),
  );

  // Server-sent events: every alert raised, updated, advanced or escalated, as it happens.
  app.get(
    '/api/alerts/stream',
    {
      config: { access: READERS },
      schema: {
        tags: ['alerts'],
        summary:
          'Live stream (text/event-stream) of alert changes: events named alert, data {type, alert, eventRefs}',
      },
    },
    (req, reply) => {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(': lens alert stream\n\n');
      const unsubscribe = hub.subscribe((m) => {
        res.write(
          `id: ${m.id}\nevent: alert\ndata: ${JSON.stringify({ ...m.change, at: m.at })}\n\n`,
        );
      });
      const beat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
      const stop = () => {
        clearInterval(beat);
        unsubscribe();
        streams.delete(end);
      };
      const end = () => {
        stop();
        res.end();
      };
      streams.add(end);
      req.raw.on('close', stop);
    },
  );

  api.get(
    '/api/alerts/:id',
    {
      config: { access: READERS },
      schema: {
        tags: ['alerts'],
        summary:
          'One alert with the events behind it, its structural context and its workflow steps',
        params: AlertParams,
        querystring: AlertDetailQuery,
        response: { 200: AlertDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.readAlert(req.params.id, principalOf(req).role, req.query.lang),
  );

  api.post(
    '/api/alerts/:id/advance',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['alerts'],
        summary:
          'Move an alert to its next step (early_warning -> assessment -> advice -> decision -> closed) with owner, deadline, comment; the decision step records the decision (audited)',
        params: AlertParams,
        body: AdvanceRequest,
        response: { 200: AlertDetailSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await lens.advanceAlert(req.params.id, req.body, actorName(principalOf(req)));
      return lens.readAlert(req.params.id, principalOf(req).role);
    },
  );

  api.post(
    '/api/alerts/:id/comments',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['alerts'],
        summary: 'Comment on an alert (audited)',
        params: AlertParams,
        body: CommentRequest,
        response: { 201: AlertStepSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await lens.commentOnAlert(req.params.id, req.body.comment, actorName(principalOf(req))),
        ),
  );

  api.get(
    '/api/escalation/rules',
    {
      config: { access: READERS },
      schema: {
        tags: ['alerts'],
        summary: 'The escalation rule set in force (versioned)',
        response: { 200: RuleSetSchema, ...errorResponses(401, 403) },
      },
    },
    async () => {
      const r = await lens.activeRuleSet();
      return { ...r, rules: r.rules.map((x) => ({ ...x })) };
    },
  );

  api.put(
    '/api/escalation/rules',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['alerts'],
        summary:
          'Store an edited rule set (a new version) as the one in force; every problem named (audited)',
        body: z.record(z.string(), z.unknown()),
        response: { 200: RuleSetSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req) => {
      const r = await lens.saveRuleSet(req.body, actorName(principalOf(req)));
      return { ...r, rules: r.rules.map((x) => ({ ...x })) };
    },
  );

  api.get(
    '/api/escalation/:iso3',
    {
      config: { access: READERS },
      schema: {
        tags: ['alerts'],
        summary:
          "A country's escalation stage (none, crisis, mobilisation, violence) per province, and its timeline",
        params: EscalationParams,
        querystring: EscalationQuery,
        response: { 200: EscalationSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) =>
      lens.countryEscalation({
        iso3: req.params.iso3.toUpperCase(),
        ...(req.query.asOf ? { asOf: req.query.asOf } : {}),
      }),
  );

  api.post(
    '/api/escalation/:iso3/replay',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['alerts'],
        summary:
          "Run the rules in force over a country's stored events and reports (replaces its replayed alerts; audited)",
        params: EscalationParams,
        body: ReplayRequest,
        response: { 200: ReplaySchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) =>
      lens.replayEscalation({
        iso3: req.params.iso3.toUpperCase(),
        actor: actorName(principalOf(req)),
        ...(req.body.asOf ? { asOf: req.body.asOf } : {}),
      }),
  );

  api.get(
    '/api/webhooks',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['alerts'],
        summary: 'Webhooks told of alert changes (never their secrets)',
        response: { 200: WebhooksResponse, ...errorResponses(401, 403) },
      },
    },
    async () => ({ webhooks: await lens.listWebhooks() }),
  );

  api.post(
    '/api/webhooks',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['alerts'],
        summary:
          'Register a webhook: alert changes are POSTed as JSON, signed x-lens-signature: sha256=HMAC(secret, x-lens-timestamp + "." + body). The secret is shown once (audited)',
        body: WebhookRequest,
        response: { 201: WebhookCreated, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const refused = await outbound.check(req.body.url);
      if (refused)
        throw new LensError('invalid', `The webhook address ${refused}`, { url: refused });
      return reply.code(201).send(await lens.addWebhook(req.body.url, actorName(principalOf(req))));
    },
  );

  api.delete(
    '/api/webhooks/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['alerts'],
        summary: 'Remove a webhook (audited)',
        params: AlertParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await lens.removeWebhook(req.params.id, actorName(principalOf(req)));
      return reply.code(204).send(null);
    },
  );
};
