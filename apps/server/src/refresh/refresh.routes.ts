import { RefreshRequest, RefreshResponse, RefreshStatusQuery } from '@lens/contract';
import { ANALYST_ROLES, READER_ROLES } from '@lens/core';
import { errorResponses, typed, type RouteModule } from '../http/context';

/** The after-commit effects' state, and a request to run them again (ADR 17). */
export const refreshRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/refresh',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['data'],
        summary:
          'The analyses brought up to date after data committed (escalation per country, forecasts): pending, running, done, or failed with the reason',
        querystring: RefreshStatusQuery,
        response: { 200: RefreshResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({ jobs: await lens.refreshStatus(req.query) }),
  );
  api.post(
    '/api/refresh',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['data'],
        summary:
          "Queue every effect again (a country's escalation, or every country's, and the forecasts), failed ones included",
        body: RefreshRequest,
        response: { 202: RefreshResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await lens.requestRefresh(req.body);
      return reply.code(202).send({ jobs: await lens.refreshStatus({ limit: 20 }) });
    },
  );
};
