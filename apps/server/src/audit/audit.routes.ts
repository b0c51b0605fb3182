import { z } from 'zod';
import { AuditEntrySchema, AuditQuery, AuditVerifyResponse } from '@lens/contract';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

export const auditRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  api.get(
    '/api/audit',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first',
        querystring: AuditQuery,
        response: {
          200: z.object({ entries: z.array(AuditEntrySchema) }),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      // Reading the audit log is itself audited: who looked at who did what.
      const entries = await lens.readAuditLog(
        {
          before: request.query.before,
          limit: request.query.limit,
          action: request.query.action,
          actor: request.query.actor,
          recordType: request.query.recordType,
          recordId: request.query.recordId,
        },
        principalOf(request),
      );
      return { entries };
    },
  );
  api.get(
    '/api/audit/verify',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['audit'],
        summary: 'Re-hash the whole chain and report the first broken link',
        response: { 200: AuditVerifyResponse, ...errorResponses(401, 403) },
      },
    },
    async () => {
      const v = await lens.verifyAudit();
      return {
        entries: v.entries,
        intact: v.firstBreak === undefined,
        firstBreak: v.firstBreak ?? null,
        headHash: v.headHash ?? null,
      };
    },
  );
};
