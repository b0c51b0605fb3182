import { LensError } from '../domain/errors';
import { type Reporter } from '../domain/report';
import { vaultOf, type UseCaseDeps } from './context';

/** An admin opens a report's sealed reporter; the reveal is audited before the identity is returned. */
export async function revealReporter(
  deps: UseCaseDeps,
  input: { id: number; actor: string; reason: string },
): Promise<Reporter> {
  if (input.reason.trim().length < 5)
    throw new LensError(
      'invalid',
      'say why the reporter must be revealed (at least 5 characters)',
      {
        reason: 'too short',
      },
    );
  const vault = vaultOf(deps);
  const r = await deps.store.reports.get(input.id);
  if (!r) throw new LensError('not_found', `No report ${input.id}`);
  if (!r.reporterSealed || !r.reporterKeyId)
    throw new LensError(
      'not_found',
      `Report ${input.id} was submitted without a reporter identity`,
    );
  const reporter = JSON.parse(vault.open(r.reporterKeyId, r.reporterSealed)) as Reporter;
  await deps.store.audit.append({
    at: deps.clock.now().toISOString(),
    actor: input.actor,
    action: 'report.reveal',
    recordType: 'report',
    recordId: String(input.id),
    detail: { reason: input.reason.trim() },
  });
  return reporter;
}

/**
 * Re-seals every stored reporter with the vault's current key (after a new key was added), in
 * one transaction, audited. The old key can be retired once this has run.
 */
export async function resealReporters(
  deps: UseCaseDeps,
  actor: string,
): Promise<{ resealed: number; keyId: string }> {
  const vault = vaultOf(deps);
  return deps.store.transaction(async (store) => {
    let resealed = 0;
    for (const s of await store.reports.sealedReporters()) {
      if (s.keyId === vault.currentKeyId) continue;
      const next = vault.seal(vault.open(s.keyId, s.sealed));
      await store.reports.reseal(s.id, next.keyId, next.sealed);
      resealed++;
    }
    await store.audit.append({
      at: deps.clock.now().toISOString(),
      actor,
      action: 'reporter-keys.rotate',
      recordType: 'reporter_key',
      recordId: vault.currentKeyId,
      detail: { resealed },
    });
    return { resealed, keyId: vault.currentKeyId };
  });
}
