import {
  AddFeedRequest,
  ConfigureFeedRequest,
  EventHistoryParams,
  EventHistoryResponse,
  FeedListResponse,
  FeedParams,
  FeedRunResponse,
  FeedRunsResponse,
  FeedSchema,
} from '@lens/contract';
import { actorName, ANALYST_ROLES, READER_ROLES, type FeedRun, type FeedStatus } from '@lens/core';
import { z } from 'zod';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';
import type { FeedScheduler } from './feed-scheduler';

declare module 'fastify' {
  interface FastifyInstance {
    feedScheduler?: FeedScheduler;
  }
}

/** A run as the API shows it (cursors are the connector's business, not a reader's). */
const runDto = (r: FeedRun) => ({
  id: r.id,
  feedId: r.feedId,
  trigger: r.trigger,
  status: r.status,
  startedAt: r.startedAt,
  finishedAt: r.finishedAt,
  added: r.added,
  revised: r.revised,
  deleted: r.deleted,
  bytes: r.bytes,
  attempts: r.attempts,
  datasetId: r.datasetId,
  sourceVersion: r.sourceVersion,
  notes: r.notes,
  error: r.error,
});

/** Feeds (issue 17): status for analysts, configuration and runs for admins, events' history. */
export const feedRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  /** A feed as the API shows it: its state and last run, never its cursor or credentials. */
  const feedDto = ({ cursor: _cursor, ...f }: FeedStatus) => ({
    ...f,
    lastRun: f.lastRun && runDto(f.lastRun),
  });
  const oneFeed = async (id: string) => feedDto((await lens.listFeeds()).find((x) => x.id === id)!);

  api.get(
    '/api/feeds',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['data'],
        summary:
          'Every feed: its schedule, last success, next run, how far behind its source, the last error, and whether it is stale',
        response: { 200: FeedListResponse, ...errorResponses(401, 403) },
      },
    },
    async () => ({
      feeds: (await lens.listFeeds()).map(feedDto),
    }),
  );
  api.post(
    '/api/feeds',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['data'],
        summary: 'Add a feed (a connector, its settings and schedule); it first runs at once',
        body: AddFeedRequest,
        response: { 201: FeedSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      await lens.addFeed({
        id: req.body.id,
        connector: req.body.connector,
        settings: req.body.settings ?? {},
        ...(req.body.intervalMinutes ? { intervalMinutes: req.body.intervalMinutes } : {}),
        actor: actorName(principalOf(req)),
      });
      app.feedScheduler?.wake();
      return reply.code(201).send(await oneFeed(req.body.id));
    },
  );
  api.patch(
    '/api/feeds/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['data'],
        summary:
          'Change a feed: settings, schedule, pause or resume, or its credentials (sealed, never returned)',
        params: FeedParams,
        body: ConfigureFeedRequest,
        response: { 200: FeedSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const b = req.body;
      await lens.configureFeed({
        id: req.params.id,
        ...(b.settings ? { settings: b.settings } : {}),
        ...(b.intervalMinutes ? { intervalMinutes: b.intervalMinutes } : {}),
        ...(b.paused !== undefined ? { paused: b.paused } : {}),
        ...(b.credentials !== undefined ? { credentials: b.credentials } : {}),
        actor: actorName(principalOf(req)),
      });
      if (b.paused === false) app.feedScheduler?.wake();
      return oneFeed(req.params.id);
    },
  );
  api.post(
    '/api/feeds/:id/run',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['data'],
        summary:
          'Run a feed now and wait for it: what it added, revised and deleted, or why it failed (nothing is stored then)',
        params: FeedParams,
        response: { 200: FeedRunResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const out = await lens.runFeed(req.params.id, {
        trigger: 'manual',
        actor: actorName(principalOf(req)),
      });
      return { status: out.status, run: 'run' in out ? runDto(out.run) : null };
    },
  );
  api.get(
    '/api/feeds/:id/runs',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['data'],
        summary: "A feed's runs, newest first",
        params: FeedParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }),
        response: { 200: FeedRunsResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => ({ runs: (await lens.feedRuns(req.params.id, req.query.limit)).map(runDto) }),
  );
  api.get(
    '/api/events/:ref/history',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['events'],
        summary:
          "An imported event's rows, oldest first: each revision the source made, and its deletion, with when and why",
        params: EventHistoryParams,
        response: { 200: EventHistoryResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => ({
      ref: req.params.ref,
      revisions: (await lens.eventHistory(req.params.ref)).map((r) => ({
        date: r.dateStart,
        iso3: r.iso3,
        admin1: r.admin1,
        type: r.violenceType,
        actors: [r.actorA, r.actorB].filter((a): a is string => !!a),
        deathsBest: r.deathsBest,
        description: r.description,
        origin: r.dataset ? `${r.dataset.source} ${r.dataset.version}` : 'dataset',
        storedAt: r.dataset?.importedAt ?? null,
        current: r.supersededAt === null,
        supersededAt: r.supersededAt,
        supersededBy: r.supersededBy,
      })),
    }),
  );
};
