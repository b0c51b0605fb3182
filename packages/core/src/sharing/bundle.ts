/**
 * Signed, versioned bundles between Lens instances (issue 22): the items one instance shares with
 * one partner, numbered in sequence and chained by hash to the bundle before, signed by the
 * sender's Ed25519 key. The receiver refuses a bundle whose schema it does not know, whose signer
 * it has not registered, whose signature does not verify, that it has already received (replay)
 * or that does not follow the last one it received (a gap or a fork). Pure: the signing and the
 * hashing are given.
 */
import { canonicalJson } from '../domain/audit';
import type { SharedItem, ShareKind } from './redaction';

// The bytes signed and hashed: JSON with keys in sorted order at every depth (as the audit log's).
export { canonicalJson };

export const BUNDLE_SCHEMA = 'lens-share/1';

/** A shared item as it travels: with the instance that made it (passed on, it keeps its origin). */
export type BundleItem = SharedItem & { readonly origin: string };

/** A shared item withdrawn by its origin: the receiver marks it withdrawn and passes it on. */
export interface Withdrawal {
  readonly origin: string;
  readonly kind: ShareKind;
  readonly originId: string;
  readonly reason: string;
}

export interface UnsignedBundle {
  readonly schema: string;
  /** The sending instance's name and its key's id (the sha256 of its public key, shortened). */
  readonly signer: { readonly instance: string; readonly keyId: string };
  readonly recipient: string;
  /** 1 for the first bundle to this recipient, then one more each time. */
  readonly sequence: number;
  /** The hash of the bundle before to this recipient; null for the first. */
  readonly previous: string | null;
  readonly createdAt: string;
  readonly items: readonly BundleItem[];
  readonly withdrawals: readonly Withdrawal[];
}

export interface Bundle extends UnsignedBundle {
  /** Ed25519 signature (base64) over the canonical JSON of the unsigned bundle. */
  readonly signature: string;
}

const unsigned = (b: Bundle): UnsignedBundle => {
  const { signature: _s, ...rest } = b;
  return rest;
};

export function signBundle(b: UnsignedBundle, sign: (data: string) => string): Bundle {
  return { ...b, signature: sign(canonicalJson(b)) };
}

/** The hash the next bundle to the same recipient chains to. */
export const bundleHash = (b: Bundle, sha256Hex: (s: string) => string): string =>
  sha256Hex(canonicalJson(b));

export type Refusal =
  'schema' | 'not_for_us' | 'unknown_signer' | 'bad_signature' | 'replayed' | 'broken_chain';

export type Verdict =
  | { readonly ok: true; readonly hash: string }
  | { readonly ok: false; readonly reason: Refusal; readonly message: string };

export function verifyBundle(
  raw: unknown,
  ctx: {
    /** This instance's name: a bundle for another recipient is refused. */
    readonly self: string;
    /** Registered partners' public keys by instance name and key id. */
    readonly signers: ReadonlyMap<string, { readonly keyId: string; readonly publicKey: string }>;
    readonly verify: (publicKey: string, data: string, signature: string) => boolean;
    readonly sha256Hex: (s: string) => string;
    /** The last bundle accepted from this signer, if any. */
    readonly last: { readonly sequence: number; readonly hash: string } | null;
  },
): Verdict {
  const b = raw as Partial<Bundle> | null;
  const refuse = (reason: Refusal, message: string): Verdict => ({ ok: false, reason, message });
  if (
    !b ||
    b.schema !== BUNDLE_SCHEMA ||
    typeof b.signature !== 'string' ||
    typeof b.sequence !== 'number' ||
    !b.signer ||
    !Array.isArray(b.items) ||
    !Array.isArray(b.withdrawals)
  )
    return refuse('schema', `Not a ${BUNDLE_SCHEMA} bundle`);
  const bundle = b as Bundle;
  if (bundle.recipient !== ctx.self)
    return refuse('not_for_us', `The bundle is for "${bundle.recipient}", not "${ctx.self}"`);
  const signer = ctx.signers.get(bundle.signer.instance);
  if (!signer || signer.keyId !== bundle.signer.keyId)
    return refuse(
      'unknown_signer',
      `No registered partner "${bundle.signer.instance}" with key ${bundle.signer.keyId}`,
    );
  if (!ctx.verify(signer.publicKey, canonicalJson(unsigned(bundle)), bundle.signature))
    return refuse(
      'bad_signature',
      `The signature of ${bundle.signer.instance}'s bundle does not verify: it was altered`,
    );
  const expected = (ctx.last?.sequence ?? 0) + 1;
  if (bundle.sequence < expected)
    return refuse(
      'replayed',
      `Bundle ${bundle.sequence} from ${bundle.signer.instance} was already received`,
    );
  if (bundle.sequence !== expected || bundle.previous !== (ctx.last?.hash ?? null))
    return refuse(
      'broken_chain',
      `Bundle ${bundle.sequence} from ${bundle.signer.instance} does not follow bundle ${expected - 1} received`,
    );
  return { ok: true, hash: bundleHash(bundle, ctx.sha256Hex) };
}
