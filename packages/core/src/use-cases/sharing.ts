import { LensError } from '../domain/errors';
import {
  BUNDLE_SCHEMA,
  bundleHash,
  signBundle,
  verifyBundle,
  type Bundle,
  type BundleItem,
} from '../sharing/bundle';
import {
  assertShareable,
  DETAIL_LEVELS,
  LOCATION_LEVELS,
  mayShare,
  SHARE_KINDS,
  type ShareKind,
} from '../sharing/redaction';
import {
  TRUST_LEVELS,
  type InstanceIdentity,
  type Partner,
  type ReceivedItem,
} from '../ports/sharing';
import type { Store } from '../ports/store';
import type { UseCaseDeps } from './context';
import { ownItems } from './sharing-items';
import { afterCommit } from './refresh';

/**
 * Sharing between instances (issue 22, ADR 33): partners registered with their public key and a
 * policy; bundles built from the policy (this instance's items, redacted, and what others sent
 * when the policy passes it on), signed and chained per partner; bundles received verified,
 * stored with their origin, and refused with a reason in the audit log.
 */

const identity = (deps: UseCaseDeps): InstanceIdentity => {
  if (!deps.instance)
    throw new LensError(
      'invalid',
      'Sharing is not configured: set LENS_INSTANCE_NAME (and LENS_INSTANCE_KEY_FILE)',
    );
  return deps.instance;
};

type Deps = UseCaseDeps;

const fail = (field: string, why: string): never => {
  throw new LensError('invalid', `${field} ${why}`, { [field]: why });
};

/** A registered partner that has not been retired, or `not_found`. */
export async function activePartner(deps: UseCaseDeps, name: string): Promise<Partner> {
  const partner = await deps.store.sharing.partner(name);
  if (!partner || partner.retiredAt) throw new LensError('not_found', `No partner "${name}"`);
  return partner;
}

/** Writes a change to a partner and its audit entry in one transaction. */
export function recordPartnerChange(
  deps: UseCaseDeps,
  change: {
    partner: string;
    action: string;
    detail: Readonly<Record<string, unknown>>;
    by: string;
    at?: string;
  },
  write: (store: Store) => Promise<void>,
): Promise<void> {
  return deps.store.transaction(async (store) => {
    await write(store);
    await store.audit.append({
      at: change.at ?? deps.clock.now().toISOString(),
      actor: change.by,
      action: change.action,
      recordType: 'partner',
      recordId: change.partner,
      detail: change.detail,
    });
  });
}

