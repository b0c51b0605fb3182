/**
 * Prevention planning (issue 9): a country's planning context (assessment, escalation stage,
 * armed conflict, perpetrators), the agenda it calls for, the measures that answer its risks with
 * who can act, and its versioned needs assessment and plan, checked for pitfalls and tensions.
 */
import { isCatalogMeasure, preventionMeasures } from '../actors/capacity';
import type { Assessment } from '../assessment/assess';
import { LensError } from '../domain/errors';
import { agendaFor, type Agenda } from '../planning/agenda';
import { planContext, type Perpetrator, type PlanContext } from '../planning/context';
import { checkPlan, type PlanWarning } from '../planning/pitfalls';
import type { NeedsAssessmentBody, PlanBody, Versioned } from '../planning/plan';
import { recommendMeasures, type AnalystLink, type Recommendation } from '../planning/recommend';
import { countryCapacity } from './actors';
import { assessRange, cachedLensData, frameworkCatalog, latestAssessedYear } from './assessments';
import type { UseCaseDeps } from './context';
import { getCountry, requireIso3 } from './countries';
import { countryEscalation, type CountryEscalation } from './escalation-stage';
import { actorNetwork } from './network';

export interface PlanningView {
  readonly context: PlanContext;
  readonly assessment: Assessment;
  readonly agenda: Agenda;
  readonly recommendations: readonly Recommendation[];
  readonly capacity: { covered: number; limited: number; gaps: number; measures: number };
  readonly plan: (Versioned<PlanBody> & { warnings: PlanWarning[] }) | null;
  readonly catalogVersion: string;
  /** The day escalation and the network are read as of. */
  readonly asOf: string;
}

/** Who attacked civilians between two days, with the deaths, from the actor network. */
async function perpetrators(
  deps: UseCaseDeps,
  iso3: string,
  from: string,
  to: string,
): Promise<Perpetrator[]> {
  const net = await actorNetwork(deps, { iso3, from, to });
  const nodes = new Map(net.nodes.map((n) => [n.id, n]));
  const deaths = new Map<string, number>();
  for (const e of net.edges)
    if (e.relation === 'targets') deaths.set(e.source, (deaths.get(e.source) ?? 0) + e.deaths);
  return [...deaths].map(([key, d]) => ({
    key,
    name: nodes.get(key)?.name ?? key,
    type: nodes.get(key)?.type ?? 'armed_group',
    civilianDeaths: d,
  }));
}

/**
 * The planning context of a country in a year, read as of the end of that year (or today). Without
 * a year: the latest year the country has an assessment for, read as of the country's latest
 * escalation picture (today, or its last event when its data stopped long ago).
 */
export async function planningContext(
  deps: UseCaseDeps,
  input: { iso3: string; year?: number | undefined },
): Promise<{
  context: PlanContext;
  assessment: Assessment;
  asOf: string;
  escalation: CountryEscalation;
}> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const data = await cachedLensData(deps);
  const today = deps.clock.now().toISOString().slice(0, 10);
  const thisYear = Number(today.slice(0, 4));
  const wanted = input.year ?? latestAssessedYear(data, thisYear, iso3);
  if (wanted === undefined)
    throw new LensError(
      'not_found',
      `No assessment of ${iso3}: no indicator data for it is stored`,
    );
  const year = wanted;
  const range = assessRange(data, { from: year - 5, to: year, iso3 });
  const assessment = range.find((a) => a.year === year);
  if (!assessment) throw new LensError('not_found', `No assessment of ${iso3} for ${year}`);
  const escalation =
    input.year === undefined
      ? await countryEscalation(deps, { iso3 })
      : await countryEscalation(deps, {
          iso3,
          asOf: `${year}-12-31` < today ? `${year}-12-31` : today,
        });
  const asOf = escalation.asOf;
  return {
    assessment,
    asOf,
    escalation,
    context: planContext({
      assessment,
      previous: range.filter((a) => a.year < year),
      stage: escalation.stage,
      catalogRefs: new Map(data.spec.factors.map((f) => [f.id, f.catalogRefs])),
      perpetrators: await perpetrators(deps, iso3, `${year - 1}-01-01`, asOf),
    }),
  };
}

