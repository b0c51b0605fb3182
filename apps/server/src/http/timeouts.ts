import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** How long this route waits for the whole request body (ms); 0: no limit but the server's. */
    bodyTimeoutMs?: number;
  }
}

export interface Timeouts {
  /** Until the request's headers have arrived (ms). */
  readonly headersMs: number;
  /** Until a request's body has arrived, on routes that set no limit of their own (ms). */
  readonly bodyMs: number;
  /** The server's ceiling for one request, large uploads included (ms). */
  readonly requestMs: number;
}

/** The HTTP server's own limits (Node checks them every `connectionsCheckingInterval`). */
export const serverTimeouts = (t: Timeouts) => ({
  requestTimeout: t.requestMs,
  http: {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    connectionsCheckingInterval: Math.max(100, Math.min(5_000, Math.floor(t.headersMs / 2))),
  },
});

export const DEFAULT_TIMEOUTS: Timeouts = {
  headersMs: 20_000,
  bodyMs: 30_000,
  // A dataset import of a few GB over a slow office link.
  requestMs: 60 * 60_000,
};

/**
 * A client that opens a request and trickles its body (or never sends it) holds a connection and
 * memory: bodies must arrive within `bodyMs` (408 after), headers within `headersMs`. The admin's
 * dataset import sets its own, longer, limit.
 */
export function installTimeouts(app: FastifyInstance, t: Timeouts): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const hasBody =
      request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0'
        ? true
        : request.headers['transfer-encoding'] !== undefined;
    const ms = request.routeOptions.config.bodyTimeoutMs ?? t.bodyMs;
    if (!hasBody || ms <= 0) return payload;
    const stream = payload as Readable;
    const timer = setTimeout(() => {
      const err = Object.assign(
        new Error(`The request body did not arrive within ${Math.round(ms / 1000)} s`),
        { statusCode: 408 },
      );
      // The body parser listens for errors: it fails the request with this one (a 408 answer)
      // and Node closes the connection, whose body was not read to its end.
      if (stream.listenerCount('error') > 0) stream.emit('error', err);
      else request.raw.socket.destroy(); // nobody reads it: only closing the connection is left
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    stream.once('end', clear);
    stream.once('close', clear);
    stream.once('error', clear);
    return payload;
  });
}
