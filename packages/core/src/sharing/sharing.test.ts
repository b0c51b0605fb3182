import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_SCHEMA,
  bundleHash,
  canonicalJson,
  signBundle,
  verifyBundle,
  type Bundle,
  type UnsignedBundle,
} from './bundle';
import {
  assertShareable,
  mayShare,
  shareAlert,
  shareAssessment,
  shareBrief,
  shareEvent,
  type SharedEventInput,
  type SharePolicy,
} from './redaction';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const keys = () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return {
    publicKey: pub,
    keyId: sha(pub).slice(0, 16),
    sign: (data: string) => sign(null, Buffer.from(data), privateKey).toString('base64'),
  };
};
const verifyEd = (pub: string, data: string, sig: string) =>
  verify(null, Buffer.from(data), pub, Buffer.from(sig, 'base64'));

const policy = (o: Partial<SharePolicy> = {}): SharePolicy => ({
  kinds: ['assessment', 'alert', 'event'],
  countries: ['MMR'],
  detail: 'summary',
  location: 'admin1',
  delayDays: 0,
  ...o,
});

const event = (o: Partial<SharedEventInput> = {}): SharedEventInput => ({
  ref: 'report:12',
  iso3: 'MMR',
  date: '2021-03-14',
  admin1: 'Yangon',
  latitude: 16.8661,
  longitude: 96.1951,
  violenceType: 'one-sided',
  deathsBest: 12,
  civilianTargeting: true,
  actorA: 'Military Forces of Myanmar',
  actorB: 'Civilians',
  headline: 'Soldiers fired on protesters',
  origin: 'report',
  verified: true,
  ...o,
});

describe('what may leave an instance', () => {
  it("coarsens an event's place to the agreed level and never shares a report's words or an unverified report", () => {
    const byProvince = shareEvent(event(), policy())!;
    expect(byProvince.body).toMatchObject({ place: 'Yangon', latitude: null, longitude: null });
    const rounded = shareEvent(event(), policy({ location: 'rounded', detail: 'full' }))!;
    expect(rounded.body).toMatchObject({ latitude: 16.9, longitude: 96.2, headline: null });
    const country = shareEvent(event(), policy({ location: 'country' }))!;
    expect(country.body.place).toBeNull();
    expect(shareEvent(event({ verified: false }), policy())).toBeNull();
    // No exact coordinate anywhere in what is shared.
    for (const item of [byProvince, rounded, country])
      expect(JSON.stringify(item)).not.toMatch(/16\.8661|96\.1951/);
  });

  it("shares an alert's step, not who owns it, and an assessment's drivers only at full detail", () => {
    const alert = shareAlert(
      {
        id: 7,
        iso3: 'MMR',
        ruleName: 'Killing of civilians',
        stage: 'violence',
        severity: 'high',
        basis: 'evidence',
        admin1Name: 'Rakhine',
        firstEventDate: '2017-08-25',
        lastEventDate: '2017-08-30',
        raisedAt: '2017-08-26T00:00:00Z',
        status: 'advice',
        decision: 'Brief the Council',
      },
      policy(),
    );
    expect(alert.body).toMatchObject({ step: 'advice', place: 'Rakhine' });
    expect(alert.body).not.toHaveProperty('decision');
    const a = {
      id: 'MMR/2021',
      iso3: 'MMR',
      year: 2021,
      tier: 'extreme',
      score: 71,
      risk2y: 0.12,
      drivers: [{ factorId: 'RF1', name: 'Armed conflict', score: 90 }],
      override: null,
    };
    expect(shareAssessment(a, policy()).body).not.toHaveProperty('drivers');
    expect(shareAssessment(a, policy({ detail: 'full' })).body.drivers).toHaveLength(1);
  });

  it('refuses any item that carries a field identifying a person', () => {
    expect(() =>
      assertShareable({
        kind: 'event',
        originId: 'x',
        iso3: 'MMR',
        day: '2021-01-01',
        body: { nested: { reporterName: 'Daw Hidden Witness' } },
      }),
    ).toThrow(/may not carry reporterName/);
  });

  it('lets an item go only for the kinds, countries and delay agreed', () => {
    const item = shareEvent(event({ origin: 'dataset' }), policy())!;
    expect(mayShare(item, policy(), '2021-03-14')).toBe(true);
    expect(mayShare(item, policy({ delayDays: 30 }), '2021-04-01')).toBe(false);
    expect(mayShare(item, policy({ delayDays: 30 }), '2021-04-14')).toBe(true);
    expect(mayShare(item, policy({ countries: ['CAF'] }), '2021-04-14')).toBe(false);
    expect(mayShare(item, policy({ kinds: ['alert'] }), '2021-04-14')).toBe(false);
  });
});

