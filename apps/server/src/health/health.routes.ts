import { HealthResponse } from '@lens/contract';
import { typed, type RouteModule } from '../http/context';

export const healthRoutes: RouteModule = (app, { deps, version }) => {
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
    async () => ({
      status: 'ok' as const,
      database: deps.store.kind,
      migration: await deps.store.migrationVersion(),
      version,
    }),
  );
};
