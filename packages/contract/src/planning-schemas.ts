/** Prevention planning and briefs (issue 9). */
import { z } from 'zod';
import { DaySchema } from './day';
import { SimilarCaseSchema, TallySchema } from './case-schemas';
import {
  ADDRESSEES,
  BRIEF_LANGUAGES,
  ITEM_STATUSES,
  LEXICONS,
  REVIEW_OUTCOMES,
  STAGES,
  TIERS,
} from '@lens/core';

// The vocabularies the schemas are built from, for clients (the web app) that list them.
export { ADDRESSEES, BRIEF_LANGUAGES, ITEM_STATUSES, LEXICONS, REVIEW_OUTCOMES } from '@lens/core';

const Day = DaySchema;
const Year = z.coerce.number().int().min(1990).max(2100);

// Without a year: the latest year the country has an assessment for (the response says which).
export const PlanningQuery = z.object({
  year: Year.optional(),
  lang: z
    .enum(BRIEF_LANGUAGES)
    .optional()
    .describe('the language of the catalog texts: agenda, measures (default en)'),
});
export const BriefQuery = z.object({
  year: Year.optional(),
  lang: z.enum(BRIEF_LANGUAGES).default('en'),
  lexicon: z.enum(LEXICONS).default('atrocity'),
  format: z.enum(['html', 'pdf']).default('html'),
});

const Warning = z.object({
  check: z.string(),
  catalogIds: z.array(z.string()).readonly(),
  title: z.string(),
  why: z.string(),
  measures: z.array(z.string()).readonly(),
});
const Reason = z.object({
  riskId: z.string(),
  riskName: z.string(),
  linkId: z.string(),
  status: z.enum(['sourced', 'proposed', 'analyst']),
  source: z.string().nullable(),
});

export const PlanItemSchema = z.object({
  measureId: z.string().min(3).max(40),
  actors: z.array(z.string().min(1).max(200)).max(30).readonly().default([]),
  addressedTo: z.enum(ADDRESSEES),
  targets: z.array(z.string().min(1).max(200)).max(30).readonly().default([]),
  start: Day.nullable().default(null),
  end: Day.nullable().default(null),
  status: z.enum(ITEM_STATUSES).default('proposed'),
  review: z
    .object({ outcome: z.enum(REVIEW_OUTCOMES), note: z.string().max(4000), reviewedOn: Day })
    .nullable()
    .default(null),
  note: z.string().max(4000).nullable().default(null),
});
export const PlanBodySchema = z.object({
  objective: z.string().trim().min(3).max(2000),
  seeksPeaceAgreement: z.boolean().default(false),
  items: z.array(PlanItemSchema).max(200).readonly(),
  reviewOn: Day.nullable().default(null),
});
export const PlanRequest = z.object({
  year: z
    .number()
    .int()
    .min(1990)
    .max(2100)
    .describe('the year whose context the plan is checked against'),
  plan: PlanBodySchema,
  lang: z
    .enum(BRIEF_LANGUAGES)
    .optional()
    .describe('the language the warnings are said in (default en)'),
});
const Versions = z.array(
  z.object({ version: z.number().int(), createdAt: z.string(), createdBy: z.string() }),
);
export const PlanSchema = z
  .object({
    iso3: z.string(),
    version: z.number().int(),
    body: PlanBodySchema,
    createdAt: z.string(),
    createdBy: z.string(),
    warnings: z.array(Warning).readonly().optional(),
    versions: Versions.optional(),
  })
  .meta({ id: 'PreventionPlan' });
export const VersionQuery = z.object({ version: z.coerce.number().int().positive().optional() });
export const NeedsQuery = VersionQuery.extend({
  lang: z
    .enum(BRIEF_LANGUAGES)
    .default('en')
    .describe("The language of the measures' texts (the catalog translation)"),
});

