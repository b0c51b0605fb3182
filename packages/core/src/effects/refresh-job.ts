/**
 * After-commit effects (ADR 17): when data commits, the analyses that depend on it are brought up to
 * date after the commit, never inside it. Each is a job in a queue with a visible state.
 */
export const REFRESH_EFFECTS = ['escalation', 'forecasts'] as const;
export type RefreshEffect = (typeof REFRESH_EFFECTS)[number];

export const REFRESH_STATUSES = ['pending', 'running', 'done', 'failed'] as const;
export type RefreshStatus = (typeof REFRESH_STATUSES)[number];

export interface RefreshJob {
  readonly id: number;
  readonly effect: RefreshEffect;
  /** A country (ISO3) or `*` for every country. */
  readonly scope: string;
  readonly reason: string;
  readonly status: RefreshStatus;
  readonly attempts: number;
  readonly error: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** How often a failing job is tried before it stays failed (until `lens refresh`). */
export const MAX_ATTEMPTS = 3;

/**
 * What an import committed: the triggers of queued effects. (A report is evaluated at once by the
 * live path, ADR 13; judgements, overrides, models and feature tables only drop the cached
 * assessment inputs.)
 */
export type Commit =
  | { readonly type: 'events'; readonly countries: readonly string[]; readonly what: string }
  | { readonly type: 'values'; readonly kind: string; readonly what: string };

/**
 * The effects a commit calls for. Events move a country's escalation stage; country-year values
 * move the default model's features (so its forecasts) and the structural context of every
 * country's alerts. Assessments are computed from stored data on each request (as of their year),
 * so they follow without a job once the caches that hold their inputs are dropped.
 */
export function effectsOf(
  commit: Commit,
): Array<{ effect: RefreshEffect; scope: string; reason: string }> {
  switch (commit.type) {
    case 'events':
      return [...new Set(commit.countries)].map((iso3) => ({
        effect: 'escalation' as const,
        scope: iso3,
        reason: commit.what,
      }));
    case 'values':
      return [{ effect: 'forecasts', scope: '*', reason: commit.what }];
  }
}
