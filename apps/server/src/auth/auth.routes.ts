import {
  LoginRequest,
  OkResponse,
  SessionResponse,
  SetupRequest,
  SetupStatusResponse,
  UserSchema,
} from '@lens/contract';
import { ALL_ROLES } from '@lens/core';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';
import { SESSION_COOKIE } from '../http/route';
import { AccountLimiter } from '../http/account-limit';

export const authRoutes: RouteModule = (app, options) => {
  const { lens } = options;
  const api = typed(app);
  const perAccount = new AccountLimiter(options.loginAccountRateLimit ?? 30);
  const cookie = (expiresAt: string) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: options.secureCookies,
    expires: new Date(expiresAt),
  });

  api.post(
    '/api/auth/login',
    {
      config: {
        access: 'public',
        csrfExempt: true,
        rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in: sets the httpOnly session cookie and returns the CSRF token',
        body: LoginRequest,
        response: { 200: SessionResponse, ...errorResponses(400, 401, 423, 429) },
      },
    },
    async (request, reply) => {
      perAccount.take(request.body.username);
      // request.ip is the client's address: behind a trusted proxy, the one it forwarded.
      const r = await lens.logIn({ ...request.body, ip: request.ip });
      reply.setCookie(SESSION_COOKIE, r.sessionToken, cookie(r.expiresAt));
      return { user: r.user, csrfToken: r.csrfToken, expiresAt: r.expiresAt };
    },
  );

  api.post(
    '/api/auth/logout',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session',
        response: { 200: OkResponse, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      if (request.sessionToken) await lens.logOut(request.sessionToken, principalOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  api.get(
    '/api/auth/session',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and the CSRF token for this session',
        response: { 200: SessionResponse, ...errorResponses(401) },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const csrfToken = 'csrfToken' in p ? String(p.csrfToken) : '';
      const { user, expiresAt } = await lens.currentSession({
        userId: p.userId,
        sessionToken: request.sessionToken,
      });
      return { user: UserSchema.parse(user), csrfToken, expiresAt };
    },
  );

  api.get(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Whether the first administrator still has to be created',
        response: { 200: SetupStatusResponse },
      },
    },
    async () => ({
      needsSetup: options.setupTokenHash !== undefined && (await lens.needsFirstAdmin()),
    }),
  );

  api.post(
    '/api/setup',
    {
      config: {
        access: 'public',
        csrfExempt: true,
        rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary:
          'Create the first administrator with the one-time setup token printed at first start',
        body: SetupRequest,
        response: { 200: UserSchema, ...errorResponses(400, 403, 429) },
      },
    },
    async (request) => lens.setUpFirstAdmin(options.setupTokenHash, request.body),
  );
};