/** Everything a planner reads: context, agenda, recommended measures, capacity, plan warnings. */
export async function preventionPlanning(
  deps: UseCaseDeps,
  input: { iso3: string; year?: number | undefined },
): Promise<PlanningView> {
  return (await planningViewWithEscalation(deps, input)).view;
}

/** The planning view and the escalation read for it (a brief draws its timeline and provinces). */
export async function planningViewWithEscalation(
  deps: UseCaseDeps,
  input: { iso3: string; year?: number | undefined },
): Promise<{ view: PlanningView; escalation: CountryEscalation }> {
  const { context, assessment, asOf, escalation } = await planningContext(deps, input);
  const catalog = await frameworkCatalog(deps);
  const agenda = agendaFor(context, catalog);
  const capacity = await countryCapacity(deps, context.iso3, catalog);
  const links = await deps.store.planning.links({});
  const recommendations = recommendMeasures(context, agenda, catalog, links, capacity);
  const stored = await deps.store.planning.latest('plan', context.iso3);
  const text = measureText(catalog);
  const view: PlanningView = {
    context,
    assessment,
    agenda,
    recommendations,
    capacity: {
      covered: capacity.covered,
      limited: capacity.limited,
      gaps: capacity.gaps,
      measures: capacity.rows.length,
    },
    plan: stored ? { ...stored, warnings: checkPlan(stored.body, context, text) } : null,
    catalogVersion: catalog.version,
    asOf,
  };
  return { view, escalation };
}

const measureText =
  (catalog: { items: ReadonlyArray<{ id: string; text: string; group?: string | null }> }) =>
  (id: string): string => {
    const m = catalog.items.find((i) => i.id === id);
    if (m) return m.text;
    const inGroup = catalog.items.find((i) => i.id.startsWith(`${id}.`) && i.group);
    return inGroup?.group ?? id;
  };

/**
 * Stores a new version of a country's plan after checking its measures (catalog measures or
 * groups) and actors (registered); returns it with the pitfalls and tensions it triggers for the
 * year given. Audited.
 */
export async function savePlan(
  deps: UseCaseDeps,
  input: { iso3: string; year: number; body: PlanBody },
  by: string,
): Promise<Versioned<PlanBody> & { warnings: PlanWarning[] }> {
  const iso3 = requireIso3(input.iso3);
  const catalog = await frameworkCatalog(deps);
  const measures = preventionMeasures(catalog);
  for (const [n, item] of input.body.items.entries()) {
    if (!isCatalogMeasure(measures, item.measureId))
      throw new LensError(
        'invalid',
        `item ${n + 1}: "${item.measureId}" is not a catalog measure`,
        {
          [`items.${n}.measureId`]: 'unknown measure',
        },
      );
    for (const k of [...item.actors, ...item.targets])
      if (!(await deps.store.actors.get(k)))
        throw new LensError('invalid', `item ${n + 1}: no actor "${k}" in the registry`, {
          [`items.${n}`]: `unknown actor ${k}`,
        });
    if (item.start && item.end && item.end < item.start)
      throw new LensError('invalid', `item ${n + 1}: ends before it starts`);
  }
  const at = deps.clock.now().toISOString();
  const version = await deps.store.transaction(async (s) => {
    const v = await s.planning.add('plan', {
      iso3,
      body: input.body,
      createdAt: at,
      createdBy: by,
    });
    await s.audit.append({
      at,
      actor: by,
      action: 'plan.save',
      recordType: 'plan',
      recordId: `${iso3}/${v}`,
      detail: { items: input.body.items.length },
    });
    return v;
  });
  const { context } = await planningContext(deps, { iso3, year: input.year });
  return {
    iso3,
    version,
    body: input.body,
    createdAt: at,
    createdBy: by,
    warnings: checkPlan(input.body, context, measureText(catalog)),
  };
}

/** A country's plan (newest or a given version) and the list of its versions. */
export async function getPlan(deps: UseCaseDeps, code: string, version?: number) {
  const iso3 = requireIso3(code);
  const plan = await deps.store.planning.latest('plan', iso3, version);
  if (!plan)
    throw new LensError('not_found', `No plan for ${iso3}${version ? ` version ${version}` : ''}`);
  return { ...plan, versions: await deps.store.planning.versions('plan', iso3) };
}

