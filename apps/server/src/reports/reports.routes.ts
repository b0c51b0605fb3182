import {
  AssignRequest,
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
  assignReport,
  eventFeed,
  exportReports,
  getReport,
  reportsCsv,
  reportsGeoJson,
  listReports,
  revealReporter,
  submitReport,
  verifyReport,
  type Role,
} from '@lens/core';
import type { z } from 'zod';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

/** Who submits reports: monitors in the field, analysts, and partner systems' tokens. */
const SUBMITTERS: readonly Role[] = ['admin', 'analyst', 'monitor'];
const READERS: readonly Role[] = ['admin', 'analyst', 'viewer'];
const ANALYSTS: readonly Role[] = ['admin', 'analyst'];

export const reportRoutes: RouteModule = (app, { deps }) => {
  const api = typed(app);
  api.post(
    '/api/reports',
    {
      config: { access: SUBMITTERS },
      // A long witness account, not a document dump: bodies above 64 KiB are refused (413).
      bodyLimit: 64 * 1024,
      schema: {
        tags: ['reports'],
        summary:
          'Submit a field report; the reporter object is sealed (AES-256-GCM) and never listed. 201 once stored',
        body: ReportRequest,
        response: { 201: ReportSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const report = await submitReport(deps, req.body, {
        actor: actorName(p),
        channel: p.via === 'token' ? 'partner' : 'monitor',
      });
      return reply.code(201).send(report);
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
      events: await eventFeed(deps, {
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
      reports: await listReports(deps, {
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
      const rows = await exportReports(deps, {
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
        summary: 'One report, without its reporter',
        params: ReportParams,
        response: { 200: ReportSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => getReport(deps, req.params.id, principalOf(req).role),
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
    async (req) =>
      verifyReport(deps, {
        id: req.params.id,
        status: req.body.status,
        credibility: req.body.credibility,
        reason: req.body.reason,
        actor: actorName(principalOf(req)),
      }),
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
      assignReport(deps, {
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
      const reporter = await revealReporter(deps, {
        id: req.params.id,
        reason: req.body.reason,
        actor: actorName(principalOf(req)),
      });
      // Never cached by a browser or a proxy.
      return reply.header('cache-control', 'no-store').send(reporter);
    },
  );
};
