import { WatchListSchema, WatchQuery } from '@lens/contract';
import { READER_ROLES } from '@lens/core';
import { errorResponses, typed, type RouteModule } from '../http/context';

/** The watch list: the landing page's moving picture. */
export const watchListRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/watchlist',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['assessment'],
        summary:
          'Every assessed country: tier, probability and interval, escalation stage, open alerts, and what changed since last month and last year, with why',
        querystring: WatchQuery,
        response: { 200: WatchListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.watchList({ asOf: req.query.asOf }),
  );
};
