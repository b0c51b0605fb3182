/** The watch list: the landing page's moving picture. */
import { z } from 'zod';
import { TRIGGER_KINDS } from '@lens/core';
import { DaySchema } from './day';
import { STAGES, TIERS } from '@lens/core';

const Tier = z.enum(TIERS);
const Stage = z.enum(STAGES);

export const WatchQuery = z.object({
  asOf: DaySchema.optional().describe(
    'the day (default: today, or the last day of event data when none reaches within 90 days of today)',
  ),
});

const WatchReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stage'), from: Stage, to: Stage, on: z.string() }),
  z.object({ kind: z.literal('new-alerts'), count: z.number().int() }),
  z.object({ kind: z.literal('tier'), from: Tier.nullable(), to: Tier.nullable() }),
  z.object({
    kind: z.literal('probability'),
    from: z.number(),
    to: z.number(),
    fromTier: Tier.nullable(),
    toTier: Tier.nullable(),
  }),
  z.object({
    kind: z.literal('factor'),
    factorId: z.string(),
    name: z.string(),
    from: z.number().nullable(),
    to: z.number().nullable(),
  }),
]);

const WatchChange = z.object({
  direction: z.enum(['deteriorated', 'improved', 'unchanged']),
  reasons: z.array(WatchReason).readonly().describe('why, most telling first'),
});

export const WatchEntrySchema = z
  .object({
    iso3: z.string(),
    country: z.string(),
    region: z.string(),
    tier: Tier.nullable().describe(
      "the structural tier (an analyst's override where there is one)",
    ),
    overridden: z.boolean(),
    score: z.number().nullable(),
    probability: z
      .object({
        risk2y: z.number(),
        interval: z.tuple([z.number(), z.number()]).readonly().nullable(),
        modelId: z.string(),
        fromYear: z.number().int(),
      })
      .nullable()
      .describe("the default model's two-year probability of a new mass-killing onset"),
    probabilityTier: Tier.nullable(),
    stage: Stage,
    stageSince: z.string().nullable(),
    noDataSince: z
      .string()
      .nullable()
      .describe(
        'set when the event data stopped more than 90 days before the day: the stage is held',
      ),
    escalationRisk: z
      .number()
      .nullable()
      .describe("the monthly escalation model's three-month risk for the country"),
    openAlerts: z.number().int(),
    monitoring: z
      .enum(['routine', 'heightened'])
      .describe(
        'heightened while a trigger ahead is inside its window (an election, an anniversary)',
      ),
    nextTrigger: z
      .object({
        on: z.string(),
        kind: z.enum(TRIGGER_KINDS),
        title: z.string(),
        daysUntil: z.number().int(),
      })
      .nullable()
      .describe('the next trigger within a year'),
    month: WatchChange.describe('since a month before the day: stage and alerts raised'),
    year: WatchChange.describe(
      'since the year before: structural tier, probability band and the factors that moved',
    ),
  })
  .meta({ id: 'WatchEntry' });

export const WatchListSchema = z
  .object({
    asOf: z.string(),
    asOfBasis: z.enum(['requested', 'today', 'latest data']),
    monthFrom: z.string(),
    year: z.number().int().nullable().describe('the assessment year'),
    entries: z.array(WatchEntrySchema).readonly(),
  })
  .meta({ id: 'WatchList' });
export type WatchListDto = z.infer<typeof WatchListSchema>;
export type WatchEntryDto = z.infer<typeof WatchEntrySchema>;
