import {
  ActorPatch,
  ActorParams,
  ActorRequest,
  ActorSchema,
  ActorsQuery,
  ActorsResponse,
  CapacityExportQuery,
  CapacityQuery,
  CapacityRequest,
  CapacitySchema,
  IdParams,
  LeverageQuery,
  LeverageSchema,
  RelationPatch,
  RelationRequest,
  RelationSchema,
  RelationsResponse,
  SeedRequest,
  SeedResponse,
} from '@lens/contract';
import { actorName, capacityCsv, READER_ROLES, ANALYST_ROLES } from '@lens/core';
import type { z } from 'zod';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

const READERS = READER_ROLES;
const ANALYSTS = ANALYST_ROLES;

/** The actor registry, relationships, leverage points and the capacity audit (issue 8). */
export const actorRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  const by = (req: Parameters<typeof principalOf>[0]) => actorName(principalOf(req));

  api.get(
    '/api/actors',
    {
      config: { access: READERS },
      schema: {
        tags: ['actors'],
        summary: "A country's registered actors, with the international ones",
        querystring: ActorsQuery,
        response: { 200: ActorsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({ actors: await lens.listActors(req.query.country.toUpperCase()) }),
  );
  api.post(
    '/api/actors',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['actors'],
        summary: 'Register an actor (audited); 409 if its folded name is taken',
        body: ActorRequest,
        response: { 201: ActorSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => reply.code(201).send(await lens.createActor(req.body, by(req))),
  );
  api.post(
    '/api/actors/seed',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['actors'],
        summary:
          "Register the actors a country's events name (UCDP, ACLED, GDELT; name variants folded); registered actors are kept as analysts made them (audited)",
        body: SeedRequest,
        response: { 200: SeedResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.seedActors(req.body.country.toUpperCase(), by(req)),
  );
  api.get(
    '/api/actors/:key',
    {
      config: { access: READERS },
      schema: {
        tags: ['actors'],
        summary: 'One registered actor',
        params: ActorParams,
        response: { 200: ActorSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.getActor(req.params.key),
  );
  api.patch(
    '/api/actors/:key',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['actors'],
        summary: "Edit an actor's name, type, aliases, span, sources or notes (audited)",
        params: ActorParams,
        body: ActorPatch,
        response: { 200: ActorSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.updateActor(req.params.key, req.body, by(req)),
  );
  api.get(
    '/api/actors/:key/relations',
    {
      config: { access: READERS },
      schema: {
        tags: ['actors'],
        summary: "An actor's sourced relationships, both directions, retired ones included",
        params: ActorParams,
        response: { 200: RelationsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({ relations: await lens.actorRelations(req.params.key) }),
  );
  api.post(
    '/api/relations',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['actors'],
        summary:
          'Record a relationship (commands, funds, arms, allied with, member of, influences, cooperates with, opposes) with confidence and evidence (audited)',
        body: RelationRequest,
        response: { 201: RelationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await lens.addRelation(req.body, by(req))),
  );
  api.patch(
    '/api/relations/:id',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['actors'],
        summary: 'Edit or retire a relationship (never deleted; audited)',
        params: IdParams,
        body: RelationPatch,
        response: { 200: RelationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.updateRelation(req.params.id, req.body, by(req)),
  );
  api.get(
    '/api/leverage',
    {
      config: { access: READERS },
      schema: {
        tags: ['actors'],
        summary:
          'Leverage points on a perpetrator: prevention actors that reach it through influence paths, cheapest (shortest, surest) first',
        querystring: LeverageQuery,
        response: { 200: LeverageSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.actorLeverage(req.query.country.toUpperCase(), req.query.actor),
  );
  api.get(
    '/api/capacity',
    {
      config: { access: READERS },
      schema: {
        tags: ['actors'],
        summary:
          'The capacity audit: country x catalog measure, who can act (capacity and commitment >= 2) and where nobody can',
        querystring: CapacityQuery,
        response: { 200: CapacitySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.countryCapacity(req.query.country.toUpperCase(), req.query.lang),
  );
  api.put(
    '/api/capacity',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['actors'],
        summary:
          "Judge a prevention actor's capacity, commitment and coordination (0-3) for one measure (audited)",
        body: CapacityRequest,
        response: { 200: CapacitySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      await lens.setCapacity(req.body, by(req));
      return lens.countryCapacity(req.body.iso3.toUpperCase());
    },
  );
  // Untyped on purpose: the body is CSV text.
  app.get(
    '/api/capacity/export',
    {
      config: { access: READERS },
      schema: {
        tags: ['actors'],
        summary: 'The capacity audit as CSV (one row per measure and actor judged; gaps as rows)',
        querystring: CapacityExportQuery,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req, reply) => {
      const q = req.query as z.infer<typeof CapacityExportQuery>;
      const audit = await lens.countryCapacity(q.country.toUpperCase());
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="lens-capacity-${audit.iso3}.csv"`)
        .send(capacityCsv(audit));
    },
  );
};
