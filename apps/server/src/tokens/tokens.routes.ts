import { z } from 'zod';
import {
  ApiTokenSchema,
  CreatedTokenResponse,
  CreateTokenRequest,
  IdParams,
  OkResponse,
} from '@lens/contract';

import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

export const tokenRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/tokens',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['tokens'],
        summary: 'API tokens for partner systems (never their secrets)',
        response: {
          200: z.object({ tokens: z.array(ApiTokenSchema) }),
          ...errorResponses(401, 403),
        },
      },
    },
    async () => ({ tokens: await lens.listApiTokens() }),
  );
  api.post(
    '/api/tokens',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['tokens'],
        summary: 'Issue an API token acting as a user; the secret is shown once',
        body: CreateTokenRequest,
        response: { 201: CreatedTokenResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await lens.createApiToken(request.body, principalOf(request))),
  );
  api.delete(
    '/api/tokens/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: IdParams,
        response: { 200: OkResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await lens.revokeApiToken(request.params.id, principalOf(request));
      return { ok: true as const };
    },
  );
};
