import {
  OutboxKeyResponse,
  ReportReceiptSchema,
  ReportRequest,
  SealedReportRequest,
} from '@lens/contract';
import { actorName, LensError, SUBMITTER_ROLES } from '@lens/core';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';
import { reportIntake } from './intake';

/**
 * The device outbox's routes: the public key a device seals reports for while it has no
 * connection, and the sealed reports it sends when the connection returns (ADR 26).
 */
/** The upload slot a sealed report holds from before its body is read until its answer is sent. */
const slotOf = new WeakMap<object, () => void>();
const freeSlot = (req: object) => {
  slotOf.get(req)?.();
  slotOf.delete(req);
  return Promise.resolve();
};

export const sealedReportRoutes: RouteModule = (app, { lens, uploadSlots }) => {
  const api = typed(app);
  const { uploads, escalate } = reportIntake(app, { lens, uploadSlots });
  api.get(
    '/api/reports/outbox-key',
    {
      config: { access: SUBMITTER_ROLES },
      schema: {
        tags: ['reports'],
        summary:
          'The public key a device seals reports for while they wait offline (its outbox); only this server can open them',
        response: { 200: OutboxKeyResponse, ...errorResponses(401, 403) },
      },
    },
    async () => lens.outboxKey(),
  );
  api.post(
    '/api/reports/sealed',
    {
      // A report with its photos, sealed on the device: as large, and as slow, as a multipart one.
      config: { access: SUBMITTER_ROLES, bodyTimeoutMs: 10 * 60_000 },
      bodyLimit: 80 * 1024 * 1024,
      // The slot is taken before the body is read (after sign-in and role checks), so that bodies
      // waiting their turn stay in the network's buffers, not in memory.
      onRequest: async (req) => {
        slotOf.set(req, await uploads.enter(actorName(principalOf(req))));
      },
      onResponse: freeSlot,
      onRequestAbort: freeSlot,
      schema: {
        tags: ['reports'],
        summary:
          'Submit a report sealed on the device (AES-256-GCM, key wrapped with the outbox key): opened here, then taken as any report; 201 once stored',
        body: SealedReportRequest,
        response: { 201: ReportReceiptSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const opened = await lens.openSealedReport(req.body);
      const parsed = ReportRequest.safeParse(opened.report);
      if (!parsed.success)
        throw new LensError(
          'invalid',
          `The sealed report is not a valid report: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
      const report = await lens.submitReport(
        parsed.data,
        { actor: actorName(p), channel: p.via === 'token' ? 'partner' : 'monitor', role: p.role },
        opened.files,
      );
      escalate(report.iso3, req.log);
      return reply.code(201).send(report);
    },
  );
};
