/**
 * The HTTP API's request and response shapes, shared by the server (validation, OpenAPI),
 * the web app and the CLI. Every field that reaches the API is described here once.
 */
import { z } from 'zod';
import { DATASET_KINDS, REGIONS, ROLES } from '@lens/core';

export const RoleSchema = z.enum(ROLES);

export const ErrorResponse = z
  .object({
    error: z
      .string()
      .describe(
        'A category: invalid, unauthenticated, forbidden, not_found, conflict, locked, rate_limited, internal',
      ),
    message: z.string().describe('A sentence a person can act on'),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('Field name -> what is wrong with it'),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const HealthResponse = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['sqlite', 'postgres']),
    migration: z.string().nullable(),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export const UserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    role: RoleSchema,
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });
export type UserDto = z.infer<typeof UserSchema>;
/** A user as the administration page lists them: with a lock-out while it lasts. */
export const UserAdminSchema = UserSchema.extend({
  lockedUntil: z
    .string()
    .nullable()
    .describe('While sign-in is locked after failed attempts: until when'),
}).meta({ id: 'UserAdmin' });

export const LoginRequest = z
  .object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'LoginRequest' });

export const SessionResponse = z
  .object({
    user: UserSchema,
    csrfToken: z
      .string()
      .describe(
        'Send back as the x-csrf-token header on every POST, PATCH and DELETE made with the session cookie',
      ),
    expiresAt: z.string(),
  })
  .meta({ id: 'Session' });
export type SessionDto = z.infer<typeof SessionResponse>;

export const SetupStatusResponse = z
  .object({ needsSetup: z.boolean() })
  .meta({ id: 'SetupStatus' });

export const SetupRequest = z
  .object({
    token: z
      .string()
      .min(1)
      .max(256)
      .describe('The one-time setup token printed by the server at first start'),
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'SetupRequest' });

export const CreateUserRequest = z
  .object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(1024),
    role: RoleSchema,
  })
  .meta({ id: 'CreateUserRequest' });

export const UpdateUserRequest = z
  .object({
    role: RoleSchema.optional(),
    disabled: z.boolean().optional(),
    password: z.string().min(1).max(1024).optional(),
    unlock: z.literal(true).optional().describe('End a sign-in lock-out now'),
  })
  .strict()
  .meta({ id: 'UpdateUserRequest' });

export const IdParams = z.object({ id: z.coerce.number().int().positive() });

export const RegionSchema = z.enum(REGIONS);

export const CountrySchema = z
  .object({
    iso3: z
      .string()
      .describe(
        'ISO 3166-1 alpha-3, ISO 3166-3 for former states (SUN, YUG, DDR, CSK, YMD, SCG), X-codes where ISO has none (XKX Kosovo, XSV South Vietnam)',
      ),
    iso2: z.string().nullable(),
    isoNumeric: z.number().int().nullable(),
    cowCode: z.number().int().nullable().describe('Correlates of War state number in these years'),
    gwCode: z
      .number()
      .int()
      .nullable()
      .describe('Gleditsch-Ward state number in these years, as UCDP uses it'),
    fromYear: z.number().int(),
    toYear: z.number().int().nullable(),
    region: RegionSchema,
    independent: z.boolean(),
    names: z.object({ en: z.string(), fr: z.string(), es: z.string(), ar: z.string() }),
    aliases: z
      .array(z.string())
      .readonly()
      .describe('Other English names, used to match data by name'),
  })
  .meta({ id: 'Country' });
export type CountryDto = z.infer<typeof CountrySchema>;

export const CountriesQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1800)
    .max(2200)
    .optional()
    .describe('Only the countries that existed in this year'),
});
export const CountriesResponse = z
  .object({ countries: z.array(CountrySchema) })
  .meta({ id: 'Countries' });
