import { z } from 'zod';
import {
  CreateUserRequest,
  IdParams,
  UpdateUserRequest,
  UserAdminSchema,
  UserSchema,
} from '@lens/contract';

import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

export const userRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: 'Every user, their role, and a sign-in lock-out while it lasts',
        response: {
          200: z.object({ users: z.array(UserAdminSchema) }),
          ...errorResponses(401, 403),
        },
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
          "Change a user's role, disable or re-enable them, reset their password or end a lock-out (ends their sessions; audited)",
        params: IdParams,
        body: UpdateUserRequest,
        response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => lens.updateUser(request.params.id, request.body, principalOf(request)),
  );
};
