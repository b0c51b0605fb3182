import {
  AssessmentParams,
  AssessmentQuery,
  AssessmentSchema,
  AssessmentsResponse,
  FrameworksQuery,
  FrameworksResponse,
  HistoryCheckResponse,
  JudgementRequest,
  JudgementSchema,
  JudgementsResponse,
  OverrideRequest,
  OverrideSchema,
  TimelineQuery,
  TimelineResponse,
  WpsQuery,
  WpsSchema,
} from '@lens/contract';
import { actorName, ANALYST_ROLES, READER_ROLES } from '@lens/core';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

const READERS = READER_ROLES;
const EDITORS = ANALYST_ROLES;

export const assessmentRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/frameworks',
    {
      config: { access: READERS },
      schema: {
        tags: ['assessment'],
        summary:
          'The stored frameworks catalog in a language: every item with its source and verification (unverified items flagged), and who translated it',
        querystring: FrameworksQuery,
        response: { 200: FrameworksResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const c = await lens.frameworkCatalog(req.query.lang ?? 'en');
      return {
        version: c.version,
        title: c.title,
        loadedAt: c.loadedAt,
        language: c.language,
        translation: c.translation,
        items: [...c.items],
      };
    },
  );
  api.get(
    '/api/assessments',
    {
      config: { access: READERS },
      schema: {
        tags: ['assessment'],
        summary: 'Every country assessed as of one year: factor scores, tier, drivers, changes',
        querystring: AssessmentQuery,
        response: { 200: AssessmentsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.assessmentsOf({ year: req.query.year }),
  );
  api.get(
    '/api/assessments/history-check',
    {
      config: { access: READERS },
      schema: {
        tags: ['assessment'],
        summary: 'The tiers scored against what happened (onsets within 1, 2 and 10 years)',
        response: { 200: HistoryCheckResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async () => lens.runHistoryCheck({}),
  );
  api.get(
    '/api/wps/:iso3',
    {
      config: { access: READERS },
      schema: {
        tags: ['assessment'],
        summary:
          "A country's women, peace and security standing (inclusion, justice, security) with its trend, what moved it, the gendered red flags and its link to onsets over history",
        params: AssessmentParams,
        querystring: WpsQuery,
        response: { 200: WpsSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.countryWps({ iso3: req.params.iso3, year: req.query.year }),
  );
  api.get(
    '/api/assessments/:iso3',
    {
      config: { access: READERS },
      schema: {
        tags: ['assessment'],
        summary: "One country's assessment as of one year",
        params: AssessmentParams,
        querystring: AssessmentQuery,
        response: { 200: AssessmentSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.countryAssessment({ iso3: req.params.iso3, year: req.query.year }),
  );
  api.get(
    '/api/assessments/:iso3/timeline',
    {
      config: { access: READERS },
      schema: {
        tags: ['assessment'],
        summary: "One country's assessments year by year (each as of its year)",
        params: AssessmentParams,
        querystring: TimelineQuery,
        response: { 200: TimelineResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({
      iso3: req.params.iso3,
      assessments: await lens.assessmentTimeline({
        iso3: req.params.iso3,
        from: req.query.from,
        to: req.query.to,
      }),
    }),
  );
  api.post(
    '/api/assessments/:iso3/override',
    {
      config: { access: EDITORS },
      schema: {
        tags: ['assessment'],
        summary: "Override a country's computed tier for a year, with a justification (audited)",
        params: AssessmentParams,
        body: OverrideRequest,
        response: { 200: OverrideSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) =>
      lens.overrideTier({
        iso3: req.params.iso3,
        year: req.body.year,
        tier: req.body.tier,
        justification: req.body.justification,
        actor: actorName(principalOf(req)),
      }),
  );
  api.get(
    '/api/assessments/:iso3/judgements',
    {
      config: { access: READERS },
      schema: {
        tags: ['assessment'],
        summary: "Analysts' judgements of a country's risk factors",
        params: AssessmentParams,
        response: { 200: JudgementsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({ judgements: await lens.listJudgements(req.params.iso3) }),
  );
  api.post(
    '/api/assessments/:iso3/judgements',
    {
      config: { access: EDITORS },
      schema: {
        tags: ['assessment'],
        summary: 'Record a dated judgement of one risk factor (audited)',
        params: AssessmentParams,
        body: JudgementRequest,
        response: { 200: JudgementSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) =>
      lens.addJudgement({
        ...req.body,
        iso3: req.params.iso3,
        actor: actorName(principalOf(req)),
      }),
  );
};