export const NeedsBodySchema = z.object({
  riskFactors: z.string().max(8000),
  resilience: z.string().max(8000),
  capacityGaps: z.string().max(8000),
  existingActivities: z.string().max(8000),
  supportNeeded: z.string().max(8000),
});
export const NeedsSchema = z
  .object({
    iso3: z.string(),
    assessment: z
      .object({
        iso3: z.string(),
        version: z.number().int(),
        body: NeedsBodySchema,
        createdAt: z.string(),
        createdBy: z.string(),
      })
      .nullable(),
    versions: Versions,
    registryActivities: z.array(
      z.object({ measureId: z.string(), measure: z.string(), actors: z.array(z.string()) }),
    ),
    gaps: z.array(z.string()),
  })
  .meta({ id: 'NeedsAssessment' });

export const RiskLinkSchema = z
  .object({
    id: z.number().int(),
    riskId: z.string(),
    measureId: z.string(),
    rationale: z.string(),
    source: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: 'RiskLink' });
export const RiskLinksResponse = z.object({ links: z.array(RiskLinkSchema) });
export const RiskLinksQuery = z.object({ retired: z.enum(['true', 'false']).optional() });
export const RiskLinkRequest = z.object({
  riskId: z.string().trim().min(2).max(64),
  measureId: z.string().trim().min(3).max(40),
  rationale: z.string().trim().min(3).max(4000),
  source: z.string().trim().max(1000).nullable().default(null),
});
export const RiskLinkPatch = z.object({
  rationale: z.string().trim().min(3).max(4000).optional(),
  source: z.string().trim().max(1000).nullable().optional(),
  retired: z.boolean().optional(),
});

export const PlanningSchema = z
  .object({
    context: z.object({
      iso3: z.string(),
      country: z.string(),
      year: z.number().int(),
      tier: z.enum(TIERS).nullable(),
      probability: z.object({ risk2y: z.number(), modelId: z.string() }).nullable(),
      stage: z.enum(STAGES),
      battleDeaths: z.number().nullable(),
      armedConflict: z.boolean(),
      recentConflict: z.boolean(),
      drivers: z
        .array(
          z.object({
            factorId: z.string(),
            name: z.string(),
            score: z.number(),
            catalogRefs: z.array(z.string()).readonly(),
          }),
        )
        .readonly(),
      perpetrators: z
        .array(
          z.object({
            key: z.string(),
            name: z.string(),
            type: z.string(),
            civilianDeaths: z.number(),
          }),
        )
        .readonly(),
    }),
    agenda: z.object({
      agendas: z
        .array(
          z.object({
            kind: z.enum(['structural', 'direct', 'escalation', 'response', 'recovery']),
            catalogId: z.string(),
            text: z.string(),
            measureRoot: z.string(),
            why: z.string(),
            authoritative: z.boolean(),
          }),
        )
        .readonly(),
      peacetimeForms: z
        .array(
          z.object({
            catalogId: z.string(),
            text: z.string(),
            why: z.string(),
            authoritative: z.boolean(),
          }),
        )
        .readonly(),
    }),
    recommendations: z
      .array(
        z.object({
          id: z.string(),
          kind: z.enum(['measure', 'group']),
          text: z.string(),
          level: z.enum(['structural', 'direct', 'response', 'recovery']),
          group: z.string(),
          reasons: z.array(Reason).readonly(),
          status: z.enum(['sourced', 'proposed', 'analyst']),
          canAct: z.array(z.string()).readonly(),
          score: z.number(),
        }),
      )
      .readonly(),
    capacity: z.object({
      covered: z.number().int(),
      limited: z.number().int(),
      gaps: z.number().int(),
      measures: z.number().int(),
    }),
    plan: PlanSchema.nullable(),
    similarCases: z.array(SimilarCaseSchema).readonly(),
    experience: z.array(z.object({ measureId: z.string(), tally: TallySchema })).readonly(),
    catalogVersion: z.string(),
    asOf: z.string(),
  })
  .meta({ id: 'PreventionPlanning' });
