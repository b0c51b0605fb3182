/** The early-warning loop (ADR 17): after-commit effects and model cards. */
import { z } from 'zod';
import { REFRESH_EFFECTS, REFRESH_STATUSES } from '@lens/core';

// After-commit effects (ADR 17)
export const RefreshJobSchema = z
  .object({
    id: z.number().int(),
    effect: z.enum(REFRESH_EFFECTS),
    scope: z.string(),
    reason: z.string(),
    status: z.enum(REFRESH_STATUSES),
    attempts: z.number().int(),
    error: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'RefreshJob' });
export const RefreshResponse = z.object({ jobs: z.array(RefreshJobSchema).readonly() });
export type RefreshJobDto = z.infer<typeof RefreshJobSchema>;
export const RefreshStatusQuery = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code')
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export const RefreshRequest = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code')
    .optional(),
});

export const ModelCardSchema = z
  .object({
    id: z.string(),
    isDefault: z.boolean(),
    description: z.string(),
    learner: z.string(),
    outcome: z.string(),
    featureSpec: z.string(),
    specDescription: z.string(),
    sources: z
      .array(z.object({ description: z.string(), version: z.string().nullable() }))
      .readonly(),
    predictors: z.array(z.string()).readonly(),
    predictorSources: z
      .array(
        z.object({
          predictor: z.string(),
          sources: z
            .array(
              z.object({
                kind: z.string().describe('The dataset kind, or `year` for the calendar year'),
                dataset: z.string(),
                variables: z.array(z.string()).readonly(),
              }),
            )
            .readonly(),
          notes: z.array(z.string()).readonly(),
        }),
      )
      .readonly()
      .describe(
        "Each predictor with the source variables it is built of (traced through the feature spec's steps) and the spec's notes on how",
      ),
    trainedThrough: z.number().int().nullable(),
    trainingRows: z.number().int().nullable(),
    createdAt: z.string(),
    backtest: z
      .object({
        protocol: z.string(),
        auc: z.number(),
        brier: z.number(),
        recall10: z.number(),
        recall20: z.number(),
        recall30: z.number(),
        onsets: z.number().int(),
        countryYears: z.number().int(),
        recalibrated: z
          .object({
            auc: z.number(),
            brier: z.number(),
            recall10: z.number(),
            recall20: z.number(),
            recall30: z.number(),
          })
          .optional()
          .describe('The same forecasts recalibrated origin by origin on earlier origins only'),
      })
      .nullable()
      .describe('The EWP-protocol back-test run on this install (every score), or null'),
    recalibration: z
      .object({ a: z.number(), b: z.number(), n: z.number().int(), events: z.number().int() })
      .nullable()
      .describe(
        "The recalibration its two-year forecasts carry, p' = sigmoid(a + b logit p), fitted on the back-test's out-of-sample forecasts (n, with events onsets); null: none",
      ),
    limits: z.array(z.string()).readonly(),
  })
  .meta({ id: 'ModelCard' });
export type ModelCardDto = z.infer<typeof ModelCardSchema>;
