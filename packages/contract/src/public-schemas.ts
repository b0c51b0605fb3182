/** The public page (issue 22 item 4): what an organisation publishes, and its settings. */
import { z } from 'zod';
import { STAGES, TIERS } from '@lens/core';

const Tier = z.enum(TIERS);
const Stage = z.enum(STAGES);
const Direction = z.enum(['deteriorated', 'improved', 'unchanged']);
const Iso3 = z.string().regex(/^[A-Za-z]{3}$/, 'an ISO3 code');

export const PublicPageRequest = z.object({
  enabled: z.boolean(),
  countries: z.array(Iso3).max(300),
  alerts: z.boolean().default(false),
  actors: z.boolean().default(false),
  title: z.string().max(120).default(''),
});

export const PublicPageSettingsSchema = z
  .object({
    enabled: z.boolean(),
    countries: z.array(z.string()).readonly(),
    alerts: z.boolean(),
    actors: z.boolean(),
    title: z.string(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  })
  .meta({ id: 'PublicPageSettings' });

const Probability = z
  .object({
    risk2y: z.number(),
    interval: z.tuple([z.number(), z.number()]).readonly().nullable(),
    fromYear: z.number().int(),
  })
  .nullable();

const Source = z.object({
  source: z.string(),
  version: z.string(),
  licence: z.string(),
  importedAt: z.string(),
});

export const PublicLangQuery = z.object({
  lang: z.enum(['en', 'fr', 'es', 'ar']).optional(),
});

export const PublicWatchListSchema = z
  .object({
    title: z.string(),
    asOf: z.string(),
    year: z.number().int().nullable(),
    entries: z
      .array(
        z.object({
          iso3: z.string(),
          country: z.string(),
          tier: Tier.nullable(),
          score: z.number().nullable(),
          probability: Probability,
          stage: Stage,
          stageSince: z.string().nullable(),
          month: Direction,
          year: Direction,
        }),
      )
      .readonly(),
    sources: z.array(Source).readonly(),
  })
  .meta({ id: 'PublicWatchList' });

export const PublicCountrySchema = z
  .object({
    title: z.string(),
    iso3: z.string(),
    country: z.string(),
    year: z.number().int(),
    tier: Tier.nullable(),
    score: z.number().nullable(),
    scoreRange: z.tuple([z.number(), z.number()]).readonly(),
    coverage: z.number(),
    probability: Probability,
    stage: Stage,
    stageSince: z.string().nullable(),
    drivers: z.array(z.object({ name: z.string(), score: z.number() })).readonly(),
    alerts: z
      .array(
        z.object({
          stage: z.string(),
          severity: z.string(),
          province: z.string().nullable(),
          firstEventDate: z.string(),
          lastEventDate: z.string(),
        }),
      )
      .readonly()
      .nullable(),
    actors: z
      .array(z.object({ name: z.string(), type: z.string() }))
      .readonly()
      .nullable(),
    sources: z.array(Source).readonly(),
  })
  .meta({ id: 'PublicCountry' });

export type PublicWatchListDto = z.infer<typeof PublicWatchListSchema>;
export type PublicCountryDto = z.infer<typeof PublicCountrySchema>;
export type PublicPageSettingsDto = z.infer<typeof PublicPageSettingsSchema>;
