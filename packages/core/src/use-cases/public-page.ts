import { LensError } from '../domain/errors';
import type { Tier } from '../assessment/lens-spec';
import type { Stage } from '../escalation/indicators';
import { shareAlert } from '../sharing/redaction';
import { countryAssessment } from './assess-year';
import type { UseCaseDeps } from './context';
import { frameworkCatalog } from './frameworks';
import { watchList, type Direction } from './watch-list';

/**
 * The public page (issue 22 item 4, ADR 34): off until an administrator turns it on, it shows the
 * watch list and country pages of the countries chosen, read-only and without an account. What it
 * carries is built field by field here (never a record passed through): tier, score, forecast with
 * its interval, escalation stage and what changed, and the sources with their versions. Alerts and
 * actors only when chosen; field reports, reporters, triggers, notes and names of users never.
 */
export interface PublicPageSettings {
  readonly enabled: boolean;
  /** ISO3 codes the page shows (none: the page is empty even when enabled). */
  readonly countries: readonly string[];
  /** Alerts (stage, severity, province, days) on the country pages. */
  readonly alerts: boolean;
  /** The actors registry's names and types on the country pages. */
  readonly actors: boolean;
  /** The organisation's name shown at the top. */
  readonly title: string;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

const KEY = 'public-page';
const OFF: PublicPageSettings = {
  enabled: false,
  countries: [],
  alerts: false,
  actors: false,
  title: '',
  updatedAt: null,
  updatedBy: null,
};

export async function publicPageSettings(deps: UseCaseDeps): Promise<PublicPageSettings> {
  const raw = await deps.store.settings.get(KEY);
  return raw ? { ...OFF, ...(JSON.parse(raw) as Partial<PublicPageSettings>) } : OFF;
}

/** An administrator chooses what the public page shows (audited). */
export async function setPublicPage(
  deps: UseCaseDeps,
  input: Omit<PublicPageSettings, 'updatedAt' | 'updatedBy'>,
  by: string,
): Promise<PublicPageSettings> {
  const known = new Set<string>((await deps.store.countries.list()).map((c) => c.iso3));
  const countries = [...new Set(input.countries.map((c) => c.toUpperCase()))];
  const unknown = countries.filter((c) => !known.has(c));
  if (unknown.length > 0)
    throw new LensError('invalid', `countries: no country with the code ${unknown.join(', ')}`, {
      countries: 'unknown code',
    });
  const title = input.title.trim();
  if (title.length > 120)
    throw new LensError('invalid', 'title must be at most 120 characters', { title: 'too long' });
  const at = deps.clock.now().toISOString();
  const value: PublicPageSettings = {
    enabled: input.enabled,
    countries: countries.sort(),
    alerts: input.alerts,
    actors: input.actors,
    title,
    updatedAt: at,
    updatedBy: by,
  };
  await deps.store.transaction(async (store) => {
    await store.settings.set(KEY, JSON.stringify(value), by, at);
    await store.audit.append({
      at,
      actor: by,
      action: 'settings.public-page',
      recordType: 'setting',
      recordId: KEY,
      detail: {
        enabled: value.enabled,
        countries: value.countries,
        alerts: value.alerts,
        actors: value.actors,
      },
    });
  });
  return value;
}

export interface PublicSource {
  readonly source: string;
  readonly version: string;
  readonly licence: string;
  readonly importedAt: string;
}

export interface PublicWatchEntry {
  readonly iso3: string;
  readonly country: string;
  readonly tier: Tier | null;
  readonly score: number | null;
  /** Two-year onset probability with its interval, and the data year it is from. */
  readonly probability: {
    readonly risk2y: number;
    readonly interval: readonly [number, number] | null;
    readonly fromYear: number;
  } | null;
  readonly stage: Stage;
  readonly stageSince: string | null;
  readonly month: Direction;
  readonly year: Direction;
}

export interface PublicWatchList {
  readonly title: string;
  readonly asOf: string;
  readonly year: number | null;
  readonly entries: readonly PublicWatchEntry[];
  readonly sources: readonly PublicSource[];
}

const notPublished = () =>
  new LensError('not_found', 'This instance does not publish a public page');

async function published(deps: UseCaseDeps): Promise<PublicPageSettings> {
  const s = await publicPageSettings(deps);
  if (!s.enabled) throw notPublished();
  return s;
}

async function sources(deps: UseCaseDeps): Promise<PublicSource[]> {
  const latest = new Map<string, PublicSource>();
  for (const d of await deps.store.datasets.list())
    latest.set(d.source, {
      source: d.source,
      version: d.version,
      licence: d.licence,
      importedAt: d.importedAt.slice(0, 10),
    });
  return [...latest.values()].sort((a, b) => a.source.localeCompare(b.source));
}

const names = async (deps: UseCaseDeps, lang: string) =>
  new Map<string, string>(
    (await deps.store.countries.list()).map((c) => [
      c.iso3,
      (c.names as Record<string, string>)[lang] ?? c.names.en,
    ]),
  );

/** The published watch list: the chosen countries only, in the reader's language. */
export async function publicWatchList(
  deps: UseCaseDeps,
  input: { lang?: string } = {},
): Promise<PublicWatchList> {
  const s = await published(deps);
  const chosen = new Set(s.countries);
  const list = await watchList(deps);
  const nameOf = await names(deps, input.lang ?? 'en');
  return {
    title: s.title,
    asOf: list.asOf,
    year: list.year,
    entries: list.entries
      .filter((e) => chosen.has(e.iso3))
      .map((e) => ({
        iso3: e.iso3,
        country: nameOf.get(e.iso3) ?? e.country,
        tier: e.tier,
        score: e.score,
        probability: e.probability
          ? {
              risk2y: e.probability.risk2y,
              interval: e.probability.interval,
              fromYear: e.probability.fromYear,
            }
          : null,
        stage: e.stage,
        stageSince: e.stageSince,
        month: e.month.direction,
        year: e.year.direction,
      })),
    sources: await sources(deps),
  };
}

export interface PublicCountry {
  readonly title: string;
  readonly iso3: string;
  readonly country: string;
  readonly year: number;
  readonly tier: Tier | null;
  readonly score: number | null;
  readonly scoreRange: readonly [number, number];
  readonly coverage: number;
  readonly probability: PublicWatchEntry['probability'];
  readonly stage: Stage;
  readonly stageSince: string | null;
  /** The risk factors that drive the score (50 or more of 100), named in the reader's language. */
  readonly drivers: ReadonlyArray<{ readonly name: string; readonly score: number }>;
  /** Only when the organisation chose to publish them; else null. */
  readonly alerts: ReadonlyArray<{
    readonly stage: string;
    readonly severity: string;
    readonly province: string | null;
    readonly firstEventDate: string;
    readonly lastEventDate: string;
  }> | null;
  readonly actors: ReadonlyArray<{ readonly name: string; readonly type: string }> | null;
  readonly sources: readonly PublicSource[];
}

/** A published country's page; any other country is not found (not "forbidden": nothing leaks). */
export async function publicCountry(
  deps: UseCaseDeps,
  input: { iso3: string; lang?: string },
): Promise<PublicCountry> {
  const s = await published(deps);
  const iso3 = input.iso3.toUpperCase();
  if (!s.countries.includes(iso3))
    throw new LensError('not_found', `This instance does not publish a page for ${iso3}`);
  const lang = input.lang ?? 'en';
  const [a, list, nameOf] = await Promise.all([
    countryAssessment(deps, { iso3 }),
    watchList(deps),
    names(deps, lang),
  ]);
  const w = list.entries.find((e) => e.iso3 === iso3);
  // The UN Framework's factors by name in the reader's language, where the catalog has one.
  const catalog = await frameworkCatalog(deps, lang).catch(() => null);
  const factorName = new Map(
    (catalog?.items ?? [])
      .filter((i) => /^RF\d+$/.test(i.id) && i.name)
      .map((i) => [i.id, i.name!]),
  );
  const alerts = s.alerts
    ? (await deps.store.escalation.list({ kind: 'alert', iso3, limit: 200 })).map((x) => {
        const b = shareAlert(x, {
          kinds: ['alert'],
          countries: [iso3],
          detail: 'summary',
          location: 'admin1',
          delayDays: 0,
        }).body as Record<string, string | null>;
        return {
          stage: String(b.stage),
          severity: String(b.severity),
          province: b.province ?? null,
          firstEventDate: String(b.firstEventDate),
          lastEventDate: String(b.lastEventDate),
        };
      })
    : null;
  const actors = s.actors
    ? (await deps.store.actors.list({ iso3 }))
        .map((x) => ({ name: x.name, type: x.type }))
        .sort((x, y) => x.name.localeCompare(y.name))
    : null;
  return {
    title: s.title,
    iso3,
    country: nameOf.get(iso3) ?? a.country,
    year: a.year,
    tier: a.tier,
    score: a.score,
    scoreRange: a.scoreRange,
    coverage: a.coverage,
    probability: w?.probability
      ? {
          risk2y: w.probability.risk2y,
          interval: w.probability.interval,
          fromYear: w.probability.fromYear,
        }
      : null,
    stage: w?.stage ?? 'none',
    stageSince: w?.stageSince ?? null,
    drivers: a.factors
      .filter((f) => f.id !== 'G' && f.sufficient && (f.score ?? 0) >= 50)
      .map((f) => ({ name: factorName.get(f.id) ?? f.name, score: Math.round(f.score ?? 0) }))
      .sort((x, y) => y.score - x.score),
    alerts,
    actors,
    sources: await sources(deps),
  };
}

/** HXL hashtags (Humanitarian Exchange Language) for the watch list's columns, for HDX. */
const HXL_COLUMNS: ReadonlyArray<
  readonly [string, string, (e: PublicWatchEntry, l: PublicWatchList) => string]
> = [
  ['Country', '#country+name', (e) => e.country],
  ['ISO3', '#country+code+v_iso3', (e) => e.iso3],
  ['Assessment year', '#date+year', (_, l) => String(l.year ?? '')],
  ['Risk tier', '#severity+tier', (e) => e.tier ?? ''],
  ['Structural score (0-100)', '#indicator+score+num', (e) => e.score?.toFixed(1) ?? ''],
  [
    'Two-year onset probability',
    '#indicator+probability+num',
    (e) => e.probability?.risk2y.toFixed(4) ?? '',
  ],
  [
    'Probability, lower bound',
    '#indicator+probability+min+num',
    (e) => e.probability?.interval?.[0].toFixed(4) ?? '',
  ],
  [
    'Probability, upper bound',
    '#indicator+probability+max+num',
    (e) => e.probability?.interval?.[1].toFixed(4) ?? '',
  ],
  ['Escalation stage', '#status+stage', (e) => e.stage],
  ['Stage since', '#date+stage', (e) => e.stageSince ?? ''],
  ['Change this month', '#status+change+month', (e) => e.month],
  ['Change since last year', '#status+change+year', (e) => e.year],
  ['As of', '#date+reported', (_, l) => l.asOf],
];

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The published watch list as CSV with an HXL hashtag row under the header (HDX reads it). */
export function publicWatchListHxl(list: PublicWatchList): string {
  const rows = [
    HXL_COLUMNS.map(([h]) => h),
    HXL_COLUMNS.map(([, tag]) => tag),
    ...list.entries.map((e) => HXL_COLUMNS.map(([, , get]) => get(e, list))),
  ];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
