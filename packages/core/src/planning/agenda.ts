/**
 * The prevention agenda a country's situation calls for (Bellamy 2011, Table 1): structural
 * prevention where there is a general risk, direct prevention where conflict or atrocities are
 * imminent or there is serious instability, escalation prevention where armed conflict is under
 * way; and, outside armed conflict, the peacetime forms of atrocity that may apply. Each item
 * says why it applies.
 */
import { stageRank } from '../escalation/indicators';
import type { CatalogItem, FrameworkCatalog } from '../frameworks/catalog';
import { oneSided, type PlanContext } from './context';

export type AgendaKind = 'structural' | 'direct' | 'escalation';

export interface AgendaItem {
  readonly kind: AgendaKind;
  /** The catalog row (BEL.T1.1 ...) and its text. */
  readonly catalogId: string;
  readonly text: string;
  /** The measures' root in the common prevention agenda: CPA.S, CPA.D or CPA.E. */
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
];

const HIGH = new Set(['high', 'extreme']);
const STATE = new Set(['state_organ']);

export function agendaFor(ctx: PlanContext, catalog: FrameworkCatalog): Agenda {
  const item = (id: string): CatalogItem | undefined => catalog.items.find((i) => i.id === id);
  const why: Record<AgendaKind, string | null> = {
    structural:
      ctx.tier && ctx.tier !== 'negligible'
        ? `structural risk tier ${ctx.tier}${ctx.drivers.length > 0 ? `; drivers: ${ctx.drivers.map((d) => d.name).join(', ')}` : ''}`
        : ctx.drivers.length > 0
          ? `drivers: ${ctx.drivers.map((d) => d.name).join(', ')}`
          : null,
    direct:
      stageRank(ctx.stage) >= stageRank('crisis')
        ? `escalation stage ${ctx.stage}`
        : ctx.tier && HIGH.has(ctx.tier)
          ? `risk tier ${ctx.tier}${ctx.probability ? `, ${(ctx.probability.risk2y * 100).toFixed(1)}% two-year probability of a new mass killing` : ''}`
          : null,
    escalation: ctx.armedConflict
      ? `armed conflict under way: ${ctx.battleDeaths} battle deaths in ${ctx.year} (UCDP)`
      : null,
  };
  const agendas: AgendaItem[] = [];
  for (const [kind, id, root] of ROWS) {
    const w = why[kind];
    const it = item(id);
    if (w && it)
      agendas.push({
        kind,
        catalogId: id,
        text: it.text,
        measureRoot: root,
        why: w,
        authoritative: it.authoritative,
      });
  }
  const forms: PeacetimeForm[] = [];
  if (!ctx.armedConflict) {
    const form = (id: string, w: string | null) => {
      const it = item(id);
      if (w && it)
        forms.push({ catalogId: id, text: it.text, why: w, authoritative: it.authoritative });
    };
    const top = ctx.perpetrators[0];
    const atRisk = ctx.tier !== null && HIGH.has(ctx.tier);
    form(
      'BEL.PT.A',
      top && STATE.has(top.type)
        ? `no armed conflict, and state forces (${top.name}) caused the most civilian deaths`
        : atRisk
          ? `no armed conflict at risk tier ${ctx.tier}: state-directed suppression is the most frequent peacetime form`
          : null,
    );
    form(
      'BEL.PT.B',
      top && !STATE.has(top.type) && !oneSided(ctx)
        ? `no armed conflict, and civilians were attacked by several non-state groups (${ctx.perpetrators
            .slice(0, 3)
            .map((p) => p.name)
            .join(', ')})`
        : null,
    );
    form('BEL.PT.C', ctx.recentConflict ? 'armed conflict ended within the last five years' : null);
  }
  return { agendas, peacetimeForms: forms };
}