/** A partner's address, trust and policy, checked (registering or changing a partner). */
function checkTerms(t: { url?: string; trust?: string; policy?: Partner['policy'] }): void {
  if (t.url !== undefined && !/^https?:\/\//.test(t.url)) fail('url', 'must be an http(s) address');
  if (t.trust !== undefined && !(TRUST_LEVELS as readonly string[]).includes(t.trust))
    fail('trust', `must be one of ${TRUST_LEVELS.join(', ')}`);
  const p = t.policy;
  if (!p) return;
  for (const k of p.kinds)
    if (!SHARE_KINDS.includes(k)) fail('policy.kinds', `has an unknown kind "${k}"`);
  if (!DETAIL_LEVELS.includes(p.detail))
    fail('policy.detail', `must be one of ${DETAIL_LEVELS.join(', ')}`);
  if (!LOCATION_LEVELS.includes(p.location))
    fail('policy.location', `must be one of ${LOCATION_LEVELS.join(', ')}`);
  if (!Number.isInteger(p.delayDays) || p.delayDays < 0)
    fail('policy.delayDays', 'must be 0 or more days');
}

export async function registerPartner(
  deps: Deps,
  input: Omit<
    Partner,
    'id' | 'retiredAt' | 'createdAt' | 'createdBy' | 'keyId' | 'hasPullToken' | 'hasPullCredential'
  >,
  by: string,
): Promise<Partner> {
  if (!/^[\w .-]{2,128}$/.test(input.name))
    fail('name', 'must be 2-128 letters, digits, spaces, dots or dashes');
  if (!/^-----BEGIN PUBLIC KEY-----/.test(input.publicKey.trim()))
    fail('publicKey', 'must be a PEM public key (Ed25519)');
  checkTerms(input);
  const p = input.policy;
  if (await deps.store.sharing.partner(input.name)) fail('name', 'is already a partner');
  const publicKey = input.publicKey.trim();
  return deps.store.transaction(async (store) => {
    const partner = await store.sharing.addPartner({
      ...input,
      publicKey,
      keyId: deps.crypto.sha256Hex(publicKey).slice(0, 16),
      createdAt: deps.clock.now().toISOString(),
      createdBy: by,
    });
    await store.audit.append({
      at: partner.createdAt,
      actor: by,
      action: 'partner.register',
      recordType: 'partner',
      recordId: partner.name,
      detail: { kinds: p.kinds, countries: p.countries, detail: p.detail, location: p.location },
    });
    return partner;
  });
}

/** The next bundle for a partner: signed, chained to the last one sent, recorded and audited. */
export async function buildBundle(
  deps: Deps,
  input: { partner: string },
  by: string,
): Promise<Bundle> {
  const self = identity(deps);
  const partner = await activePartner(deps, input.partner);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const p = partner.policy;
  const items: BundleItem[] = (await ownItems(deps, partner))
    .filter((i) => mayShare(i, p, today))
    .map((i) => ({ ...i, origin: self.name }));
  if (p.onward)
    for (const r of await deps.store.sharing.received({}))
      if (r.origin !== partner.name && r.via !== partner.name && mayShare(r, p, today))
        items.push({
          kind: r.kind,
          originId: r.originId,
          iso3: r.iso3,
          day: r.day,
          body: r.body,
          origin: r.origin,
        });
  const last = await deps.store.sharing.lastBundle('sent', partner.name);
  const bundle = signBundle(
    {
      schema: BUNDLE_SCHEMA,
      signer: { instance: self.name, keyId: self.keyId },
      recipient: partner.name,
      sequence: (last?.sequence ?? 0) + 1,
      previous: last?.hash ?? null,
      createdAt: deps.clock.now().toISOString(),
      items,
      withdrawals: (await deps.store.sharing.withdrawals()).map((w) => ({
        origin: w.origin,
        kind: w.kind,
        originId: w.originId,
        reason: w.reason,
      })),
    },
    self.sign,
  );
  await deps.store.transaction(async (store) => {
    await store.sharing.addBundle({
      direction: 'sent',
      partner: partner.name,
      sequence: bundle.sequence,
      hash: bundleHash(bundle, deps.crypto.sha256Hex),
      items: items.length,
      at: bundle.createdAt,
      body: JSON.stringify(bundle),
    });
    await store.audit.append({
      at: bundle.createdAt,
      actor: by,
      action: 'share.export',
      recordType: 'partner',
      recordId: partner.name,
      detail: {
        sequence: bundle.sequence,
        items: items.length,
        withdrawals: bundle.withdrawals.length,
      },
    });
  });
  return bundle;
}

/**
 * Receives a bundle: verified against the registered partners and the chain; refused with the
 * reason (audited) when it fails; otherwise its items are stored with their origin and its
 * withdrawals applied, all at once.
 */
export async function receiveBundle(
  deps: Deps,
  input: { bundle: unknown },
  by: string,
): Promise<{ from: string; sequence: number; items: number; withdrawals: number }> {
  const self = identity(deps);
  const partners = await deps.store.sharing.partners({});
  const signer =
    (input.bundle as { signer?: { instance?: string } } | null)?.signer?.instance ?? '';
  const verdict = verifyBundle(input.bundle, {
    self: self.name,
    signers: new Map(partners.map((p) => [p.name, { keyId: p.keyId, publicKey: p.publicKey }])),
    verify: self.verify,
    sha256Hex: deps.crypto.sha256Hex,
    last: (await deps.store.sharing.lastBundle('received', signer)) ?? null,
  });
  const at = deps.clock.now().toISOString();
  if (!verdict.ok) {
    await deps.store.audit.append({
      at,
      actor: by,
      action: 'share.refused',
      recordType: 'partner',
      recordId: signer || 'unknown',
      detail: { reason: verdict.reason, message: verdict.message },
    });
    throw new LensError('invalid', `Bundle refused: ${verdict.message}`, {
      bundle: verdict.reason,
    });
  }
  const b = input.bundle as Bundle;
  const bad = malformedItem(b);
  if (bad) {
    await deps.store.audit.append({
      at,
      actor: by,
      action: 'share.refused',
      recordType: 'partner',
      recordId: b.signer.instance,
      detail: { reason: 'schema', message: bad },
    });
    throw new LensError('invalid', `Bundle refused: ${bad}`, { bundle: 'schema' });
  }
  for (const i of b.items) assertShareable(i);
  await deps.store.transaction(async (store) => {
    for (const i of b.items)
      if (i.origin !== self.name)
        await store.sharing.putReceived({
          kind: i.kind,
          originId: i.originId,
          iso3: i.iso3,
          day: i.day,
          body: i.body,
          origin: i.origin,
          via: b.signer.instance,
          receivedAt: at,
        });
    for (const w of b.withdrawals)
      if (w.origin !== self.name) await store.sharing.withdraw({ ...w, at });
    await store.sharing.addBundle({
      direction: 'received',
      partner: b.signer.instance,
      sequence: b.sequence,
      hash: verdict.hash,
      items: b.items.length,
      at,
    });
    await store.audit.append({
      at,
      actor: by,
      action: 'share.import',
      recordType: 'partner',
      recordId: b.signer.instance,
      detail: { sequence: b.sequence, items: b.items.length, withdrawals: b.withdrawals.length },
    });
  });
  // Partners' events enter the escalation engine: the countries they touch are re-read (ADR 17).
  const countries = new Set(
    b.items.filter((i) => i.kind === 'event' && i.origin !== self.name).map((i) => i.iso3),
  );
  if (b.withdrawals.some((w) => w.kind === 'event'))
    for (const r of await deps.store.sharing.received({ kind: 'event', includeWithdrawn: true }))
      if (b.withdrawals.some((w) => w.originId === r.originId && w.origin === r.origin))
        countries.add(r.iso3);
  if (countries.size > 0)
    await afterCommit(deps, {
      type: 'events',
      countries: [...countries].sort(),
      what: `bundle ${b.sequence} from ${b.signer.instance} received`,
    });
  return {
    from: b.signer.instance,
    sequence: b.sequence,
    items: b.items.length,
    withdrawals: b.withdrawals.length,
  };
}

/** What is wrong with a verified bundle's items (a partner running other code), if anything. */
function malformedItem(b: Bundle): string | null {
  const name = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 128;
  for (const [n, i] of b.items.entries()) {
    const where = `item ${n + 1} of bundle ${b.sequence} from ${b.signer.instance}`;
    if (!SHARE_KINDS.includes(i.kind)) return `${where} has an unknown kind`;
    if (!name(i.originId) || !name(i.origin))
      return `${where} has no origin or id of 1-128 characters`;
    if (typeof i.iso3 !== 'string' || !/^[A-Z]{3}$/.test(i.iso3))
      return `${where} has no ISO3 code`;
    if (typeof i.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(i.day))
      return `${where} has no day`;
    if (typeof i.body !== 'object' || i.body === null || Array.isArray(i.body))
      return `${where} has no body`;
  }
  for (const [n, w] of b.withdrawals.entries())
    if (!SHARE_KINDS.includes(w.kind) || !name(w.origin) || !name(w.originId))
      return `withdrawal ${n + 1} of bundle ${b.sequence} from ${b.signer.instance} is malformed`;
  return null;
}

/** Withdraws one of this instance's shared items: the withdrawal goes out with the next bundles. */
export async function withdrawShared(
  deps: Deps,
  input: { kind: ShareKind; originId: string; reason: string },
  by: string,
): Promise<void> {
  const self = identity(deps);
  if (input.reason.trim().length < 3)
    throw new LensError('invalid', 'reason must say why', { reason: 'required' });
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    await store.sharing.withdraw({ origin: self.name, ...input, at });
    await store.audit.append({
      at,
      actor: by,
      action: 'share.withdraw',
      recordType: input.kind,
      recordId: input.originId,
      detail: { reason: input.reason },
    });
  });
}

