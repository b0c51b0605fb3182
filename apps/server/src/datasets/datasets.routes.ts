import { DatasetsResponse } from '@lens/contract';
import { ALL_ROLES } from '@lens/core';
import { errorResponses, typed, type RouteModule } from '../http/context';

export const datasetRoutes: RouteModule = (app, { lens }) => {
  typed(app).get(
    '/api/datasets',
    {
      config: { access: ALL_ROLES },
      schema: {
        tags: ['data'],
        summary:
          'Every imported dataset version: source, version, licence, rows, file hash, when and by whom',
        response: { 200: DatasetsResponse, ...errorResponses(401) },
      },
    },
    async () => ({ datasets: await lens.listDatasets() }),
  );
};
