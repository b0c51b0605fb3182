/**
 * The prevention agenda a country's situation calls for (Bellamy 2011, Table 1): structural
 * prevention where there is a general risk, direct prevention where conflict or atrocities are
 * imminent or there is serious instability, escalation prevention where armed conflict is under
 * way; response while violence is under way and recovery after armed conflict (Peace Insight's
 * spheres); and, outside armed conflict, the peacetime forms of atrocity that may apply. Each item
 * says why it applies.
 */
import { stageRank } from '../escalation/indicators';
import type { CatalogItem, FrameworkCatalog } from '../frameworks/catalog';
import type { BriefLanguage } from '../briefs/brief-text';
import { AGENDA_WORDS } from './agenda-words';
import { oneSided, type PlanContext } from './context';

export type AgendaKind = 'structural' | 'direct' | 'escalation' | 'response' | 'recovery';

export interface AgendaItem {
  readonly kind: AgendaKind;
  /** The catalog row (BEL.T1.1 ...) and its text. */
  readonly catalogId: string;
  readonly text: string;
  /** The measures' root: CPA.S, CPA.D or CPA.E (common prevention agenda), RR.RESP or RR.REC. */
  readonly measureRoot: string;
  readonly why: string;
  readonly authoritative: boolean;
}

export interface PeacetimeForm {
  readonly catalogId: string;
  readonly text: string;
  readonly why: string;
  readonly authoritative: boolean;
}

export interface Agenda {
  readonly agendas: readonly AgendaItem[];
  readonly peacetimeForms: readonly PeacetimeForm[];
}

const ROWS: ReadonlyArray<[AgendaKind, string, string]> = [
  ['structural', 'BEL.T1.1', 'CPA.S'],
  ['direct', 'BEL.T1.2', 'CPA.D'],
  ['escalation', 'BEL.T1.3', 'CPA.E'],
  // Peace Insight's response and recovery spheres, answered by the Lens supplement's measures.
  ['response', 'PI.2', 'RR.RESP'],
  ['recovery', 'PI.3', 'RR.REC'],
];

const HIGH = new Set(['high', 'extreme']);
const STATE = new Set(['state_organ']);

export function agendaFor(
  ctx: PlanContext,
  catalog: FrameworkCatalog,
  lang: BriefLanguage = 'en',
): Agenda {
  const item = (id: string): CatalogItem | undefined => catalog.items.find((i) => i.id === id);
  const w = AGENDA_WORDS[lang];
  const drivers = ctx.drivers.map((d) => d.name);
  const why: Record<AgendaKind, string | null> = {
    structural:
      ctx.tier && ctx.tier !== 'negligible'
        ? w.tierDrivers(ctx.tier, drivers)
        : drivers.length > 0
          ? w.drivers(drivers)
          : null,
    direct:
      stageRank(ctx.stage) >= stageRank('crisis')
        ? w.stage(ctx.stage)
        : ctx.tier && HIGH.has(ctx.tier)
          ? w.tierRisk(ctx.tier, ctx.probability?.risk2y ?? null)
          : null,
    escalation: ctx.armedConflict ? w.armedConflict(ctx.battleDeaths, ctx.year) : null,
    // Prevention does not end when violence begins (BEL.PIT.3): response while it is under way,
    // recovery once armed conflict has ended.
    response: ctx.stage === 'violence' ? w.stage(ctx.stage) : null,
    recovery: ctx.recentConflict ? w.recentConflict : null,
  };
  const agendas: AgendaItem[] = [];
  for (const [kind, id, root] of ROWS) {
    const reason = why[kind];
    const it = item(id);
    if (reason && it)
      agendas.push({
        kind,
        catalogId: id,
        text: it.text,
        measureRoot: root,
        why: reason,
        authoritative: it.authoritative,
      });
  }
  const forms: PeacetimeForm[] = [];
  if (!ctx.armedConflict) {
    const form = (id: string, reason: string | null) => {
      const it = item(id);
      if (reason && it)
        forms.push({ catalogId: id, text: it.text, why: reason, authoritative: it.authoritative });
    };
    const top = ctx.perpetrators[0];
    const atRisk = ctx.tier !== null && HIGH.has(ctx.tier);
    form(
      'BEL.PT.A',
      top && STATE.has(top.type)
        ? w.stateForces(top.name)
        : atRisk && ctx.tier
          ? w.suppressionAtRisk(ctx.tier)
          : null,
    );
    form(
      'BEL.PT.B',
      top && !STATE.has(top.type) && !oneSided(ctx)
        ? w.communal(ctx.perpetrators.slice(0, 3).map((p) => p.name))
        : null,
    );
    form('BEL.PT.C', ctx.recentConflict ? w.recentConflict : null);
  }
  return { agendas, peacetimeForms: forms };
}