export const CountryParams = z.object({
  iso3: z.string().regex(/^[A-Za-z]{3}$/, 'must be a three-letter ISO code'),
});
export const CountryResponse = z
  .object({ iso3: z.string(), periods: z.array(CountrySchema) })
  .meta({ id: 'CountryPeriods' });

export const CreateTokenRequest = z
  .object({
    name: z.string().min(1).max(128).describe('What the token is for, e.g. the partner system'),
    userId: z
      .number()
      .int()
      .positive()
      .describe('The user the token acts as; its role decides what the token may do'),
  })
  .meta({ id: 'CreateTokenRequest' });
export const ApiTokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    userId: z.number().int(),
    username: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export const CreatedTokenResponse = z
  .object({
    token: z.string().describe('Shown once; send as "Authorization: Bearer <token>"'),
    record: ApiTokenSchema,
  })
  .meta({ id: 'CreatedToken' });

export const AuditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    recordType: z.string(),
    recordId: z.string(),
    detail: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export const AuditQuery = z.object({
  before: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Entries with a sequence number below this'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  action: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)*$/, 'an action such as alert.raise')
    .optional()
    .describe('Only entries of this action, e.g. alert.raise'),
  actor: z.string().min(1).max(200).optional().describe('Only entries by this user'),
  recordType: z
    .string()
    .regex(/^[a-z_]+$/, 'a kind of record such as report')
    .optional()
    .describe('Only entries about this kind of record, e.g. report'),
  recordId: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe('With recordType: only entries about this record, e.g. 42'),
});
export const AuditVerifyResponse = z
  .object({
    entries: z.number().int(),
    intact: z.boolean(),
    firstBreak: z
      .object({
        seq: z.number().int(),
        reason: z.enum(['hash-mismatch', 'broken-link', 'sequence-gap']),
      })
      .nullable(),
    headHash: z.string().nullable(),
  })
  .meta({ id: 'AuditVerification' });

export const OkResponse = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });

export const DatasetSchema = z
  .object({
    id: z.number().int(),
    kind: z.string().describe('The dataset format, e.g. ucdp-ged, vdem, wdi'),
    source: z.string(),
    version: z.string(),
    licence: z.string(),
    fileName: z.string(),
    sha256: z
      .string()
      .describe('sha256 of the imported file: the exact bytes every stored value came from'),
    rows: z.number().int(),
    importerVersion: z.string(),
    importedAt: z.string(),
    importedBy: z.string(),
    notes: z
      .array(z.string())
      .readonly()
      .describe('Rows not matched to a country, by name, and other notes'),
  })
  .meta({ id: 'Dataset' });
export type DatasetDto = z.infer<typeof DatasetSchema>;
export const DatasetsResponse = z
  .object({ datasets: z.array(DatasetSchema) })
  .meta({ id: 'Datasets' });

export const ImportQuery = z.object({
  kind: z.enum(DATASET_KINDS).describe('The dataset format'),
  version: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .describe('The dataset version (read from the file or its name when omitted)'),
  encoding: z
    .string()
    .min(1)
    .max(32)
    .optional()
    .describe('The text encoding when not UTF-8, e.g. windows-1252'),
  fileName: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\\0]+$/, 'must be a file name without folders')
    .refine((n) => n !== '.' && n !== '..', 'must be a file name, not "." or ".."')
    .describe('The original file name, kept with the dataset'),
});
export const ImportResponse = z
  .object({
    status: z.enum(['imported', 'unchanged']),
    dataset: DatasetSchema,
    values: z.number().int(),
    events: z.number().int(),
  })
  .meta({ id: 'ImportResult' });

