import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  allows,
  authenticateApiToken,
  authenticateSession,
  LensError,
  type Access,
  type UseCaseDeps,
} from '@lens/core';
import { CSRF_HEADER, SESSION_COOKIE } from './route';

export interface DeclaredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with declared access, for the access-matrix test and the docs. */
    lensRoutes: DeclaredRoute[];
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves who is calling (API token or session cookie) and enforces the route's declared access
 * before any body is parsed or validated, so a denied caller learns nothing about the route's input.
 */
export function installAuthentication(app: FastifyInstance, deps: UseCaseDeps): void {
  app.decorate('lensRoutes', [] as DeclaredRoute[]);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (access !== undefined && route.method !== 'HEAD') {
      for (const method of [route.method].flat())
        app.lensRoutes.push({ method, url: route.url, access });
    }
    if (
      route.url.startsWith('/api/') &&
      !route.url.startsWith('/api/docs') &&
      route.config?.access === undefined
    ) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no access: add config.access`,
      );
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return;
    const auth = request.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      request.principal = await authenticateApiToken(deps, auth.slice('Bearer '.length).trim());
      if (!request.principal)
        throw new LensError('unauthenticated', 'The API token is unknown or revoked');
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        const session = await authenticateSession(deps, token);
        if (session) {
          request.principal = session;
          request.sessionToken = token;
          if (
            !SAFE_METHODS.has(request.method) &&
            !request.routeOptions.config.csrfExempt &&
            request.headers[CSRF_HEADER] !== session.csrfToken
          ) {
            throw new LensError(
              'forbidden',
              `Missing or wrong ${CSRF_HEADER} header: read it from GET /api/auth/session`,
            );
          }
        }
      }
    }
    if (access === 'public') return;
    if (!request.principal) throw new LensError('unauthenticated', 'Sign in first');
    if (!allows(access, request.principal.role)) {
      throw new LensError('forbidden', `This needs one of these roles: ${access.join(', ')}`);
    }
  });
}
