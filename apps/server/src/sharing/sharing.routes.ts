import {
  BundleReceipt,
  BundleSchema,
  InstanceSchema,
  CountryParams,
  PartnerAssessmentsSchema,
  PartnerParams,
  PartnerPatch,
  RetireRequest,
  PullCredentialRequest,
  PullQuery,
  PullReceipt,
  PullTokenSchema,
  PartnerRequest,
  PartnerSchema,
  PartnersResponse,
  ReceivedQuery,
  ReceivedResponse,
  WithdrawRequest,
} from '@lens/contract';
import { actorName, READER_ROLES, type Role } from '@lens/core';
import { z } from 'zod';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

const ADMINS: readonly Role[] = ['admin'];

/**
 * Sharing with partner instances (issue 22): the instance's public key, partners and their
 * policies, bundles built for a partner and bundles received (verified, or refused with the
 * reason), withdrawals, and what partners sent. Admins manage it; every reader sees what came in.
 */
export const sharingRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  const by = (req: Parameters<typeof principalOf>[0]) => actorName(principalOf(req));
  api.get(
    '/api/share/instance',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary: "This instance's name and public key: what a partner registers",
        response: { 200: InstanceSchema, ...errorResponses(400, 401, 403) },
      },
    },
    () => lens.instanceInfo(),
  );
  api.get(
    '/api/share/partners',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary: 'Registered partner instances and what is shared with each',
        response: { 200: PartnersResponse, ...errorResponses(401, 403) },
      },
    },
    () => lens.listPartners(),
  );
  api.post(
    '/api/share/partners',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary:
          'Register a partner instance: its address, public key, trust, and what is shared with it (kinds, countries, detail, place precision, delay, onward) (audited)',
        body: PartnerRequest,
        response: { 201: PartnerSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => reply.code(201).send(await lens.registerPartner(req.body, by(req))),
  );
  api.patch(
    '/api/share/partners/:name',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary:
          "Change a partner's address, trust or what is shared with it (audited; its events are re-weighed)",
        params: PartnerParams,
        body: PartnerPatch,
        response: { 200: PartnerSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) =>
      lens.updatePartner(
        {
          partner: req.params.name,
          ...(req.body.url !== undefined ? { url: req.body.url } : {}),
          ...(req.body.trust !== undefined ? { trust: req.body.trust } : {}),
          ...(req.body.policy !== undefined ? { policy: req.body.policy } : {}),
        },
        by(req),
      ),
  );
  api.post(
    '/api/share/partners/:name/retire',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary:
          'Retire a partner (a key lost, a partnership ended): nothing more goes to it or is accepted from it, its pull token stops working (audited)',
        params: PartnerParams,
        body: RetireRequest,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await lens.retirePartner({ partner: req.params.name, reason: req.body.reason }, by(req));
      return reply.code(204).send(null);
    },
  );
  api.post(
    '/api/share/partners/:name/bundle',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary:
          'Build the next signed bundle for a partner (what its policy allows, redacted), to send or hand over as a file (audited)',
        params: PartnerParams,
        response: { 200: BundleSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.buildBundle({ partner: req.params.name }, by(req)),
  );
  api.post(
    '/api/share/bundles',
    {
      config: { access: ADMINS },
      // A bundle can be large.
      bodyLimit: 50 * 1024 * 1024,
      schema: {
        tags: ['sharing'],
        summary:
          "Receive a partner's bundle: verified (signer, signature, sequence, chain) and stored with its origin, or refused with the reason (audited)",
        body: z.unknown(),
        response: { 200: BundleReceipt, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.receiveBundle({ bundle: req.body }, by(req)),
  );
  api.post(
    '/api/share/withdrawals',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary:
          "Withdraw one of this instance's shared items: the withdrawal goes out with the next bundles (audited)",
        body: WithdrawRequest,
        response: { 204: z.null(), ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      await lens.withdrawShared(req.body, by(req));
      return reply.code(204).send(null);
    },
  );
  api.get(
    '/api/share/assessments/:iso3',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['sharing'],
        summary:
          "Partners' newest assessments of a country beside this instance's own, each marked higher, lower or the same",
        params: CountryParams,
        response: { 200: PartnerAssessmentsSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.partnerAssessments({ iso3: req.params.iso3 }),
  );
  api.get(
    '/api/share/received',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['sharing'],
        summary:
          'What partners sent, with its origin and the partner it came through (withdrawn items left out)',
        querystring: ReceivedQuery,
        response: { 200: ReceivedResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => ({
      items: await lens.receivedItems({
        ...(req.query.kind ? { kind: req.query.kind } : {}),
        ...(req.query.iso3 ? { iso3: req.query.iso3.toUpperCase() } : {}),
      }),
    }),
  );
  api.post(
    '/api/share/partners/:name/pull-token',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary:
          'Issue the token a partner pulls its bundles with (shown once; replaces the previous one) (audited)',
        params: PartnerParams,
        response: { 201: PullTokenSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await lens.issuePullToken({ partner: req.params.name }, by(req))),
  );
  api.put(
    '/api/share/partners/:name/pull-credential',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary:
          'Store the token a partner issued to this instance, to pull from it (sealed in the vault, never shown again) (audited)',
        params: PartnerParams,
        body: PullCredentialRequest,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      await lens.setPullCredential({ partner: req.params.name, token: req.body.token }, by(req));
      return reply.code(204).send(null);
    },
  );
  api.post(
    '/api/share/partners/:name/pull',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['sharing'],
        summary:
          "Pull a partner's bundles for this instance over HTTPS now, each verified and stored (audited)",
        params: PartnerParams,
        response: { 200: PullReceipt, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.pullFromPartner({ partner: req.params.name }, by(req)),
  );
  api.get(
    '/api/share/pull',
    {
      // A partner instance, not a person: it proves itself with its pull token.
      config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['sharing'],
        summary:
          "A partner instance pulls its next bundle with its token (header x-lens-partner-token): the one after `after`; the header x-lens-latest says the newest there is (audited as the partner's)",
        querystring: PullQuery,
        response: { 200: BundleSchema, ...errorResponses(400, 401, 409) },
      },
    },
    async (req, reply) => {
      const token = req.headers['x-lens-partner-token'];
      const got = await lens.pullBundle({
        token: typeof token === 'string' ? token : '',
        after: req.query.after,
      });
      return reply
        .header('x-lens-latest', String(got.latest))
        .header('cache-control', 'no-store')
        .send(got.bundle);
    },
  );
};
