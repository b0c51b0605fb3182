import { z } from 'zod';
import { AuditEntrySchema, AuditQuery, AuditVerifyResponse } from '@lens/contract';
import { verifyAuditLog } from '@lens/core';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

export const auditRoutes: RouteModule = (app, { deps }) => {
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
      const entries = await deps.store.audit.list({
        beforeSeq: request.query.before,
        limit: request.query.limit,
      });
      // Reading the audit log is itself audited: who looked at who did what.
      const p = principalOf(request);
      await deps.store.audit.append({
        at: deps.clock.now().toISOString(),
        actor: `${p.username}#${p.userId}`,
        action: 'audit.view',
        recordType: 'audit_log',
        recordId: '*',
        detail: { before: request.query.before, limit: request.query.limit },
      });
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
      const v = await verifyAuditLog(deps.store, deps.crypto.sha256Hex);
      return {
        entries: v.entries,
        intact: v.firstBreak === undefined,
        firstBreak: v.firstBreak ?? null,
        headHash: v.headHash ?? null,
      };
    },
  );
};
