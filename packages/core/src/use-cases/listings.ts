import type { Attachment } from '../ports/reports';
import type { Judgement } from '../assessment/assess';
import type { Country } from '../domain/country';
import type { Dataset } from '../domain/dataset';
import type { Model } from '../domain/model';
import type { UseCaseDeps } from './context';
import { getCountry, listCountries, requireIso3 } from './countries';

/**
 * The plain reads the API and the command line serve as they are stored: one function each, so
 * that no route or command reaches into the store (ADR 17).
 */
export const listDatasets = (deps: UseCaseDeps): Promise<Dataset[]> => deps.store.datasets.list();
export const listModels = (deps: UseCaseDeps): Promise<Model[]> => deps.store.models.list();
/** Every user; `lockedUntil` only while a sign-in lock-out lasts. */
export const listUsers = async (deps: UseCaseDeps) => {
  const now = deps.clock.now().toISOString();
  return (await deps.store.users.list()).map((u) => ({
    ...u,
    lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil : null,
  }));
};
export const listApiTokens = (deps: UseCaseDeps) => deps.store.apiTokens.list();
export const listJudgements = (deps: UseCaseDeps, iso3: string): Promise<Judgement[]> =>
  deps.store.assessments.judgements(requireIso3(iso3));
export const listAttachments = (deps: UseCaseDeps, reportId: number): Promise<Attachment[]> =>
  deps.store.attachments.forReport(reportId);
export const countriesIn = (deps: UseCaseDeps, year?: number): Promise<Country[]> =>
  listCountries(deps.store, year);
export const countryPeriods = (deps: UseCaseDeps, code: string): Promise<Country[]> =>
  getCountry(deps.store, code);

/** What /api/health reports: the database engine and its schema version. */
export async function health(deps: UseCaseDeps) {
  return { database: deps.store.kind, migration: await deps.store.migrationVersion() };
}

/** Whether the first administrator still has to be created. */
export async function needsFirstAdmin(deps: UseCaseDeps): Promise<boolean> {
  return (await deps.store.users.count()) === 0;
}

/** The signed-in user and the expiry of the session its token opened (if any). */
export async function currentSession(
  deps: UseCaseDeps,
  input: { userId: number; sessionToken?: string | undefined },
) {
  const user = await deps.store.users.findById(input.userId);
  const session = input.sessionToken
    ? await deps.store.sessions.find(deps.crypto.sha256Hex(input.sessionToken))
    : undefined;
  return { user, expiresAt: session?.expiresAt ?? '' };
}