/** Stores a new version of a country's needs assessment (Bellamy's five components). Audited. */
export async function saveNeedsAssessment(
  deps: UseCaseDeps,
  code: string,
  body: NeedsAssessmentBody,
  by: string,
): Promise<Versioned<NeedsAssessmentBody>> {
  const iso3 = requireIso3(code);
  const at = deps.clock.now().toISOString();
  const version = await deps.store.transaction(async (s) => {
    const v = await s.planning.add('needs', { iso3, body, createdAt: at, createdBy: by });
    await s.audit.append({
      at,
      actor: by,
      action: 'needs.save',
      recordType: 'needs_assessment',
      recordId: `${iso3}/${v}`,
      detail: {},
    });
    return v;
  });
  return { iso3, version, body, createdAt: at, createdBy: by };
}

/**
 * A country's needs assessment (newest or a version), with what the registry already knows of
 * existing preventive activity: the prevention actors judged able to apply a measure.
 */
export async function getNeedsAssessment(deps: UseCaseDeps, code: string, version?: number) {
  const iso3 = requireIso3(code);
  const doc = (await deps.store.planning.latest('needs', iso3, version)) ?? null;
  const capacity = await countryCapacity(deps, iso3);
  const names = new Map(capacity.actors.map((a) => [a.key, a.name]));
  return {
    iso3,
    assessment: doc,
    versions: await deps.store.planning.versions('needs', iso3),
    registryActivities: capacity.rows
      .filter((r) => r.canAct.length > 0)
      .map((r) => ({
        measureId: r.measure.id,
        measure: r.measure.text,
        actors: r.canAct.map((k) => names.get(k) ?? k),
      })),
    gaps: capacity.rows.filter((r) => r.status === 'gap').map((r) => r.measure.id),
  };
}

/** Analysts' risk -> measure links (retired ones too when asked). */
export async function listRiskLinks(
  deps: UseCaseDeps,
  includeRetired = false,
): Promise<AnalystLink[]> {
  return deps.store.planning.links({ includeRetired });
}

/** Adds an analyst's risk -> measure link, marked as the analyst's (not sourced). Audited. */
export async function addRiskLink(
  deps: UseCaseDeps,
  input: { riskId: string; measureId: string; rationale: string; source: string | null },
  by: string,
): Promise<AnalystLink> {
  const catalog = await frameworkCatalog(deps);
  if (!isCatalogMeasure(preventionMeasures(catalog), input.measureId))
    throw new LensError('invalid', `"${input.measureId}" is not a catalog measure`, {
      measureId: 'unknown measure',
    });
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (s) => {
    const l = await s.planning.addLink({ ...input, createdAt: at, createdBy: by });
    await s.audit.append({
      at,
      actor: by,
      action: 'risk_link.create',
      recordType: 'risk_link',
      recordId: String(l.id),
      detail: { riskId: l.riskId, measureId: l.measureId },
    });
    return l;
  });
}

/** Edits or retires an analyst's link (never deleted). Audited. */
export async function updateRiskLink(
  deps: UseCaseDeps,
  id: number,
  changes: { rationale?: string; source?: string | null; retired?: boolean },
  by: string,
): Promise<AnalystLink> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (s) => {
    if (!(await s.planning.link(id))) throw new LensError('not_found', `No risk link ${id}`);
    await s.planning.updateLink(id, {
      ...(changes.rationale !== undefined ? { rationale: changes.rationale } : {}),
      ...(changes.source !== undefined ? { source: changes.source } : {}),
      ...(changes.retired !== undefined ? { retiredAt: changes.retired ? at : null } : {}),
    });
    await s.audit.append({
      at,
      actor: by,
      action: changes.retired ? 'risk_link.retire' : 'risk_link.update',
      recordType: 'risk_link',
      recordId: String(id),
      detail: { changed: Object.keys(changes).join(',') },
    });
    return (await s.planning.link(id))!;
  });
}
