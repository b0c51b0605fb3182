import { LensError } from '../domain/errors';
import type { Webhook } from '../ports/escalation';
import type { UseCaseDeps } from './context';

/** Webhooks told of alert changes, never with their secrets. */
export async function listWebhooks(deps: UseCaseDeps): Promise<Webhook[]> {
  return (await deps.store.escalation.webhooks()).map(
    ({ secretKeyId: _k, secretSealed: _s, ...w }) => w,
  );
}

/**
 * Registers a webhook with a new random secret, sealed at rest with the reporter vault (the hub
 * opens it to sign deliveries); the secret is returned once. Audited.
 */
export async function addWebhook(
  deps: UseCaseDeps,
  url: string,
  actor: string,
): Promise<Webhook & { secret: string }> {
  const vault = deps.vault;
  if (!vault)
    throw new LensError('invalid', 'webhook secrets are sealed: no reporter vault is configured');
  const secret = deps.crypto.randomToken(32);
  const sealed = vault.seal(secret);
  const at = deps.clock.now().toISOString();
  const w = await deps.store.transaction(async (s) => {
    const created = await s.escalation.addWebhook({
      url,
      secretKeyId: sealed.keyId,
      secretSealed: sealed.sealed,
      createdAt: at,
      createdBy: actor,
    });
    await s.audit.append({
      at,
      actor,
      action: 'webhook.create',
      recordType: 'webhook',
      recordId: String(created.id),
      detail: { url },
    });
    return created;
  });
  return { ...w, secret };
}

/** Removes a webhook (audited); not found if there is none with that id. */
export async function removeWebhook(deps: UseCaseDeps, id: number, actor: string): Promise<void> {
  const at = deps.clock.now().toISOString();
  const removed = await deps.store.transaction(async (s) => {
    const ok = await s.escalation.removeWebhook(id);
    if (ok)
      await s.audit.append({
        at,
        actor,
        action: 'webhook.remove',
        recordType: 'webhook',
        recordId: String(id),
        detail: {},
      });
    return ok;
  });
  if (!removed) throw new LensError('not_found', `No webhook ${id}`);
}
