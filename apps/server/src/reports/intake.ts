import type { Lens } from '@lens/core';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { AlertHub } from '../alerts/alert-hub';
import type { ServerOptions } from '../http/context';
import { UploadGate } from '../http/upload-gate';

/** What every route that takes reports in shares: one upload gate, one way to escalate. */
export interface ReportIntake {
  readonly uploads: UploadGate;
  /**
   * Once a report is stored (and acknowledged), the escalation rules run over its country's recent
   * events; alerts they raise reach the live stream. A failure here never loses the report.
   * Tracked by the alert hub, so that evaluations still running finish before the server closes.
   */
  escalate(this: void, iso3: string, log: FastifyBaseLogger): void;
}

const intakes = new WeakMap<FastifyInstance, ReportIntake>();

/** The app's report intake (made once per app, so that the upload caps hold across routes). */
export function reportIntake(
  app: FastifyInstance,
  { lens, uploadSlots }: Pick<ServerOptions, 'uploadSlots'> & { lens: Lens },
): ReportIntake {
  const known = intakes.get(app);
  if (known) return known;
  const hub = (app as unknown as { alertHub: AlertHub }).alertHub;
  const intake: ReportIntake = {
    uploads: new UploadGate(uploadSlots?.perAccount, uploadSlots?.total),
    escalate: (iso3, log) =>
      hub.background(
        lens
          .evaluateEscalation({ iso3 })
          .catch((err: unknown) => log.error({ err }, 'escalation evaluation failed')),
      ),
  };
  intakes.set(app, intake);
  return intake;
}
