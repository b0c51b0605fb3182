import {
  AssignRequest,
  PublicReportsSetting,
  AttachmentParams,
  AttachmentQuery,
  AttachmentsResponse,
  ReportReceiptSchema,
  EventsQuery,
  EventsResponse,
  ReportParams,
  ReportRequest,
  ReportSchema,
  ReportsExportQuery,
  ReportsQuery,
  ReportsResponse,
  ReporterSchema,
  RevealRequest,
  VerifyRequest,
} from '@lens/contract';
import {
  actorName,
  LensError,
  type IncomingFile,
  reportsCsv,
  reportsGeoJson,
  READER_ROLES,
  ANALYST_ROLES,
  SUBMITTER_ROLES,
} from '@lens/core';
import type { z } from 'zod';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';
import { contentDisposition } from '../http/content-disposition';
import { Spool, type SpooledFile } from '../http/spool';
import { reportIntake } from './intake';

/** Who submits reports: monitors in the field, analysts, and partner systems' tokens. */
const SUBMITTERS = SUBMITTER_ROLES;
const READERS = READER_ROLES;
const ANALYSTS = ANALYST_ROLES;

/** Files read from a multipart report, by request. */
const filesOf = new WeakMap<object, IncomingFile[]>();
/** The upload slot a multipart request holds, given back when its answer is sent. */
const slotOf = new WeakMap<object, () => void>();

