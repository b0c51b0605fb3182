import { z } from 'zod';
import { CreateUserRequest, IdParams, UpdateUserRequest, UserSchema } from '@lens/contract';

import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

export const userRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: 'Every user and their role',
        response: { 200: z.object({ users: z.array(UserSchema) }), ...errorResponses(401, 403) },
      },
    },
    async () => ({ users: await lens.listUsers() }),
  );
  api.post(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: 'Create a user',
        body: CreateUserRequest,
        response: { 201: UserSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const user = await lens.createUser(request.body, principalOf(request));
      return reply.code(201).send(user);
    },
  );
  api.patch(
    '/api/users/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary:
          "Change a user's role, disable or re-enable them, or reset their password (ends their sessions)",
        params: IdParams,
        body: UpdateUserRequest,
        response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => lens.updateUser(request.params.id, request.body, principalOf(request)),
  );
};
