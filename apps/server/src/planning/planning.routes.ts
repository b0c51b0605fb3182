import {
  AssessmentParams,
  BriefQuery,
  IdParams,
  NeedsBodySchema,
  NeedsSchema,
  PlanningQuery,
  PlanningSchema,
  PlanRequest,
  PlanSchema,
  RiskLinkPatch,
  RiskLinkRequest,
  RiskLinkSchema,
  RiskLinksQuery,
  RiskLinksResponse,
  NeedsQuery,
  VersionQuery,
} from '@lens/contract';
import { actorName, renderBriefHtml, READER_ROLES, ANALYST_ROLES } from '@lens/core';
import type { z } from 'zod';
import { PdfRenderer } from '@lens/node';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

const READERS = READER_ROLES;
const ANALYSTS = ANALYST_ROLES;

/** Prevention planning: the planning view, plans, needs assessments, risk links and briefs. */
export const planningRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  const by = (req: Parameters<typeof principalOf>[0]) => actorName(principalOf(req));
  const pdf = new PdfRenderer();
  app.addHook('onClose', () => pdf.close());

  api.get(
    '/api/prevention/:iso3',
    {
      config: { access: READERS },
      schema: {
        tags: ['planning'],
        summary:
          "A country's planning view for a year: context, the agenda it calls for (each with why), recommended measures with their links and who can act, capacity, and the plan's pitfall warnings",
        params: AssessmentParams,
        querystring: PlanningQuery,
        response: { 200: PlanningSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) =>
      lens.preventionPlanning({
        iso3: req.params.iso3,
        year: req.query.year,
        lang: req.query.lang,
      }),
  );
  api.get(
    '/api/plans/:iso3',
    {
      config: { access: READERS },
      schema: {
        tags: ['planning'],
        summary: "A country's plan (newest, or ?version=) and its versions",
        params: AssessmentParams,
        querystring: VersionQuery,
        response: { 200: PlanSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.getPlan(req.params.iso3, req.query.version),
  );
  api.put(
    '/api/plans/:iso3',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['planning'],
        summary:
          'Save a new version of the plan (measures, actors, addressees, timeline, status, review); returns the pitfalls and tensions it triggers (audited)',
        params: AssessmentParams,
        body: PlanRequest,
        response: { 200: PlanSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) =>
      lens.savePlan(
        { iso3: req.params.iso3, year: req.body.year, body: req.body.plan, lang: req.body.lang },
        by(req),
      ),
  );
  api.get(
    '/api/needs/:iso3',
    {
      config: { access: READERS },
      schema: {
        tags: ['planning'],
        summary:
          "A country's needs assessment (newest, or ?version=), with the preventive activity the registry knows and the capacity gaps",
        params: AssessmentParams,
        querystring: NeedsQuery,
        response: { 200: NeedsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.getNeedsAssessment(req.params.iso3, req.query.version, req.query.lang),
  );
  api.put(
    '/api/needs/:iso3',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['planning'],
        summary: 'Save a new version of the needs assessment (audited)',
        params: AssessmentParams,
        body: NeedsBodySchema,
        response: { 200: NeedsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      await lens.saveNeedsAssessment(req.params.iso3, req.body, by(req));
      return lens.getNeedsAssessment(req.params.iso3);
    },
  );
  api.get(
    '/api/risk-links',
    {
      config: { access: READERS },
      schema: {
        tags: ['planning'],
        summary: "Analysts' risk -> measure links (?retired=true to include retired ones)",
        querystring: RiskLinksQuery,
        response: { 200: RiskLinksResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({ links: await lens.listRiskLinks(req.query.retired === 'true') }),
  );
  api.post(
    '/api/risk-links',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['planning'],
        summary: 'Add a risk -> measure link, marked as an analyst link (audited)',
        body: RiskLinkRequest,
        response: { 201: RiskLinkSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => reply.code(201).send(await lens.addRiskLink(req.body, by(req))),
  );
  api.patch(
    '/api/risk-links/:id',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['planning'],
        summary: 'Edit or retire a risk -> measure link (audited)',
        params: IdParams,
        body: RiskLinkPatch,
        response: { 200: RiskLinkSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.updateRiskLink(req.params.id, req.body, by(req)),
  );
  // Untyped on purpose: the body is an HTML or PDF document.
  app.get(
    '/api/briefs/:iso3',
    {
      config: { access: READERS },
      schema: {
        tags: ['planning'],
        summary:
          'A two-page brief for decision-makers (format=html|pdf, lang=en|fr|es|ar, lexicon=atrocity|human_rights|discrimination|community); never holds reporter identities',
        params: AssessmentParams,
        querystring: BriefQuery,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req, reply) => {
      const { iso3 } = req.params as z.infer<typeof AssessmentParams>;
      const q = req.query as z.infer<typeof BriefQuery>;
      const data = await lens.briefData({ iso3, year: q.year, lang: q.lang, lexicon: q.lexicon });
      const html = renderBriefHtml(data);
      const name = `lens-brief-${data.iso3}-${data.year}-${q.lang}`;
      if (q.format === 'html')
        return reply
          .header('content-type', 'text/html; charset=utf-8')
          .header('content-disposition', `inline; filename="${name}.html"`)
          .send(html);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}.pdf"`)
        .send(await pdf.pdf(html));
    },
  );
};