describe('signed, chained bundles', () => {
  const national = keys();
  const stranger = keys();
  const signers = new Map([['national', { keyId: national.keyId, publicKey: national.publicKey }]]);
  const draft = (sequence: number, previous: string | null): UnsignedBundle => ({
    schema: BUNDLE_SCHEMA,
    signer: { instance: 'national', keyId: national.keyId },
    recipient: 'regional',
    sequence,
    previous,
    createdAt: '2026-12-07T00:00:00Z',
    items: [{ ...shareEvent(event({ origin: 'dataset' }), policy())!, origin: 'national' }],
    withdrawals: [],
  });
  const check = (b: unknown, last: { sequence: number; hash: string } | null) =>
    verifyBundle(b, { self: 'regional', signers, verify: verifyEd, sha256Hex: sha, last });

  it('accepts a signed bundle and the next one in the chain', () => {
    const first = signBundle(draft(1, null), national.sign);
    const v1 = check(first, null);
    expect(v1).toEqual({ ok: true, hash: bundleHash(first, sha) });
    const second = signBundle(draft(2, bundleHash(first, sha)), national.sign);
    expect(check(second, { sequence: 1, hash: bundleHash(first, sha) }).ok).toBe(true);
  });

  it('refuses a tampered bundle, a replayed one, an unknown signer and a broken chain, saying why', () => {
    const first = signBundle(draft(1, null), national.sign);
    const last = { sequence: 1, hash: bundleHash(first, sha) };
    const tampered: Bundle = {
      ...first,
      items: [{ ...first.items[0]!, body: { ...first.items[0]!.body, deaths: 1 } }],
    };
    expect(check(tampered, null)).toMatchObject({ ok: false, reason: 'bad_signature' });
    expect(check(first, last)).toMatchObject({ ok: false, reason: 'replayed' });
    const forged = signBundle(
      { ...draft(1, null), signer: { instance: 'national', keyId: stranger.keyId } },
      stranger.sign,
    );
    expect(check(forged, null)).toMatchObject({ ok: false, reason: 'unknown_signer' });
    const skipped = signBundle(draft(3, last.hash), national.sign);
    expect(check(skipped, last)).toMatchObject({ ok: false, reason: 'broken_chain' });
    expect(check({ schema: 'other' }, null)).toMatchObject({ ok: false, reason: 'schema' });
    const elsewhere = signBundle({ ...draft(1, null), recipient: 'un' }, national.sign);
    expect(check(elsewhere, null)).toMatchObject({ ok: false, reason: 'not_for_us' });
  });

  it('signs canonical JSON: the same bundle in another key order verifies', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    const first = signBundle(draft(1, null), national.sign);
    const { signature, ...rest } = first;
    const reordered = JSON.parse(JSON.stringify({ signature, ...rest })) as Bundle;
    expect(check(reordered, null).ok).toBe(true);
  });
});

describe("a brief's key judgements", () => {
  const brief = {
    iso3: 'MMR',
    asOf: '2024-03-01',
    lang: 'fr',
    year: 2023,
    tier: 'extreme',
    stage: 'violence',
    risk2y: 0.31,
    score: 78,
    drivers: [{ name: 'Record of serious violations', score: 91 }],
    redFlags: [
      { date: '2024-02-10', place: 'Rakhine', stage: 'violence', severity: 'critical', events: 7 },
    ],
    measures: ['Deploy human rights monitors'],
    pitfalls: ['Blind neutrality'],
    sources: ['UCDP GED 24.1', 'V-Dem v14'],
  };
  const p = (o: Partial<SharePolicy>): SharePolicy => ({
    kinds: ['brief'],
    countries: ['MMR'],
    detail: 'summary',
    location: 'admin1',
    delayDays: 0,
    ...o,
  });
  it('carries the finding at summary detail, and red flags, measures and pitfalls at full', () => {
    const summary = shareBrief(brief, p({}));
    expect(summary).toMatchObject({ kind: 'brief', originId: 'MMR/brief', day: '2024-03-01' });
    expect(Object.keys(summary.body).sort()).toEqual(
      ['asOf', 'drivers', 'lang', 'risk2y', 'score', 'sources', 'stage', 'tier', 'year'].sort(),
    );
    const full = shareBrief(brief, p({ detail: 'full', location: 'country' }));
    expect(full.body).toMatchObject({
      measures: ['Deploy human rights monitors'],
      pitfalls: ['Blind neutrality'],
      redFlags: [{ place: null, severity: 'critical', events: 7 }],
    });
  });
});
