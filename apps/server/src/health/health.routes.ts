import { HealthResponse } from '@lens/contract';
import { typed, type RouteModule } from '../http/context';

export const healthRoutes: RouteModule = (app, { lens, version }) => {
  typed(app).get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness, database kind and migration version',
        response: { 200: HealthResponse },
      },
    },
    async () => ({ status: 'ok' as const, ...(await lens.health()), version }),
  );
};
