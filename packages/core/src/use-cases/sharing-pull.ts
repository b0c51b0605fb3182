import { LensError } from '../domain/errors';
import type { Bundle } from '../sharing/bundle';
import type { UseCaseDeps } from './context';
import type { ReporterVault } from '../ports/reports';
import { activePartner, buildBundle, receiveBundle, recordPartnerChange } from './sharing';

/**
 * Bundles over HTTPS (issue 22, ADR 34): a partner pulls its next bundle with a token this
 * instance issued; this instance pulls from a partner with the token it was given (sealed).
 */

/** The vault partner tokens are sealed with: the reporter keys (as feeds' credentials are). */
function sealingVault(deps: UseCaseDeps): ReporterVault {
  if (!deps.vault)
    throw new LensError(
      'invalid',
      'No reporter key is configured (LENS_REPORTER_KEY or LENS_REPORTER_KEY_FILE): partner tokens are sealed with it',
    );
  return deps.vault;
}

/** Pull tokens: a prefix that says what they are, then 32 random bytes. */
const PULL_TOKEN_PREFIX = 'lensp_';

/**
 * Issues the token a partner pulls its bundles with over HTTPS (admins): shown once, stored as its
 * sha256; a new one replaces the old (audited).
 */
export async function issuePullToken(
  deps: UseCaseDeps,
  input: { partner: string },
  by: string,
): Promise<{ partner: string; token: string }> {
  const partner = await activePartner(deps, input.partner);
  const token = PULL_TOKEN_PREFIX + deps.crypto.randomToken(32);
  await recordPartnerChange(
    deps,
    {
      partner: partner.name,
      action: 'partner.pull-token',
      by,
      detail: { replaced: partner.hasPullToken },
    },
    (store) => store.sharing.setPullToken(partner.name, deps.crypto.sha256Hex(token)),
  );
  return { partner: partner.name, token };
}

/**
 * A partner pulls its next bundle with its token: the bundle after the one it says it has. When
 * it missed one (a response lost on the way), that bundle is sent again as it was, so the chain
 * holds; `latest` tells it whether more follow.
 */
export async function pullBundle(
  deps: UseCaseDeps,
  input: { token: string; after: number },
): Promise<{ bundle: Bundle; latest: number }> {
  const partner = input.token.startsWith(PULL_TOKEN_PREFIX)
    ? await deps.store.sharing.partnerByPullToken(deps.crypto.sha256Hex(input.token))
    : undefined;
  if (!partner) throw new LensError('unauthenticated', 'Unknown or withdrawn partner token');
  const last = (await deps.store.sharing.lastBundle('sent', partner.name))?.sequence ?? 0;
  if (!Number.isInteger(input.after) || input.after < 0 || input.after > last)
    throw new LensError(
      'invalid',
      `after must be a bundle this instance sent to ${partner.name} (0 to ${last})`,
      { after: 'unknown bundle' },
    );
  if (input.after < last) {
    const kept = await deps.store.sharing.sentBundle(partner.name, input.after + 1);
    if (!kept)
      throw new LensError(
        'conflict',
        `Bundle ${input.after + 1} to ${partner.name} was not kept: ask an administrator to hand over a bundle file`,
      );
    return { bundle: JSON.parse(kept) as Bundle, latest: last };
  }
  const bundle = await buildBundle(deps, { partner: partner.name }, `partner:${partner.name}`);
  return { bundle, latest: bundle.sequence };
}

/** Stores (sealed in the vault) the token this instance pulls from a partner with (admins). */
export async function setPullCredential(
  deps: UseCaseDeps,
  input: { partner: string; token: string },
  by: string,
): Promise<void> {
  const partner = await activePartner(deps, input.partner);
  if (!input.token.startsWith(PULL_TOKEN_PREFIX) || input.token.length < 30)
    throw new LensError('invalid', 'token must be a pull token the partner issued (lensp_...)', {
      token: 'not a pull token',
    });
  const sealed = JSON.stringify(sealingVault(deps).seal(input.token));
  await recordPartnerChange(
    deps,
    { partner: partner.name, action: 'partner.pull-credential', by, detail: {} },
    (store) => store.sharing.setPullCredential(partner.name, sealed),
  );
}

/**
 * Pulls what a partner has for this instance over HTTPS, bundle after bundle until it has no more
 * (at most 20 at a time), each verified and stored as `receiveBundle` does.
 */
export async function pullFromPartner(
  deps: UseCaseDeps,
  input: { partner: string },
  by: string,
): Promise<{ partner: string; bundles: number; items: number; withdrawals: number }> {
  const partner = await activePartner(deps, input.partner);
  const raw = await deps.store.sharing.pullCredential(partner.name);
  if (!raw)
    throw new LensError('invalid', `No pull token is stored for ${partner.name}: set one first`);
  if (!deps.shareTransport)
    throw new LensError('invalid', 'This instance cannot reach partners: move bundles as files');
  const { keyId, sealed } = JSON.parse(raw) as { keyId: string; sealed: string };
  const token = sealingVault(deps).open(keyId, sealed);
  const out = { partner: partner.name, bundles: 0, items: 0, withdrawals: 0 };
  for (let n = 0; n < 20; n++) {
    const after = (await deps.store.sharing.lastBundle('received', partner.name))?.sequence ?? 0;
    const got = await deps.shareTransport.pull({ url: partner.url, token, after });
    const r = await receiveBundle(deps, { bundle: got.bundle }, by);
    out.bundles++;
    out.items += r.items;
    out.withdrawals += r.withdrawals;
    if (r.sequence >= got.latest) break;
  }
  return out;
}

/**
 * The scheduled pull: every partner this instance holds a token for, one after another; a partner
 * that cannot be reached is reported (and audited) and the others still pulled.
 */
export async function pullAllPartners(
  deps: UseCaseDeps,
  by: string,
): Promise<Array<{ partner: string; items: number } | { partner: string; error: string }>> {
  const out: Array<{ partner: string; items: number } | { partner: string; error: string }> = [];
  for (const p of await deps.store.sharing.partners({}))
    if (p.hasPullCredential)
      try {
        out.push({
          partner: p.name,
          items: (await pullFromPartner(deps, { partner: p.name }, by)).items,
        });
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        out.push({ partner: p.name, error });
        await deps.store.audit
          .append({
            at: deps.clock.now().toISOString(),
            actor: by,
            action: 'share.pull-failed',
            recordType: 'partner',
            recordId: p.name,
            detail: { error: error.slice(0, 500) },
          })
          .catch(() => undefined);
      }
  return out;
}