export const reportRoutes: RouteModule = (app, { lens, uploadSlots }) => {
  const api = typed(app);
  const { uploads, escalate } = reportIntake(app, { lens, uploadSlots });
  const freeSlot = (req: object) => {
    slotOf.get(req)?.();
    return Promise.resolve();
  };
  api.post(
    '/api/reports',
    {
      // Photos from the field over a slow mobile connection: ten minutes, not the default 30 s.
      config: { access: SUBMITTERS, bodyTimeoutMs: 10 * 60_000 },
      // A long witness account, not a document dump: bodies above 64 KiB are refused (413).
      bodyLimit: 64 * 1024,
      schema: {
        tags: ['reports'],
        summary:
          'Submit a field report; the reporter object is sealed (AES-256-GCM) and never listed. 201 once stored',
        body: ReportRequest,
        response: { 201: ReportReceiptSchema, ...errorResponses(400, 401, 403) },
      },
      // Multipart: the report as JSON in the `report` field, files in `attachments`. The files are
      // read here so that the report is validated like a JSON body.
      onResponse: freeSlot,
      onRequestAbort: freeSlot,
      preValidation: async (req) => {
        if (!req.isMultipart()) return;
        slotOf.set(req, await uploads.enter(actorName(principalOf(req))));
        // Files arrive onto disk (encrypted with a key held only in memory), not into memory: a
        // slow phone's photos take minutes. They are read back once the whole report is in.
        const spool = await Spool.open();
        const spooled: Array<{ fileName: string; declaredType: string; at: SpooledFile }> = [];
        let files: IncomingFile[] = [];
        let report: unknown;
        try {
          for await (const part of req.parts()) {
            if (part.type === 'file') {
              const at = await spool.write(part.file);
              if (part.file.truncated)
                throw Object.assign(new Error('request file too large'), { statusCode: 413 });
              spooled.push({ fileName: part.filename, declaredType: part.mimetype, at });
            } else if (part.fieldname === 'report')
              try {
                report = JSON.parse(String(part.value));
              } catch {
                throw new LensError('invalid', 'the report field is not JSON', {
                  report: 'not JSON',
                });
              }
          }
          files = await Promise.all(
            spooled.map(async (f) => ({
              fileName: f.fileName,
              declaredType: f.declaredType,
              bytes: await spool.read(f.at),
            })),
          );
        } catch (e) {
          // Limits (413) and our own refusals pass; a body the parser cannot read (no boundary,
          // a boundary the body does not use, truncated parts) is the sender's error, not ours.
          if (e instanceof LensError || (e as { statusCode?: number }).statusCode) throw e;
          throw new LensError(
            'invalid',
            `The multipart body could not be read (${(e as Error).message}); send the report as JSON in a "report" field with the boundary named in Content-Type`,
          );
        } finally {
          await spool.close();
        }
        if (report === undefined)
          throw new LensError('invalid', 'a multipart report needs a report field (JSON)', {
            report: 'missing',
          });
        // Validated next, by the route's body schema, as a JSON body would be.
        req.body = report as typeof req.body;
        filesOf.set(req, files);
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const report = await lens.submitReport(
        req.body,
        { actor: actorName(p), channel: p.via === 'token' ? 'partner' : 'monitor', role: p.role },
        filesOf.get(req) ?? [],
      );
      escalate(report.iso3, req.log);
      return reply.code(201).send(report);
    },
  );
  api.get(
    '/api/settings/public-reports',
    {
      config: { access: 'public' },
      schema: {
        tags: ['reports'],
        summary: 'Whether this server takes reports from the public (without an account)',
        response: { 200: PublicReportsSetting },
      },
    },
    async () => ({ enabled: await lens.publicReportsEnabled() }),
  );
  api.put(
    '/api/settings/public-reports',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['reports'],
        summary: 'Turn public (anonymous) report submission on or off (audited)',
        body: PublicReportsSetting,
        response: { 200: PublicReportsSetting, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({
      enabled: await lens.setPublicReports({
        enabled: req.body.enabled,
        actor: actorName(principalOf(req)),
      }),
    }),
  );
  api.post(
    '/api/public/reports',
    {
      // Anyone, when an admin has turned it on; a few reports a minute per address.
      config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
      bodyLimit: 64 * 1024,
      schema: {
        tags: ['reports'],
        summary:
          'Submit a report without an account, where an admin enabled it (404 otherwise); the reporter is sealed',
        body: ReportRequest,
        response: { 201: ReportReceiptSchema, ...errorResponses(400, 404, 429) },
      },
    },
    async (req, reply) => {
      if (!(await lens.publicReportsEnabled()))
        throw new LensError('not_found', 'Public reporting is not enabled on this server');
      const report = await lens.submitReport(req.body, {
        actor: 'anonymous (public form)',
        channel: 'public',
      });
      escalate(report.iso3, req.log);
      return reply.code(201).send(report);
    },
  );
  api.get(
    '/api/reports/:id/attachments',
    {
      config: { access: READERS },
      schema: {
        tags: ['reports'],
        summary: "A report's attachments: names, types, sizes and evidence hashes",
        params: ReportParams,
        response: { 200: AttachmentsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({ attachments: await lens.listAttachments(req.params.id) }),
  );
  // Untyped on purpose: the body is the file's bytes.
  app.get(
    '/api/reports/:id/attachments/:attachmentId',
    {
      config: { access: READERS },
      schema: {
        tags: ['reports'],
        summary:
          'An attachment: the copy with metadata stripped, or with original=true the original (admins); every view audited',
        params: AttachmentParams,
        querystring: AttachmentQuery,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req, reply) => {
      const params = req.params as z.infer<typeof AttachmentParams>;
      const query = req.query as z.infer<typeof AttachmentQuery>;
      const p = principalOf(req);
      const { attachment, bytes } = await lens.readAttachment({
        reportId: params.id,
        attachmentId: params.attachmentId,
        original: query.original === 'true',
        role: p.role,
        actor: actorName(p),
      });
      return reply
        .header('content-type', attachment.mimeType)
        .header('content-disposition', contentDisposition('attachment', attachment.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(Buffer.from(bytes));
    },
  );
  api.get(
    '/api/events',
    {
      config: { access: READERS },
      schema: {
        tags: ['reports'],
        summary:
          'The event store as one list: imported events and field reports, newest first, as your role may see them',
        querystring: EventsQuery,
        response: { 200: EventsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({
      events: await lens.eventFeed({
        role: principalOf(req).role,
        limit: req.query.limit,
        ...(req.query.iso3 ? { iso3: req.query.iso3 } : {}),
        ...(req.query.from ? { from: req.query.from } : {}),
        ...(req.query.to ? { to: req.query.to } : {}),
      }),
    }),
  );
  api.get(
    '/api/reports',
    {
      config: { access: READERS },
      schema: {
        tags: ['reports'],
        summary:
          'Reports, newest first, without reporters; viewers see the province, not the coordinates',
        querystring: ReportsQuery,
        response: { 200: ReportsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({
      reports: await lens.listReports({
        role: principalOf(req).role,
        ...(req.query.iso3 ? { iso3: req.query.iso3 } : {}),
        ...(req.query.status ? { status: req.query.status } : {}),
        limit: req.query.limit,
        ...(req.query.before ? { beforeId: req.query.before } : {}),
        ...(req.query.assignee ? { assignee: req.query.assignee } : {}),
        ...(req.query.group ? { duplicateGroup: req.query.group } : {}),
      }),
    }),
  );
  // Untyped on purpose: the body is CSV or GeoJSON text, not a JSON document the serializer checks.
  app.get(
    '/api/reports/export',
    {
      config: { access: READERS },
      schema: {
        tags: ['reports'],
        summary:
          'Reports as CSV (with an HXL hashtag row) or GeoJSON, as your role may see them, never with reporters; audited',
        querystring: ReportsExportQuery,
        response: errorResponses(400, 401, 403),
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const query = req.query as z.infer<typeof ReportsExportQuery>;
      const rows = await lens.exportReports({
        role: p.role,
        actor: actorName(p),
        format: query.format,
        ...(query.iso3 ? { iso3: query.iso3 } : {}),
        ...(query.status ? { status: query.status } : {}),
      });
      const csv = query.format === 'csv';
      return reply
        .header('content-type', csv ? 'text/csv; charset=utf-8' : 'application/geo+json')
        .header(
          'content-disposition',
          `attachment; filename="lens-reports.${csv ? 'csv' : 'geojson'}"`,
        )
        .header('cache-control', 'no-store')
        .send(csv ? reportsCsv(rows) : reportsGeoJson(rows));
    },
  );
  api.get(
    '/api/reports/:id',
    {
      config: { access: READERS },
      schema: {
        tags: ['reports'],
        summary: 'One report, without its reporter (each opening audited)',
        params: ReportParams,
        response: { 200: ReportSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) =>
      lens.openReport(req.params.id, {
        role: principalOf(req).role,
        actor: actorName(principalOf(req)),
      }),
  );
  api.post(
    '/api/reports/:id/verify',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['reports'],
        summary: 'Record a verification step: status, credibility and reason (audited)',
        params: ReportParams,
        body: VerifyRequest,
        response: { 200: ReportSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const report = await lens.verifyReport({
        id: req.params.id,
        status: req.body.status,
        credibility: req.body.credibility,
        reason: req.body.reason,
        actor: actorName(principalOf(req)),
      });
      // A verified report now counts as evidence: the stage and alerts follow.
      escalate(report.iso3, req.log);
      return report;
    },
  );
  api.post(
    '/api/reports/:id/assign',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['reports'],
        summary: 'Assign a report to an analyst for triage, or unassign it (audited)',
        params: ReportParams,
        body: AssignRequest,
        response: { 200: ReportSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) =>
      lens.assignReport({
        id: req.params.id,
        assignee: req.body.assignee,
        actor: actorName(principalOf(req)),
      }),
  );
  api.post(
    '/api/reports/:id/reveal',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['reports'],
        summary: "Reveal a report's reporter to an admin, with the reason; every reveal is audited",
        params: ReportParams,
        body: RevealRequest,
        response: { 200: ReporterSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const reporter = await lens.revealReporter({
        id: req.params.id,
        reason: req.body.reason,
        actor: actorName(principalOf(req)),
      });
      // Never cached by a browser or a proxy.
      return reply.header('cache-control', 'no-store').send(reporter);
    },
  );
};
