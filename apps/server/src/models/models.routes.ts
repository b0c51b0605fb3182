import {
  ForecastQuery,
  ForecastRequest,
  ForecastsResponse,
  ModelCardSchema,
  ModelParams,
  ModelSchema,
  ModelsResponse,
  RiskHistoryQuery,
  RiskHistoryResponse,
} from '@lens/contract';
import { actorName, READER_ROLES } from '@lens/core';
import { z } from 'zod';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

/** Who reads analysis; monitors (field reporters) do not need the rankings. */
const READERS = READER_ROLES;

export const modelRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/models',
    {
      config: { access: READERS },
      schema: {
        tags: ['forecasting'],
        summary: 'Every forecasting model: learner, feature spec, training data, metrics, default',
        response: { 200: ModelsResponse, ...errorResponses(401, 403) },
      },
    },
    async () => ({ models: await lens.listModels() }),
  );
  api.post(
    '/api/models/:id/default',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['forecasting'],
        summary: 'Make a model the product default (audited)',
        params: ModelParams,
        response: { 200: ModelSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => lens.setDefaultModel(req.params.id, actorName(principalOf(req))),
  );
  api.get(
    '/api/models/:id/card',
    {
      config: { access: READERS },
      schema: {
        tags: ['forecasting'],
        summary:
          'A model\'s card: its data and their versions, how it was fitted, its out-of-sample back-test on this install, and its known limits (id or "default")',
        params: ModelParams,
        response: { 200: ModelCardSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => lens.modelCard(req.params.id),
  );
  api.get(
    '/api/forecasts',
    {
      config: { access: READERS },
      schema: {
        tags: ['forecasting'],
        summary: "A model's stored forecasts from one year's data, ranked",
        querystring: ForecastQuery,
        response: { 200: ForecastsResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.storedForecasts(req.query),
  );
  api.post(
    '/api/forecasts',
    {
      config: { access: ['admin', 'analyst'] },
      schema: {
        tags: ['forecasting'],
        summary: "Run a model on one year's data and store the ranked forecasts (audited)",
        body: ForecastRequest,
        response: { 200: ForecastsResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const r = await lens.forecast({
        model: req.body.model,
        year: req.body.year,
        actor: actorName(principalOf(req)),
      });
      return { model: r.model.id, year: req.body.year, forecasts: r.forecasts };
    },
  );
  api.get(
    '/api/countries/:iso3/risk',
    {
      config: { access: READERS },
      schema: {
        tags: ['forecasting'],
        summary:
          "A country's risk by year (each from that year's data), its onsets, and its latest drivers",
        params: z.object({ iso3: z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters') }),
        querystring: RiskHistoryQuery,
        response: { 200: RiskHistoryResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const r = await lens.riskHistory({ model: req.query.model, iso3: req.params.iso3 });
      return { ...r, model: r.model.id };
    },
  );
};
