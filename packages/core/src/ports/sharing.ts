import type { SharedItem, SharePolicy, ShareKind } from '../sharing/redaction';

/** How far a partner's items count in this instance's analyses (issue 22). */
export const TRUST_LEVELS = ['low', 'medium', 'high'] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

export interface Partner {
  readonly id: number;
  readonly name: string;
  readonly url: string;
  readonly publicKey: string;
  readonly keyId: string;
  /** What is shared with it, at what detail and delay; `onward`: pass on what others sent us. */
  readonly policy: SharePolicy & { readonly onward: boolean };
  readonly trust: TrustLevel;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly retiredAt: string | null;
  /** It may pull bundles from this instance over HTTPS with a token it was given. */
  readonly hasPullToken: boolean;
  /** This instance holds a token to pull bundles from it. */
  readonly hasPullCredential: boolean;
}

export interface ReceivedItem extends SharedItem {
  /** The instance that made the item. */
  readonly origin: string;
  /** The partner it came through (the origin itself, or one that passed it on). */
  readonly via: string;
  readonly receivedAt: string;
  readonly withdrawnAt: string | null;
}

export interface SharingRepository {
  partners(q: { includeRetired?: boolean }): Promise<Partner[]>;
  partner(name: string): Promise<Partner | undefined>;
  addPartner(
    p: Omit<Partner, 'id' | 'retiredAt' | 'hasPullToken' | 'hasPullCredential'>,
  ): Promise<Partner>;
  /** Changes a partner's address, trust or policy. */
  updatePartner(
    name: string,
    p: { url?: string; trust?: TrustLevel; policy?: Partner['policy'] },
  ): Promise<void>;
  /** Retires a partner: nothing more goes to it or is accepted from it; its pull token is void. */
  retirePartner(name: string, at: string): Promise<void>;
  /** The sha256 of the token a partner pulls with (null: none). */
  setPullToken(partner: string, hash: string | null): Promise<void>;
  partnerByPullToken(hash: string): Promise<Partner | undefined>;
  /** The sealed token this instance pulls from a partner with ({keyId, sealed} JSON). */
  setPullCredential(partner: string, sealed: string | null): Promise<void>;
  pullCredential(partner: string): Promise<string | null>;
  /** A bundle sent to a partner, whole (null when it was not kept). */
  sentBundle(partner: string, sequence: number): Promise<string | null>;
  /** The last bundle sent to or received from a partner: the chain's end. */
  lastBundle(
    direction: 'sent' | 'received',
    partner: string,
  ): Promise<{ sequence: number; hash: string } | undefined>;
  addBundle(b: {
    direction: 'sent' | 'received';
    partner: string;
    sequence: number;
    hash: string;
    items: number;
    at: string;
    body?: string | null;
  }): Promise<void>;
  /** Stores or replaces a received item (a newer version of the same origin's item). */
  putReceived(i: Omit<ReceivedItem, 'withdrawnAt'>): Promise<void>;
  received(q: {
    kind?: ShareKind;
    iso3?: string;
    includeWithdrawn?: boolean;
  }): Promise<ReceivedItem[]>;
  /** Marks an item withdrawn (received, or this instance's own) and keeps it for passing on. */
  withdraw(w: {
    origin: string;
    kind: ShareKind;
    originId: string;
    reason: string;
    at: string;
  }): Promise<void>;
  withdrawals(): Promise<
    Array<{ origin: string; kind: ShareKind; originId: string; reason: string; at: string }>
  >;
}

/** This instance's name and signing key (the key lives in a file, outside the database). */
export interface InstanceIdentity {
  readonly name: string;
  readonly keyId: string;
  readonly publicKey: string;
  readonly sign: (data: string) => string;
  readonly verify: (publicKey: string, data: string, signature: string) => boolean;
}

/** Fetches the next bundle from a partner instance (HTTPS; http only to this machine). */
export interface ShareTransport {
  pull(input: {
    url: string;
    token: string;
    after: number;
  }): Promise<{ bundle: unknown; latest: number }>;
}
