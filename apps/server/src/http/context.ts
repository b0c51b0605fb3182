import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '@lens/contract';
import { LensError, type Lens, type Principal, type UseCaseDeps } from '@lens/core';
import type { OutboundPolicy } from './outbound-address';
import type { Timeouts } from './timeouts';
import type { Fanout } from '../cluster/pg-fanout';

export interface ServerOptions {
  readonly deps: UseCaseDeps;
  /** The use cases bound to `deps` (set by buildApp; routes call only these). */
  readonly lens?: Lens;
  readonly version: string;
  /** sha256 of the one-time setup token, while no user exists. */
  readonly setupTokenHash?: string | undefined;
  /** Sign-in attempts allowed per client address per minute. */
  readonly loginRateLimit: number;
  /** Sign-in attempts allowed per account per minute, from all addresses (default 30). */
  readonly loginAccountRateLimit?: number;
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated):
   * the client address for rate limits, lock-outs and the audit log is then the forwarded one.
   */
  readonly trustedProxies?: string | undefined;
  /** Set the cookie's Secure flag (behind HTTPS). */
  readonly secureCookies: boolean;
  /** The built web app to serve at /, if any. */
  readonly webRoot?: string | undefined;
  /** Where alerts go besides the live stream (SMTP), and how often overdue alerts escalate. */
  readonly alerts?: {
    readonly smtpUrl?: string | undefined;
    readonly mailFrom?: string | undefined;
    readonly mailTo?: string | undefined;
    readonly baseUrl?: string | undefined;
    readonly retryDelays?: readonly number[];
    readonly escalateEveryMs?: number;
  };
  /** Attachment uploads read at once, per account (default 2) and across the server (default 4); each holds up to ~150 MB. */
  readonly uploadSlots?: { readonly perAccount?: number; readonly total?: number };
  /** Messages between servers sharing one PostgreSQL (alert changes, cache drops); none alone. */
  readonly fanout?: Fanout | undefined;
  /** How long requests may take to arrive (defaults in http/timeouts.ts). */
  readonly timeouts?: Partial<Timeouts>;
  /** Private address ranges (CIDR, comma-separated) webhooks may reach; none by default. */
  readonly webhookPrivateRanges?: string | undefined;
  /** How often the after-commit effects' worker looks for queued jobs besides being woken. */
  readonly refreshEveryMs?: number;
  /** The PostgreSQL URL, for the feeds' job queue (pg-boss); without it feeds run on a timer. */
  readonly databaseUrl?: string | undefined;
  /** How often the in-process feed scheduler looks for due feeds (SQLite). */
  readonly feedEveryMs?: number;
  /** How often partners' bundles are pulled (issue 22); 0: never on a schedule. */
  readonly sharePullEveryMs?: number;
}

export type Api = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;
export type RouteModule = (
  app: FastifyInstance,
  options: ServerOptions & { lens: Lens; outbound: OutboundPolicy },
) => void;

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** The error responses a route documents in OpenAPI. */
export function errorResponses(...codes: Array<400 | 401 | 403 | 404 | 409 | 423 | 429>) {
  return Object.fromEntries(codes.map((c) => [c, ErrorResponse]));
}

/** The principal on a route that is not public; its absence is a wiring bug, not a user error. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new LensError('unauthenticated', 'Sign in first');
  return request.principal;
}
