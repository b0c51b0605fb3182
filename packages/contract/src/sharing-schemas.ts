/** Sharing between instances (issue 22). */
import { z } from 'zod';
import { DETAIL_LEVELS, LOCATION_LEVELS, SHARE_KINDS, TIERS, TRUST_LEVELS } from '@lens/core';

const Policy = z.object({
  kinds: z.array(z.enum(SHARE_KINDS)).min(1).readonly(),
  countries: z
    .array(z.string().regex(/^([A-Z]{3}|\*)$/, 'an ISO3 code or *'))
    .min(1)
    .readonly(),
  detail: z.enum(DETAIL_LEVELS),
  location: z.enum(LOCATION_LEVELS),
  delayDays: z.number().int().min(0).max(3650),
  onward: z.boolean().default(false),
  lang: z.enum(['en', 'fr', 'es', 'ar']).optional(),
});

export const PartnerRequest = z.object({
  name: z.string().min(2).max(128),
  url: z.string().url(),
  publicKey: z.string().min(40).max(2000),
  policy: Policy,
  trust: z.enum(TRUST_LEVELS),
});

export const PartnerSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    url: z.string(),
    keyId: z.string(),
    policy: Policy,
    trust: z.enum(TRUST_LEVELS),
    createdAt: z.string(),
    createdBy: z.string(),
    retiredAt: z.string().nullable(),
    hasPullToken: z.boolean(),
    hasPullCredential: z.boolean(),
  })
  .meta({ id: 'Partner' });

export const PartnerPatch = z.object({
  url: z.string().url().optional(),
  trust: z.enum(TRUST_LEVELS).optional(),
  policy: Policy.optional(),
});
export const RetireRequest = z.object({ reason: z.string().min(3).max(2000) });

export const PullQuery = z.object({ after: z.coerce.number().int().min(0) });
export const PullTokenSchema = z.object({ partner: z.string(), token: z.string() });
export const PullCredentialRequest = z.object({ token: z.string().min(30).max(200) });
export const PullReceipt = z.object({
  partner: z.string(),
  bundles: z.number().int(),
  items: z.number().int(),
  withdrawals: z.number().int(),
});

export const PartnersResponse = z.object({ partners: z.array(PartnerSchema).readonly() });

export const InstanceSchema = z
  .object({ name: z.string(), keyId: z.string(), publicKey: z.string() })
  .meta({ id: 'Instance' });

const Item = z.object({
  kind: z.enum(SHARE_KINDS),
  originId: z.string(),
  iso3: z.string(),
  day: z.string(),
  body: z.record(z.string(), z.unknown()),
});

/** A signed bundle, as sent and received (its fields are checked by the signature, not here). */
export const BundleSchema = z
  .object({
    schema: z.string(),
    signer: z.object({ instance: z.string(), keyId: z.string() }),
    recipient: z.string(),
    sequence: z.number().int(),
    previous: z.string().nullable(),
    createdAt: z.string(),
    items: z.array(Item.extend({ origin: z.string() })).readonly(),
    withdrawals: z
      .array(
        z.object({
          origin: z.string(),
          kind: z.enum(SHARE_KINDS),
          originId: z.string(),
          reason: z.string(),
        }),
      )
      .readonly(),
    signature: z.string(),
  })
  .meta({ id: 'Bundle' });

export const BundleReceipt = z.object({
  from: z.string(),
  sequence: z.number().int(),
  items: z.number().int(),
  withdrawals: z.number().int(),
});

export const PartnerParams = z.object({ name: z.string().min(2).max(128) });

export const WithdrawRequest = z.object({
  kind: z.enum(SHARE_KINDS),
  originId: z.string().min(1),
  reason: z.string().min(3).max(2000),
});

export const ReceivedQuery = z.object({
  kind: z.enum(SHARE_KINDS).optional(),
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
});

export const ReceivedResponse = z.object({
  items: z
    .array(
      Item.extend({
        origin: z.string(),
        via: z.string(),
        receivedAt: z.string(),
        withdrawnAt: z.string().nullable(),
      }),
    )
    .readonly(),
});

export const PartnerAssessmentsSchema = z
  .object({
    own: z.object({ year: z.number().int(), tier: z.enum(TIERS).nullable() }).nullable(),
    partners: z
      .array(
        z.object({
          origin: z.string(),
          via: z.string(),
          trust: z.enum(TRUST_LEVELS).nullable(),
          year: z.number().int(),
          tier: z.enum(TIERS).nullable(),
          score: z.number().nullable(),
          risk2y: z.number().nullable(),
          overridden: z.boolean(),
          receivedAt: z.string(),
          comparison: z.enum(['higher', 'lower', 'same', 'unknown']),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'PartnerAssessments' });
export type PartnerAssessmentsDto = z.infer<typeof PartnerAssessmentsSchema>;
export type ReceivedItemDto = z.infer<typeof ReceivedResponse>['items'][number];
