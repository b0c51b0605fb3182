import { AlertHub } from './alerts/alert-hub';
import { alertRoutes } from './alerts/alerts.routes';
import { networkRoutes } from './network/network.routes';
import { actorRoutes } from './network/actors.routes';
import { planningRoutes } from './planning/planning.routes';
import { triggerRoutes } from './planning/triggers.routes';
import { exerciseRoutes } from './planning/exercises.routes';
import { sharingRoutes } from './sharing/sharing.routes';
import { publicRoutes } from './sharing/public.routes';
import { escalateOverdue, openLens, pullAllPartners } from '@lens/core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import './http/route';
import { installErrorHandling } from './http/errors';
import { installAuthentication } from './http/authenticate';
import { outboundPolicy, parseRanges } from './http/outbound-address';
import { DEFAULT_TIMEOUTS, installTimeouts, serverTimeouts } from './http/timeouts';
import type { RouteModule, ServerOptions } from './http/context';
import { healthRoutes } from './health/health.routes';
import { authRoutes } from './auth/auth.routes';
import { countryRoutes } from './countries/countries.routes';
import { userRoutes } from './users/users.routes';
import { tokenRoutes } from './tokens/tokens.routes';
import { auditRoutes } from './audit/audit.routes';
import { datasetRoutes } from './datasets/datasets.routes';
import { importRoutes } from './datasets/import.routes';
import { modelRoutes } from './models/models.routes';
import { assessmentRoutes } from './assessments/assessments.routes';
import { reportRoutes } from './reports/reports.routes';
import { sealedReportRoutes } from './reports/sealed.routes';
import { RefreshWorker } from './refresh/refresh-worker';
import { feedRoutes } from './feeds/feeds.routes';
import { localFeedScheduler, pgBossFeedScheduler } from './feeds/feed-scheduler';
import { refreshRoutes } from './refresh/refresh.routes';
import { watchListRoutes } from './watch-list/watch-list.routes';

/** Every feature's routes; a new feature adds its module here and its rows to the access matrix test. */
export const ROUTE_MODULES: readonly RouteModule[] = [
  healthRoutes,
  authRoutes,
  countryRoutes,
  userRoutes,
  tokenRoutes,
  auditRoutes,
  datasetRoutes,
  importRoutes,
  modelRoutes,
  assessmentRoutes,
  reportRoutes,
  sealedReportRoutes,
  alertRoutes,
  networkRoutes,
  actorRoutes,
  planningRoutes,
  triggerRoutes,
  exerciseRoutes,
  sharingRoutes,
  publicRoutes,
  refreshRoutes,
  watchListRoutes,
  feedRoutes,
];

export type { ServerOptions } from './http/context';

/** LENS_TRUSTED_PROXIES as Fastify's trustProxy: a list of addresses/ranges, or no proxy at all. */
function trustedProxies(spec: string | undefined): string[] | false {
  const list = (spec ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length > 0 ? list : false;
}

/** Builds the HTTP app (not listening): used by `lens serve`, the tests (`inject`) and the OpenAPI generator. */
export async function buildApp(
  options: ServerOptions,
  logger: boolean | object = false,
): Promise<FastifyInstance> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const app = Fastify({
    ...serverTimeouts(timeouts),
    logger,
    trustProxy: trustedProxies(options.trustedProxies),
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installTimeouts(app, timeouts);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  // Report attachments (POST /api/reports as multipart): a few photos or documents, 10 MB each.
  await app.register(fastifyMultipart, {
    limits: { files: 5, fileSize: 10 * 1024 * 1024, fields: 5, fieldSize: 64 * 1024, parts: 10 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lens API',
        version: options.version,
        description:
          'Mass-atrocity early warning and prevention planning. Sign in with POST /api/auth/login (session cookie + x-csrf-token header on writes) or send an API token as "Authorization: Bearer <token>".',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lens_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // Alert changes go to the live stream, webhooks and e-mail; overdue alerts escalate every minute.
  const outbound = outboundPolicy(parseRanges(options.webhookPrivateRanges));
  const hub = new AlertHub(options.deps, {
    ...options.alerts,
    outbound,
    fanout: options.fanout,
    log: (msg, err) => app.log.error({ err }, msg),
  });
  // After-commit effects (ADR 17) run in the background: imports, reports and judgements queue
  // them; the worker brings stages, alerts and forecasts up to date.
  const worker = new RefreshWorker(() => withHub.deps, {
    everyMs: options.refreshEveryMs ?? 30_000,
    log: (msg, err) => app.log.error({ err }, msg),
  });
  const withHub: ServerOptions = {
    ...options,
    deps: {
      ...options.deps,
      notifier: hub,
      effects: worker,
      feedNotices: { stale: (n) => hub.feedStale(n) },
    },
  };
  app.decorate('alertHub', hub);
  app.decorate('refreshWorker', worker);
  const overdue = setInterval(() => {
    // Once across servers: whichever takes the lock first sweeps; the others skip this minute.
    const store = withHub.deps.store;
    store
      .exclusive('overdue', () => escalateOverdue(withHub.deps), 'skip')
      .catch((err: unknown) => app.log.error({ err }, 'escalating overdue alerts failed'));
  }, options.alerts?.escalateEveryMs ?? 60_000);
  overdue.unref();
  // Feeds run when due (ADR 27): pg-boss on PostgreSQL when the server knows the database's URL,
  // else a timer in this process.
  const feedLog = (msg: string, err?: unknown) => app.log.error({ err }, msg);
  const feeds =
    options.databaseUrl && options.deps.store.kind === 'postgres'
      ? await pgBossFeedScheduler(options.databaseUrl, () => withHub.deps, { log: feedLog })
      : localFeedScheduler(() => withHub.deps, {
          everyMs: options.feedEveryMs ?? 30_000,
          log: feedLog,
        });
  app.decorate('feedScheduler', feeds);
  // Partners' bundles are pulled on a schedule (ADR 34), once across servers.
  const pullEvery = options.sharePullEveryMs ?? 15 * 60_000;
  const sharePull =
    pullEvery > 0 && options.deps.instance
      ? setInterval(() => {
          withHub.deps.store
            .exclusive('share-pull', () => pullAllPartners(withHub.deps, 'scheduled pull'), 'skip')
            .then((done) => {
              for (const r of done ?? [])
                if ('error' in r) app.log.error(`pulling from ${r.partner} failed: ${r.error}`);
            })
            .catch((err: unknown) => app.log.error({ err }, 'pulling from partners failed'));
        }, pullEvery)
      : undefined;
  sharePull?.unref();
  app.addHook('onClose', async () => {
    await feeds.close();
    clearInterval(overdue);
    if (sharePull) clearInterval(sharePull);
    await worker.close();
    await hub.settle();
  });

  installAuthentication(app, withHub.deps);
  // The composition root: every route calls the use cases bound here (ADR 17).
  const lens = openLens(withHub.deps);
  for (const mod of ROUTE_MODULES) mod(app, { ...withHub, lens, outbound });

  const webRoot =
    options.webRoot && existsSync(path.join(options.webRoot, 'index.html'))
      ? options.webRoot
      : undefined;
  if (webRoot) {
    // preCompressed: the .br/.gz files written at build are sent to browsers that accept them.
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: 'index.html',
      preCompressed: true,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && webRoot && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({
      error: 'not_found',
      message: `No route ${request.method} ${request.url.split('?')[0]}`,
    });
  });
  return app;
}