export const ModelSchema = z
  .object({
    id: z.string(),
    learner: z
      .string()
      .describe('reference (published coefficients), elastic-net, gbt (boosted trees) or ensemble'),
    description: z.string(),
    featureSpec: z.string().describe('The feature spec and version it reads, e.g. ewp-2025@1'),
    outcome: z.string().describe('What it predicts, e.g. mk_onset_1or2: an onset within two years'),
    trainedOn: z
      .array(z.object({ kind: z.string(), version: z.string(), sha256: z.string() }))
      .readonly()
      .describe('The datasets it was trained on, or the file its coefficients came from'),
    params: z.record(z.string(), z.unknown()),
    artefact: z
      .object({ kind: z.enum(['logistic', 'gbt', 'ensemble', 'calibrated']) })
      .catchall(z.unknown())
      .describe(
        'What the model computes: logistic (intercept and coefficients), gbt (trees), ensemble (weighted members) or calibrated (Platt scaling of a base)',
      ),
    artefact1y: z
      .object({ kind: z.enum(['logistic', 'gbt', 'ensemble', 'calibrated']) })
      .catchall(z.unknown())
      .nullable()
      .describe(
        'The same recipe fitted to onsets in the next year only (gives risk1y); null for a reference model',
      ),
    metrics: z
      .record(z.string(), z.unknown())
      .describe('Cross-validation and back-test scores (AUC, Brier, recall@k)'),
    createdAt: z.string(),
    createdBy: z.string(),
    isDefault: z.boolean().describe('The product default: what rankings show'),
  })
  .meta({ id: 'Model' });
export const ModelsResponse = z.object({ models: z.array(ModelSchema) }).meta({ id: 'Models' });
export const ModelParams = z.object({ id: z.string().min(1).max(64) });

const ForecastYear = z.coerce
  .number()
  .int()
  .min(1900)
  .max(2100)
  .describe('The data year T; the forecast covers onsets in T+1 and T+2');
export const ForecastQuery = z.object({
  model: z.string().min(1).max(64).default('default').describe('A model id or "default"'),
  year: ForecastYear.optional().describe(
    'The data year T (default: the latest year the model has forecasts from); the forecast covers onsets in T+1 and T+2',
  ),
});
export const ForecastRequest = z.object({
  model: z.string().min(1).max(64).default('default').describe('A model id or "default"'),
  year: ForecastYear,
});
export const ForecastSchema = z
  .object({
    iso3: z.string(),
    ccode: z.number().int().nullable(),
    country: z.string(),
    year: z.number().int(),
    risk1y: z.number().nullable().describe('Risk of an onset in T+1 (when the model has one)'),
    risk2y: z.number().describe('Risk of an onset in T+1 or T+2'),
    rank: z.number().int().describe('1 = highest risk'),
    drivers: z
      .array(
        z.object({
          feature: z.string(),
          label: z
            .string()
            .optional()
            .describe("The predictor's readable name, where its spec has one"),
          contribution: z.number(),
        }),
      )
      .readonly()
      .describe(
        "Each predictor's contribution to the log-odds against the year's average country (logistic) or along the trees' paths, largest first",
      ),
  })
  .meta({ id: 'Forecast' });
export const ForecastsResponse = z
  .object({ model: z.string(), year: z.number().int(), forecasts: z.array(ForecastSchema) })
  .meta({ id: 'Forecasts' });

export const RiskHistoryQuery = z.object({
  model: z.string().min(1).max(64).default('default').describe('A model id or "default"'),
});
export const RiskHistoryResponse = z
  .object({
    model: z.string(),
    iso3: z.string(),
    country: z.string(),
    history: z.array(
      z.object({
        year: z
          .number()
          .int()
          .describe('The data year; the risk covers onsets in the next two years'),
        risk2y: z.number(),
        rank: z.number().int().describe("Rank among that year's countries, 1 = highest risk"),
        onset: z.boolean().describe('A mass-killing onset began in this year'),
      }),
    ),
    drivers: z
      .array(z.object({ feature: z.string(), label: z.string(), contribution: z.number() }))
      .describe(
        "The latest forecast's drivers, against that year's average country (label: the predictor's readable name)",
      ),
    driversYear: z.number().int().nullable(),
  })
  .meta({ id: 'RiskHistory' });
