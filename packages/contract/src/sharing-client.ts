import { z } from 'zod';
import {
  BundleReceipt,
  BundleSchema,
  InstanceSchema,
  PartnerAssessmentsSchema,
  PartnerSchema,
  PartnersResponse,
  PullReceipt,
  PullTokenSchema,
  ReceivedResponse,
  type PartnerPatch,
  type PartnerRequest,
} from './sharing-schemas';
import {
  PublicCountrySchema,
  PublicPageSettingsSchema,
  PublicWatchListSchema,
  type PublicPageRequest,
} from './public-schemas';

type Call = <S extends z.ZodType>(
  schema: S,
  method: string,
  url: string,
  body?: unknown,
) => Promise<z.infer<S>>;

/** The API client's calls for sharing with partners and the public page (issue 22). */
export function sharingCalls(call: Call) {
  return {
    shareInstance: () => call(InstanceSchema, 'GET', '/api/share/instance'),
    partners: () => call(PartnersResponse, 'GET', '/api/share/partners'),
    registerPartner: (input: z.input<typeof PartnerRequest>) =>
      call(PartnerSchema, 'POST', '/api/share/partners', input),
    updatePartner: (partner: string, input: z.input<typeof PartnerPatch>) =>
      call(PartnerSchema, 'PATCH', `/api/share/partners/${encodeURIComponent(partner)}`, input),
    retirePartner: (partner: string, reason: string) =>
      call(z.unknown(), 'POST', `/api/share/partners/${encodeURIComponent(partner)}/retire`, {
        reason,
      }),
    buildBundle: (partner: string) =>
      call(BundleSchema, 'POST', `/api/share/partners/${encodeURIComponent(partner)}/bundle`, {}),
    receiveBundle: (bundle: unknown) => call(BundleReceipt, 'POST', '/api/share/bundles', bundle),
    issuePullToken: (partner: string) =>
      call(
        PullTokenSchema,
        'POST',
        `/api/share/partners/${encodeURIComponent(partner)}/pull-token`,
        {},
      ),
    setPullCredential: (partner: string, token: string) =>
      call(
        z.unknown(),
        'PUT',
        `/api/share/partners/${encodeURIComponent(partner)}/pull-credential`,
        { token },
      ),
    pullFromPartner: (partner: string) =>
      call(PullReceipt, 'POST', `/api/share/partners/${encodeURIComponent(partner)}/pull`, {}),
    partnerAssessments: (iso3: string) =>
      call(PartnerAssessmentsSchema, 'GET', `/api/share/assessments/${iso3}`),
    receivedItems: (kind?: string, iso3?: string) =>
      call(
        ReceivedResponse,
        'GET',
        `/api/share/received?${new URLSearchParams({ ...(kind ? { kind } : {}), ...(iso3 ? { iso3 } : {}) }).toString()}`,
      ),
    publicWatchList: (lang = 'en') =>
      call(PublicWatchListSchema, 'GET', `/api/public/watchlist?lang=${lang}`),
    publicCountry: (iso3: string, lang = 'en') =>
      call(PublicCountrySchema, 'GET', `/api/public/country/${iso3}?lang=${lang}`),
    publicPageSettings: () => call(PublicPageSettingsSchema, 'GET', '/api/share/public-page'),
    setPublicPage: (input: z.input<typeof PublicPageRequest>) =>
      call(PublicPageSettingsSchema, 'PUT', '/api/share/public-page', input),
  };
}
