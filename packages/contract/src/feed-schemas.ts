/** Feeds (issue 17): sources pulled on a schedule, their runs, and events' revision history. */
import { z } from 'zod';
import { FEED_CONNECTORS } from '@lens/core';

const FeedId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'must be 1-32 lower-case letters, digits or dashes');

/** What an admin may set: where the source answers and what to pull. Never secrets. */
export const FeedSettingsSchema = z
  .object({
    baseUrl: z.url().max(500).optional(),
    version: z
      .string()
      .regex(
        /^\d+\.1$|^\d+\.0\.\d+$/,
        'must be a GED version (25.1) or a Candidate version (25.0.11)',
      )
      .optional(),
    series: z
      .array(z.string().regex(/^[A-Z][A-Z0-9]*(\.[A-Z0-9]+)+$/, 'must be a World Bank series code'))
      .min(1)
      .max(50)
      .optional(),
    since: z.iso.date().optional(),
    supersedes: FeedId.optional(),
    pageSize: z.number().int().min(10).max(5000).optional(),
    maxBackfill: z.number().int().min(1).max(2000).optional(),
  })
  .strict();

export const FeedRunSchema = z
  .object({
    id: z.number().int(),
    feedId: z.string(),
    trigger: z.enum(['schedule', 'manual']),
    status: z.enum(['running', 'succeeded', 'unchanged', 'failed']),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    added: z.number().int(),
    revised: z.number().int(),
    deleted: z.number().int(),
    bytes: z.number().int(),
    attempts: z.number().int(),
    datasetId: z.number().int().nullable(),
    sourceVersion: z.string().nullable(),
    notes: z.array(z.string()).readonly(),
    error: z.string().nullable(),
  })
  .meta({ id: 'FeedRun' });

export const FeedSchema = z
  .object({
    id: z.string(),
    connector: z.enum(FEED_CONNECTORS),
    settings: z.record(z.string(), z.unknown()),
    hasCredentials: z.boolean(),
    intervalMinutes: z.number().int(),
    paused: z.boolean(),
    nextRunAt: z.string(),
    lastRunAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    sourceTime: z.string().nullable(),
    failures: z.number().int(),
    lastError: z.string().nullable(),
    staleSince: z.string().nullable(),
    overdue: z.boolean(),
    lastRun: FeedRunSchema.nullable(),
  })
  .meta({ id: 'Feed' });
export type FeedDto = z.infer<typeof FeedSchema>;
export type FeedRunDto = z.infer<typeof FeedRunSchema>;

export const FeedListResponse = z.object({ feeds: z.array(FeedSchema).readonly() });
export const FeedParams = z.object({ id: FeedId });
export const AddFeedRequest = z
  .object({
    id: FeedId,
    connector: z.enum(FEED_CONNECTORS),
    settings: FeedSettingsSchema.optional(),
    intervalMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 31)
      .optional(),
  })
  .strict();
export const ConfigureFeedRequest = z
  .object({
    settings: FeedSettingsSchema.optional(),
    intervalMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 31)
      .optional(),
    paused: z.boolean().optional(),
    /** Sealed by the vault; never returned. `null` removes them. */
    credentials: z.record(z.string().max(64), z.string().max(500)).nullable().optional(),
  })
  .strict();
export const FeedRunResponse = z.object({
  status: z.enum(['succeeded', 'unchanged', 'failed', 'busy', 'not-due']),
  run: FeedRunSchema.nullable(),
});
export const FeedRunsResponse = z.object({ runs: z.array(FeedRunSchema).readonly() });

export const EventRevisionSchema = z
  .object({
    date: z.string(),
    iso3: z.string(),
    admin1: z.string().nullable(),
    type: z.string(),
    actors: z.array(z.string()).readonly(),
    deathsBest: z.number().nullable(),
    description: z.string().nullable(),
    origin: z.string(),
    storedAt: z.string().nullable(),
    current: z.boolean(),
    supersededAt: z.string().nullable(),
    supersededBy: z.string().nullable(),
  })
  .meta({ id: 'EventRevision' });
export const EventHistoryParams = z.object({
  ref: z
    .string()
    .regex(/^[a-z0-9-]+:[\w.-]{1,64}$/, 'must be an event reference like acled:NGA1234'),
});
export const EventHistoryResponse = z.object({
  ref: z.string(),
  revisions: z.array(EventRevisionSchema).readonly(),
});
