import { LensError } from '../domain/errors';
import type { OutboxSealer, SealedEnvelope } from '../ports/reports';
import type { UseCaseDeps } from './context';
import type { IncomingFile } from './evidence';

const sealerOf = (deps: UseCaseDeps): OutboxSealer => {
  if (!deps.outbox) throw new Error('No outbox key pair is configured');
  return deps.outbox;
};

/** The public key devices seal their outbox for (handed to every submitter at sign-in). */
export const outboxKey = (deps: UseCaseDeps) => sealerOf(deps).publicKey();

const fromBase64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/**
 * Opens a report sealed on a device: its report (checked by the caller as any report is) and its
 * files. Anything that does not open, or is not what a device seals, is refused as a whole.
 */
export async function openSealedReport(
  deps: UseCaseDeps,
  envelope: SealedEnvelope,
): Promise<{ report: unknown; files: IncomingFile[] }> {
  const plain = new TextDecoder().decode(await sealerOf(deps).open(envelope));
  let body: { report?: unknown; files?: Array<{ name?: unknown; type?: unknown; data?: unknown }> };
  try {
    body = JSON.parse(plain) as typeof body;
  } catch {
    throw new LensError('invalid', 'The sealed report does not hold a report');
  }
  const files = body.files ?? [];
  if (body.report === undefined || !Array.isArray(files))
    throw new LensError('invalid', 'The sealed report does not hold a report');
  return {
    report: body.report,
    files: files.map((f, i) => {
      if (typeof f.name !== 'string' || typeof f.type !== 'string' || typeof f.data !== 'string')
        throw new LensError('invalid', `The sealed report's file ${i + 1} is not readable`);
      return { fileName: f.name, declaredType: f.type, bytes: fromBase64(f.data) };
    }),
  };
}
