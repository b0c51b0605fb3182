/** Actors and networks (issue 8): the network of a country as the API returns it. */
import { z } from 'zod';
import { DaySchema } from './day';
import { ACTOR_TYPES, BRIEF_LANGUAGES, CONFIDENCE_LEVELS, RELATION_TYPES } from '@lens/core';

// The vocabularies the schemas are built from, for clients (the web app) that list them.
export { CONFIDENCE_LEVELS, PREVENTION_SIDE, RELATION_TYPES } from '@lens/core';

export const NetworkQuery = z.object({
  country: z.string().regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code'),
  from: DaySchema.optional(),
  to: DaySchema.optional(),
});
export const NetworkExportQuery = NetworkQuery.extend({ format: z.enum(['graphml', 'gexf']) });

const Metrics = z.object({
  degree: z.number().int(),
  strength: z.number(),
  betweenness: z.number(),
  pagerank: z.number(),
  eigenvector: z.number().nullable(),
  community: z.number().int(),
  bridges: z.number().int(),
  broker: z.boolean(),
});

export const NetworkSchema = z
  .object({
    iso3: z.string(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    eventsRead: z.number().int(),
    nodes: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          aliases: z.array(z.string()).readonly(),
          type: z.enum(ACTOR_TYPES),
          countries: z.array(z.string()).readonly(),
          firstEvent: z.string(),
          lastEvent: z.string(),
          events: z.number().int(),
          deaths: z.number(),
          registered: z.boolean().describe('in the actor registry'),
          metrics: Metrics,
        }),
      )
      .readonly(),
    edges: z
      .array(
        z.object({
          source: z.string(),
          target: z.string(),
          relation: z.enum(['fights', 'targets', 'co_perpetrates', ...RELATION_TYPES]),
          inferred: z
            .boolean()
            .describe("true: inferred from events; false: an analyst's sourced relationship"),
          confidence: z.enum(CONFIDENCE_LEVELS).optional(),
          relationId: z.number().int().optional(),
          events: z.number().int(),
          deaths: z.number(),
          firstEvent: z.string(),
          lastEvent: z.string(),
          evidence: z.array(z.string()).readonly(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'Network' });

const Iso3 = z.string().regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code');
const Day = DaySchema;

export const ActorSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    type: z.enum(ACTOR_TYPES),
    iso3: z.string().nullable(),
    aliases: z.array(z.string()).readonly(),
    activeFrom: z.string().nullable(),
    activeTo: z.string().nullable(),
    sources: z.array(z.string()).readonly(),
    origin: z.enum(['events', 'analyst']),
    notes: z.string().nullable(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  })
  .meta({ id: 'Actor' });
export const ActorsQuery = z.object({ country: Iso3 });
export const ActorsResponse = z.object({ actors: z.array(ActorSchema) });
export const ActorRequest = z.object({
  name: z.string().trim().min(2).max(200),
  type: z.enum(ACTOR_TYPES),
  iso3: Iso3.nullable(),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  activeFrom: Day.nullable().default(null),
  activeTo: Day.nullable().default(null),
  sources: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  notes: z.string().max(4000).nullable().default(null),
});
export const ActorPatch = ActorRequest.partial();
export const SeedResponse = z.object({
  iso3: z.string(),
  seen: z.number().int(),
  added: z.number().int(),
});

export const RelationSchema = z
  .object({
    id: z.number().int(),
    from: z.string(),
    to: z.string(),
    type: z.enum(RELATION_TYPES),
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    confidence: z.enum(CONFIDENCE_LEVELS),
    evidence: z.array(z.string()).readonly(),
    note: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: 'ActorRelation' });
export const RelationsQuery = z.object({ actor: z.string().min(1) });
export const RelationsResponse = z.object({ relations: z.array(RelationSchema) });
export const RelationRequest = z.object({
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
  type: z.enum(RELATION_TYPES),
  startedOn: Day.nullable().default(null),
  endedOn: Day.nullable().default(null),
  confidence: z.enum(CONFIDENCE_LEVELS),
  evidence: z
    .array(z.string().trim().min(1).max(500))
    .min(1, 'give at least one piece of evidence')
    .max(50),
  note: z.string().max(4000).nullable().default(null),
});
export const RelationPatch = RelationRequest.omit({ from: true, to: true })
  .partial()
  .extend({ retired: z.boolean().optional() });

const Step = z.object({
  from: z.string(),
  to: z.string(),
  relation: z.string(),
  confidence: z.number(),
  inferred: z.boolean(),
  relationId: z.number().int().optional(),
});
export const LeverageQuery = z.object({ country: Iso3, actor: z.string().min(1) });
export const LeverageSchema = z
  .object({
    iso3: z.string(),
    target: z.string(),
    points: z.array(
      z.object({
        actor: z.string(),
        name: z.string(),
        type: z.string(),
        path: z.array(z.string()).readonly(),
        steps: z.array(Step).readonly(),
        hops: z.number().int(),
        confidence: z.number(),
        cost: z.number(),
      }),
    ),
  })
  .meta({ id: 'Leverage' });

const Score = z.number().int().min(0).max(3);
export const CapacityQuery = z.object({
  country: Iso3,
  format: z.enum(['json', 'csv']).default('json'),
  lang: z
    .enum(BRIEF_LANGUAGES)
    .default('en')
    .describe("The language of the measures' texts (the catalog translation)"),
});
export const CapacityRequest = z.object({
  iso3: Iso3,
  actor: z.string().min(1),
  measureId: z.string().min(1),
  capacity: Score,
  commitment: Score,
  coordination: Score,
  note: z.string().max(4000).nullable().default(null),
});
const Entry = z.object({
  iso3: z.string(),
  actor: z.string(),
  measureId: z.string(),
  capacity: z.number(),
  commitment: z.number(),
  coordination: z.number(),
  note: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export const CapacitySchema = z
  .object({
    iso3: z.string(),
    actors: z.array(z.object({ key: z.string(), name: z.string(), type: z.string() })).readonly(),
    rows: z
      .array(
        z.object({
          measure: z.object({
            id: z.string(),
            level: z.enum(['structural', 'direct', 'response', 'recovery']),
            group: z.string(),
            text: z.string(),
            source: z.string().nullable(),
            authoritative: z.boolean(),
          }),
          entries: z.array(Entry).readonly(),
          canAct: z.array(z.string()).readonly(),
          status: z.enum(['covered', 'limited', 'gap']),
        }),
      )
      .readonly(),
    gaps: z.number().int(),
    limited: z.number().int(),
    covered: z.number().int(),
  })
  .meta({ id: 'CapacityAudit' });

export const ActorParams = z.object({ key: z.string().min(1).max(200) });
export const SeedRequest = z.object({ country: Iso3 });
export const CapacityExportQuery = z.object({ country: Iso3 });
