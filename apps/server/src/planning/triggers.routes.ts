import {
  AssessmentParams,
  CaseLibraryQuery,
  CaseLibrarySchema,
  ResilienceSchema,
  WhatWorkedSchema,
  PlanningQuery,
  CountryScenariosSchema,
  ScenarioRequest,
  ScenarioSchema,
  CountryTriggersSchema,
  IdParams,
  TriggerImportRequest,
  TriggerImportSchema,
  TriggerRequest,
  TriggerSchema,
  TriggersQuery,
} from '@lens/contract';
import { actorName, ANALYST_ROLES, READER_ROLES, type Role } from '@lens/core';

const ADMINS: readonly Role[] = ['admin'];
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

/**
 * Triggers (issue 23): a country's calendar ahead, analysts' entries, imported anniversaries; and
 * the case library.
 */
export const triggerRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  const by = (req: Parameters<typeof principalOf>[0]) => actorName(principalOf(req));

  api.get(
    '/api/cases',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['planning'],
        summary:
          'The case library: past prevention and response cases with the measures tried, what happened, the lesson and the source (recalled records marked unverified)',
        querystring: CaseLibraryQuery,
        response: { 200: CaseLibrarySchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.caseLibrary({ lang: req.query.lang }),
  );
  api.get(
    '/api/what-worked',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['planning'],
        summary:
          "What worked: the reviews of every country's newest plan, by measure and by context (escalation stage and setting in the plan's year), with the reviewers' notes as evidence",
        querystring: CaseLibraryQuery,
        response: { 200: WhatWorkedSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.whatWorkedAcross({ lang: req.query.lang }),
  );
  api.get(
    '/api/resilience/:iso3',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['assessment'],
        summary:
          "A country's resilience beside its risk: mitigating factors, inclusive institutions, cohesion and local capacities scored 0-100 (higher = more resilient) from the assessment's indicators and the capacity audit, with the needs assessment's sources of resilience",
        params: AssessmentParams,
        querystring: PlanningQuery.pick({ year: true }),
        response: { 200: ResilienceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.countryResilience({ iso3: req.params.iso3, year: req.query.year }),
  );
  api.get(
    '/api/triggers/:iso3',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['planning'],
        summary:
          "A country's triggers: the year ahead (each saying whether it raises the monitoring level now), the year behind, and the monitoring level",
        params: AssessmentParams,
        querystring: TriggersQuery,
        response: { 200: CountryTriggersSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.countryTriggers({ iso3: req.params.iso3, asOf: req.query.asOf }),
  );
  api.post(
    '/api/triggers',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['planning'],
        summary:
          'Add a dated trigger (election, anniversary, trial, ...) with its source and the window before it in which it raises the monitoring level (audited)',
        body: TriggerRequest,
        response: { 201: TriggerSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await lens.addTrigger(req.body, by(req))),
  );
  api.post(
    '/api/triggers/:id/retire',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['planning'],
        summary: 'Retire a trigger: kept, no longer counted (audited)',
        params: IdParams,
        response: { 200: TriggerSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.retireTrigger(req.params.id, by(req)),
  );
  api.post(
    '/api/triggers/import-anniversaries',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['planning'],
        summary:
          'Add the anniversaries of past atrocities from stored events: each one-sided attack on civilians dated to the day with at least minDeaths dead, sourced to its record (audited; run twice, stores each once)',
        body: TriggerImportRequest,
        response: { 200: TriggerImportSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.importAtrocityAnniversaries(req.body, by(req)),
  );
  api.get(
    '/api/scenarios/:iso3',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['planning'],
        summary:
          "A country's scenarios read on a day: each watched indicator lit or not (evidence in the last 90 days), when it last fired, and which way the scenario moves",
        params: AssessmentParams,
        querystring: TriggersQuery,
        response: { 200: CountryScenariosSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.countryScenarios({ iso3: req.params.iso3, asOf: req.query.asOf }),
  );
  api.post(
    '/api/scenarios',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['planning'],
        summary:
          'Write a scenario of how escalation could unfold (by whom, against whom, where) with the escalation indicators to watch (audited)',
        body: ScenarioRequest,
        response: { 201: ScenarioSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await lens.addScenario(req.body, by(req))),
  );
  api.post(
    '/api/scenarios/:id/retire',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['planning'],
        summary: 'Retire a scenario: kept, no longer read (audited)',
        params: IdParams,
        response: { 200: ScenarioSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.retireScenario(req.params.id, by(req)),
  );
};