/** Items partners sent, with their origin (withdrawn ones left out unless asked). */
export function receivedItems(
  deps: UseCaseDeps,
  q: { kind?: ShareKind; iso3?: string; includeWithdrawn?: boolean },
): Promise<ReceivedItem[]> {
  return deps.store.sharing.received(q);
}

/** This instance's name and public key: what a partner registers. */
export function instanceInfo(deps: UseCaseDeps): {
  name: string;
  keyId: string;
  publicKey: string;
} {
  const i = identity(deps);
  return { name: i.name, keyId: i.keyId, publicKey: i.publicKey };
}

/** Registered partners and what is shared with each. */
export async function listPartners(deps: UseCaseDeps): Promise<{ partners: Partner[] }> {
  return { partners: await deps.store.sharing.partners({}) };
}

/** Changes what goes to a partner, its address or its trust (admins; audited with the change). */
export async function updatePartner(
  deps: UseCaseDeps,
  input: { partner: string; url?: string; trust?: Partner['trust']; policy?: Partner['policy'] },
  by: string,
): Promise<Partner> {
  const partner = await activePartner(deps, input.partner);
  const { partner: _name, ...change } = input;
  checkTerms(change);
  await recordPartnerChange(
    deps,
    {
      partner: partner.name,
      action: 'partner.update',
      by,
      detail: {
        ...(change.url !== undefined ? { url: change.url } : {}),
        ...(change.trust !== undefined ? { trust: change.trust } : {}),
        ...(change.policy !== undefined ? { policy: change.policy } : {}),
      },
    },
    (store) => store.sharing.updatePartner(partner.name, change),
  );
  if (change.trust !== undefined && change.trust !== partner.trust)
    await rereadPartnerEvents(deps, partner.name, `${partner.name}'s trust is now ${change.trust}`);
  return (await deps.store.sharing.partner(partner.name))!;
}

/**
 * Retires a partner (a key lost or a partnership ended): nothing more is sent to it or accepted
 * from it, its pull token stops working, and what it sent stays, marked with its origin (audited).
 */
export async function retirePartner(
  deps: UseCaseDeps,
  input: { partner: string; reason: string },
  by: string,
): Promise<void> {
  const partner = await activePartner(deps, input.partner);
  if (input.reason.trim().length < 3)
    throw new LensError('invalid', 'reason must say why', { reason: 'required' });
  const at = deps.clock.now().toISOString();
  await recordPartnerChange(
    deps,
    { partner: partner.name, action: 'partner.retire', by, at, detail: { reason: input.reason } },
    (store) => store.sharing.retirePartner(partner.name, at),
  );
  await rereadPartnerEvents(deps, partner.name, `${partner.name} retired`);
}

/** A partner's events count by its trust (and not once it is retired): their countries re-read. */
async function rereadPartnerEvents(deps: UseCaseDeps, partner: string, what: string) {
  const countries = new Set(
    (await deps.store.sharing.received({ kind: 'event' }))
      .filter((i) => i.via === partner)
      .map((i) => i.iso3),
  );
  if (countries.size > 0)
    await afterCommit(deps, { type: 'events', countries: [...countries].sort(), what });
}
