/** Field reports' request and response shapes (issue 6). The reporter never appears in a response but the reveal's. */
import { z } from 'zod';
import { DaySchema } from './day';
import { DATE_PRECISIONS, GEO_PRECISIONS, REPORT_CHANNELS, REPORT_STATUSES } from '@lens/core';

const Short = z.string().max(500);

export const ReporterSchema = z
  .object({
    name: Short.optional(),
    contact: Short.optional().describe('Phone, e-mail or handle: sealed at rest, never listed'),
    note: z.string().max(2000).optional(),
  })
  .meta({ id: 'Reporter' });

export const ReportRequest = z
  .object({
    occurredOn: DaySchema,
    datePrecision: z.enum(DATE_PRECISIONS).default('day'),
    iso3: z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters'),
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    geoPrecision: z.enum(GEO_PRECISIONS).default('exact'),
    place: Short.nullable().optional(),
    description: z.string().min(1, 'is empty').max(20_000),
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as en, fr, es, ar'),
    violenceType: Short.nullable().optional(),
    actors: z.array(Short).max(50).optional(),
    targetGroup: Short.nullable().optional(),
    fatalitiesBest: z.number().int().min(0).nullable().optional(),
    fatalitiesLow: z.number().int().min(0).nullable().optional(),
    fatalitiesHigh: z.number().int().min(0).nullable().optional(),
    civiliansTargeted: z.boolean().default(false),
    reporter: ReporterSchema.nullable().optional(),
  })
  .meta({ id: 'ReportRequest' });

export const ReportSchema = z
  .object({
    id: z.number().int(),
    receivedAt: z.string(),
    channel: z.enum(REPORT_CHANNELS),
    submittedBy: z
      .string()
      .nullable()
      .describe(
        'The submitting account; withheld (null) from viewers, as are coordinates and the place as written',
      ),
    occurredOn: z.string(),
    datePrecision: z.enum(DATE_PRECISIONS),
    iso3: z.string(),
    admin1Code: z
      .string()
      .nullable()
      .describe('Natural Earth admin-1 unit nearest the coordinates'),
    admin1Name: z.string().nullable(),
    latitude: z.number().nullable().describe('Null for roles that see only the province'),
    longitude: z.number().nullable(),
    geoPrecision: z.enum(GEO_PRECISIONS),
    place: z.string().nullable(),
    description: z.string(),
    language: z.string(),
    violenceType: z.string().nullable(),
    actors: z.array(z.string()).readonly(),
    targetGroup: z.string().nullable(),
    fatalitiesBest: z.number().int().nullable(),
    fatalitiesLow: z.number().int().nullable(),
    fatalitiesHigh: z.number().int().nullable(),
    civiliansTargeted: z.boolean(),
    status: z.enum(REPORT_STATUSES),
    credibility: z
      .number()
      .int()
      .nullable()
      .describe('1 confirmed ... 5 improbable, 6 cannot be judged'),
    verifiedBy: z.string().nullable(),
    verifiedAt: z.string().nullable(),
    verificationReason: z.string().nullable(),
    hasReporter: z.boolean().describe('Whether a sealed reporter identity is stored'),
    duplicateGroup: z
      .number()
      .int()
      .nullable()
      .describe('The first report of its near-duplicate group (same place, days and similar text)'),
    assignee: z.string().nullable().describe('The analyst it is assigned to for triage'),
  })
  .meta({ id: 'Report' });

export const AttachmentSchema = z
  .object({
    id: z.number().int(),
    fileName: z.string(),
    mimeType: z.string(),
    size: z.number().int(),
    sha256: z.string().describe('sha256 of the original as received (the evidence hash)'),
    shownSha256: z.string().describe('sha256 of the copy shown, metadata stripped'),
    receivedAt: z.string(),
  })
  .meta({ id: 'Attachment' });
export const ReportReceiptSchema = ReportSchema.extend({
  attachments: z.array(AttachmentSchema).readonly(),
}).meta({ id: 'ReportReceipt' });
export const AttachmentsResponse = z.object({ attachments: z.array(AttachmentSchema) });
export const AttachmentParams = z.object({
  id: z.coerce.number().int().min(1),
  attachmentId: z.coerce.number().int().min(1),
});
export const AttachmentQuery = z.object({
  original: z
    .enum(['true', 'false'])
    .default('false')
    .describe('true: the original with its metadata (admins only, audited)'),
});

export const ReportsQuery = z.object({
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  status: z.enum(REPORT_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.coerce.number().int().min(1).optional().describe('Only reports with a smaller id'),
  assignee: z.string().min(1).max(64).optional(),
  group: z.coerce.number().int().min(1).optional().describe('Only one near-duplicate group'),
});
export const AssignRequest = z.object({
  assignee: z.string().min(1).max(64).nullable().describe('A username, or null to unassign'),
});
export const ReportsExportQuery = z.object({
  format: z.enum(['csv', 'geojson']).default('csv'),
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  status: z.enum(REPORT_STATUSES).optional(),
});
export const ReportsResponse = z.object({ reports: z.array(ReportSchema) }).meta({ id: 'Reports' });
export const ReportParams = z.object({ id: z.coerce.number().int().min(1) });
export const VerifyRequest = z.object({
  status: z.enum(REPORT_STATUSES),
  credibility: z.number().int().min(1).max(6).nullable(),
  reason: z.string().trim().min(5).max(4000),
});
export const RevealRequest = z.object({
  reason: z.string().trim().min(5, 'say why (at least 5 characters)').max(2000),
});

export const EventsQuery = z.object({
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be three capital letters')
    .optional(),
  from: DaySchema.optional(),
  to: DaySchema.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
export const EventItemSchema = z
  .object({
    source: z.enum(['dataset', 'report']),
    ref: z.string().describe('ucdp-ged:<id>, acled:<id>, gdelt1:<id> ... or report:<id>'),
    origin: z.string().describe('The dataset and version, or "field report"'),
    date: z.string(),
    dateEnd: z.string(),
    iso3: z.string(),
    admin1: z.string().nullable(),
    admin1Code: z
      .string()
      .nullable()
      .describe('Natural Earth admin-1 unit nearest the coordinates'),
    latitude: z.number().nullable().describe('Null for roles that see only the province'),
    longitude: z.number().nullable(),
    type: z.string().nullable(),
    actors: z.array(z.string()).readonly(),
    deathsBest: z.number().int().nullable(),
    deathsLow: z.number().int().nullable(),
    deathsHigh: z.number().int().nullable(),
    civiliansTargeted: z.boolean(),
    description: z.string().nullable(),
    status: z.string().nullable().describe("A field report's verification status"),
  })
  .meta({ id: 'EventItem' });
export const EventsResponse = z.object({ events: z.array(EventItemSchema) }).meta({ id: 'Events' });

export const PublicReportsSetting = z
  .object({ enabled: z.boolean().describe('Whether anyone may submit reports without an account') })
  .meta({ id: 'PublicReportsSetting' });

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
export const SealedReportRequest = z
  .object({
    keyId: z.string().min(1).max(64),
    wrappedKey: Base64.max(2048),
    iv: Base64.max(64),
    data: Base64.max(80 * 1024 * 1024),
  })
  .meta({ id: 'SealedReportRequest' });
export const OutboxKeyResponse = z
  .object({
    keyId: z.string(),
    spki: z.string().describe('RSA-OAEP (SHA-256) public key, SubjectPublicKeyInfo DER, base64'),
  })
  .meta({ id: 'OutboxKey' });
