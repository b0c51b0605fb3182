import { z } from 'zod';

/** A record of the case library (issue 23 item 4), in the reader's language. */
export const CaseSchema = z
  .object({
    id: z.string(),
    iso3: z.string(),
    country: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    stage: z.enum(['crisis', 'mobilisation', 'violence']),
    setting: z.enum(['armed_conflict', 'peacetime', 'post_conflict']),
    result: z.enum(['prevented', 'mitigated', 'not_prevented']),
    perpetrators: z.array(z.string()).readonly(),
    acted: z.array(z.string()).readonly(),
    measures: z.array(z.object({ id: z.string(), text: z.string() })).readonly(),
    summary: z.string(),
    outcome: z.string(),
    lesson: z.string(),
    source: z.string().nullable(),
    verification: z.string().nullable(),
    confidence: z.string().nullable(),
    /** False for a record recalled and not checked against its source: never authoritative. */
    authoritative: z.boolean(),
    /** V-Dem Regimes of the World at the case's start (0 closed autocracy ... 3 liberal democracy). */
    regime: z.number().int().min(0).max(3).nullable(),
  })
  .meta({ id: 'Case' });

export const SimilarCaseSchema = CaseSchema.extend({
  score: z.number(),
  matched: z.array(z.enum(['stage', 'setting', 'perpetrators', 'regime', 'country'])).readonly(),
}).meta({ id: 'SimilarCase' });

export const CaseLibrarySchema = z
  .object({
    cases: z.array(CaseSchema).readonly(),
    catalogVersion: z.string(),
    /** The V-Dem dataset regimes are read from, null when none is stored. */
    regimes: z.string().nullable(),
  })
  .meta({ id: 'CaseLibrary' });

export const CaseLibraryQuery = z.object({
  lang: z
    .enum(['en', 'fr', 'es', 'ar'])
    .optional()
    .describe('the language of the case texts (default en)'),
});

const SourceRef = z
  .object({
    datasetId: z.number().int(),
    kind: z.string(),
    version: z.string(),
    source: z.string(),
  })
  .nullable();

/** A country's resilience beside its risk (issue 23 item 2). */
export const ResilienceSchema = z
  .object({
    iso3: z.string(),
    year: z.number().int(),
    overall: z.number().nullable(),
    factors: z
      .array(
        z.object({
          id: z.enum(['mitigating', 'institutions', 'cohesion', 'local']),
          catalogRefs: z.array(z.string()).readonly(),
          score: z.number().nullable(),
          coverage: z.number(),
          indicators: z
            .array(
              z.object({
                id: z.string(),
                label: z.string(),
                raw: z.number().nullable(),
                valueYear: z.number().int().nullable(),
                resilience: z.number().nullable(),
                source: SourceRef,
              }),
            )
            .readonly(),
          capacity: z
            .object({
              covered: z.number().int(),
              limited: z.number().int(),
              measures: z.number().int(),
              score: z.number(),
            })
            .nullable(),
        }),
      )
      .readonly(),
    needs: z
      .object({ text: z.string(), version: z.number().int(), by: z.string(), on: z.string() })
      .nullable(),
  })
  .meta({ id: 'Resilience' });

/** Reviews of plan items: worked, partly, did not work, too early, and items never reviewed. */
export const TallySchema = z.object({
  worked: z.number().int(),
  partly: z.number().int(),
  did_not_work: z.number().int(),
  too_early: z.number().int(),
  not_reviewed: z.number().int(),
});

/** What worked across the instance's plans (issue 23 item 6). */
export const WhatWorkedSchema = z
  .object({
    measures: z
      .array(
        z.object({
          measureId: z.string(),
          text: z.string(),
          tally: TallySchema,
          byContext: z
            .array(
              z.object({
                stage: z.enum(['none', 'crisis', 'mobilisation', 'violence']),
                setting: z.enum(['armed_conflict', 'peacetime', 'post_conflict']),
                tally: TallySchema,
              }),
            )
            .readonly(),
          evidence: z
            .array(
              z.object({
                iso3: z.string(),
                country: z.string(),
                year: z.number().int(),
                outcome: z.enum(['worked', 'partly', 'did_not_work', 'too_early']),
                note: z.string(),
                reviewedOn: z.string(),
                planVersion: z.number().int(),
              }),
            )
            .readonly(),
        }),
      )
      .readonly(),
    plans: z.number().int(),
    reviews: z.number().int(),
  })
  .meta({ id: 'WhatWorked' });
