/**
 * Risk -> measure: the measures that answer a country's present risks (its structural drivers,
 * its escalation stage and red flags, the peacetime forms that apply), each with the links that
 * put it there: sourced (published), proposed by the catalog's compiler (unsourced, never shown as
 * sourced) or added by an analyst. Item-level links recommend measures; category-level links
 * (a whole group, as the source gives them) recommend the group.
 */
import type { BriefLanguage } from '../briefs/brief-text';
import { AGENDA_WORDS } from './agenda-words';
import {
  preventionMeasures,
  type CapacityAudit,
  type MeasureLevel,
  type PreventionMeasure,
} from '../actors/capacity';
import { stageRank } from '../escalation/indicators';
import type { FrameworkCatalog } from '../frameworks/catalog';
import type { Agenda } from './agenda';
import type { PlanContext } from './context';

export type LinkStatus = 'sourced' | 'proposed' | 'analyst';

/** An analyst's link from a risk (factor, catalog item, stage) to a measure or group. */
export interface AnalystLink {
  readonly id: number;
  readonly riskId: string;
  readonly measureId: string;
  readonly rationale: string;
  readonly source: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly retiredAt: string | null;
}

export interface Reason {
  /** The present risk: a factor (RF2), a catalog item (BEL.PC.SOC.3, BEL.PT.A) or a stage. */
  readonly riskId: string;
  readonly riskName: string;
  /** The mapping (MAP.S.HI) or analyst link (`analyst:4`). */
  readonly linkId: string;
  readonly status: LinkStatus;
  readonly source: string | null;
  /** The source document without its section, to cite once for many links. */
  readonly document?: string | null;
}

export interface Recommendation {
  readonly id: string;
  readonly kind: 'measure' | 'group';
  readonly text: string;
  readonly level: MeasureLevel;
  readonly group: string;
  readonly reasons: readonly Reason[];
  /** The strongest of its links: sourced, then analyst, then proposed. */
  readonly status: LinkStatus;
  /** Prevention actors the capacity audit says can apply it. */
  readonly canAct: readonly string[];
  readonly score: number;
}

const WEIGHT: Record<LinkStatus, number> = { sourced: 3, analyst: 2, proposed: 1 };
const MEASURE_LINKS = new Set([
  'risk_to_measure',
  'scenario_to_measure',
  'decision_rule',
  'precondition_to_measure',
]);

/** The risks present in a context, each with its name and weight (0..1). */
export function presentRisks(
  ctx: PlanContext,
  agenda: Agenda,
  names: (id: string) => string,
  lang: BriefLanguage = 'en',
): Map<string, { name: string; weight: number }> {
  const risks = new Map<string, { name: string; weight: number }>();
  const add = (id: string, name: string, weight: number) => {
    const old = risks.get(id);
    if (!old || old.weight < weight) risks.set(id, { name, weight });
  };
  for (const d of ctx.drivers) {
    add(d.factorId, d.name, d.score / 100);
    for (const ref of d.catalogRefs) add(ref, `${names(ref)} (${d.name})`, d.score / 100);
  }
  if (stageRank(ctx.stage) >= stageRank('crisis'))
    add('BEL.ESC', AGENDA_WORDS[lang].stage(ctx.stage), 1);
  if (ctx.stage === 'violence') {
    for (const id of ['BEL.VIO.1', 'BEL.VIO.2', 'BEL.VIO.3']) add(id, names(id), 1);
    // The response sphere: its measures are linked from PI.2 (the Lens supplement's mappings).
    add('PI.2', AGENDA_WORDS[lang].stage(ctx.stage), 1);
  }
  if (ctx.recentConflict) add('PI.3', AGENDA_WORDS[lang].recentConflict, 1);
  for (const f of agenda.peacetimeForms) add(f.catalogId, names(f.catalogId), 1);
  return risks;
}

export function recommendMeasures(
  ctx: PlanContext,
  agenda: Agenda,
  catalog: FrameworkCatalog,
  analystLinks: readonly AnalystLink[] = [],
  capacity: CapacityAudit | null = null,
  lang: BriefLanguage = 'en',
): Recommendation[] {
  const itemText = new Map(catalog.items.map((i) => [i.id, i.name ?? i.text]));
  const names = (id: string) => itemText.get(id) ?? id;
  const risks = presentRisks(ctx, agenda, names, lang);
  const measures = preventionMeasures(catalog);
  const byId = new Map(measures.map((m) => [m.id, m]));
  const groups = new Map<string, PreventionMeasure[]>();
  for (const m of measures) {
    const g = m.id.split('.').slice(0, 3).join('.');
    groups.set(g, [...(groups.get(g) ?? []), m]);
  }
  const canAct = new Map<string, string[]>();
  const actorNames = new Map(capacity?.actors.map((a) => [a.key, a.name]) ?? []);
  for (const r of capacity?.rows ?? [])
    canAct.set(
      r.measure.id,
      r.canAct.map((k) => actorNames.get(k) ?? k),
    );

  const acc = new Map<string, { reasons: Reason[]; score: number }>();
  const link = (riskId: string, to: string, reason: Omit<Reason, 'riskId' | 'riskName'>) => {
    const risk = risks.get(riskId);
    if (!risk) return;
    if (!byId.has(to) && !groups.has(to)) return;
    const a = acc.get(to) ?? { reasons: [], score: 0 };
    if (a.reasons.some((r) => r.riskId === riskId && r.linkId === reason.linkId)) return;
    a.reasons.push({ riskId, riskName: risk.name, ...reason });
    a.score += WEIGHT[reason.status] * risk.weight;
    acc.set(to, a);
  };
  for (const m of catalog.mappings) {
    if (!MEASURE_LINKS.has(m.type)) continue;
    const source = m.source?.citation ?? null;
    const document = m.source?.document ?? null;
    for (const from of m.from)
      for (const to of m.to) link(from, to, { linkId: m.id, status: m.status, source, document });
  }
  for (const l of analystLinks)
    if (!l.retiredAt)
      link(l.riskId, l.measureId, {
        linkId: `analyst:${l.id}`,
        status: 'analyst',
        source: l.source ?? `${l.createdBy}: ${l.rationale}`,
      });

  const best = (rs: readonly Reason[]): LinkStatus =>
    rs.some((r) => r.status === 'sourced')
      ? 'sourced'
      : rs.some((r) => r.status === 'analyst')
        ? 'analyst'
        : 'proposed';
  const out: Recommendation[] = [];
  for (const [id, a] of acc) {
    const m = byId.get(id);
    if (m)
      out.push({
        id,
        kind: 'measure',
        text: m.text,
        level: m.level,
        group: m.group,
        reasons: a.reasons,
        status: best(a.reasons),
        canAct: canAct.get(id) ?? [],
        score: Math.round(a.score * 100) / 100,
      });
    else {
      const ms = groups.get(id)!;
      out.push({
        id,
        kind: 'group',
        text: ms[0]!.group,
        level: ms[0]!.level,
        group: ms[0]!.group,
        reasons: a.reasons,
        status: best(a.reasons),
        canAct: [...new Set(ms.flatMap((x) => canAct.get(x.id) ?? []))],
        score: Math.round(a.score * 100) / 100,
      });
    }
  }
  return out.sort(
    (x, y) =>
      Number(x.kind === 'group') - Number(y.kind === 'group') ||
      y.score - x.score ||
      x.id.localeCompare(y.id),
  );
}
