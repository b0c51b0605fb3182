/**
 * The capacity audit: for each prevention measure in the catalog, which prevention actors can
 * apply it in a country (capacity, commitment and coordination, 0-3 each, as analysts judge
 * them), and where nobody can (gaps). It feeds prevention planning.
 */
import type { FrameworkCatalog } from '../frameworks/catalog';
import { csvText } from '../formats/csv';

export interface PreventionMeasure {
  readonly id: string;
  /** Structural or direct prevention (Bellamy's common prevention agenda), response or recovery. */
  readonly level: MeasureLevel;
  readonly group: string;
  readonly text: string;
  readonly source: string | null;
  readonly authoritative: boolean;
}

/**
 * The common prevention agenda's measures and the supplement's response and recovery measures,
 * from the catalog, in catalog order.
 */
/** Bellamy's structural and direct prevention, and the Lens supplement's response and recovery. */
export type MeasureLevel = 'structural' | 'direct' | 'response' | 'recovery';
export const MEASURE_LEVELS: readonly MeasureLevel[] = [
  'structural',
  'direct',
  'response',
  'recovery',
];

const measureLevel = (id: string): MeasureLevel =>
  id.startsWith('CPA.S.')
    ? 'structural'
    : id.startsWith('RR.RESP.')
      ? 'response'
      : id.startsWith('RR.REC.')
        ? 'recovery'
        : 'direct';

export function preventionMeasures(catalog: FrameworkCatalog): PreventionMeasure[] {
  return catalog.items
    .filter(
      (i) =>
        i.framework === 'measures' &&
        i.kind === 'measures' &&
        (i.id.startsWith('CPA.') || i.id.startsWith('RR.')),
    )
    .map((i) => ({
      id: i.id,
      level: measureLevel(i.id),
      group: i.group ?? '',
      text: i.text,
      source: i.source?.citation ?? null,
      authoritative: i.authoritative,
    }));
}

/** Whether `id` is a measure of the list or a group of them (CPA.D.SAN, CPA.D). */
export const isCatalogMeasure = (measures: readonly PreventionMeasure[], id: string): boolean =>
  measures.some((m) => m.id === id || m.id.startsWith(`${id}.`));

export const SCORE_MAX = 3;

export interface CapacityEntry {
  readonly iso3: string;
  readonly actor: string;
  readonly measureId: string;
  /** 0 none ... 3 strong: means to apply the measure. */
  readonly capacity: number;
  /** 0 none ... 3 strong: will to apply it. */
  readonly commitment: number;
  /** 0 none ... 3 strong: working with the others who apply it. */
  readonly coordination: number;
  readonly note: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export type CoverageStatus = 'covered' | 'limited' | 'gap';

export interface CapacityRow {
  readonly measure: PreventionMeasure;
  readonly entries: readonly CapacityEntry[];
  /** Actors with capacity and commitment of at least 2: they can act. */
  readonly canAct: readonly string[];
  readonly status: CoverageStatus;
}

export interface CapacityAudit {
  readonly iso3: string;
  readonly actors: readonly { key: string; name: string; type: string }[];
  readonly rows: readonly CapacityRow[];
  readonly gaps: number;
  readonly limited: number;
  readonly covered: number;
}

/** Whether an actor's judged capacity and commitment are enough to apply a measure. */
export const canApply = (e: Pick<CapacityEntry, 'capacity' | 'commitment'>): boolean =>
  e.capacity >= 2 && e.commitment >= 2;

export function capacityAudit(
  iso3: string,
  measures: readonly PreventionMeasure[],
  actors: readonly { key: string; name: string; type: string }[],
  entries: readonly CapacityEntry[],
): CapacityAudit {
  const known = new Set(actors.map((a) => a.key));
  const byMeasure = new Map<string, CapacityEntry[]>();
  for (const e of entries) {
    if (!known.has(e.actor)) continue;
    const list = byMeasure.get(e.measureId);
    if (list) list.push(e);
    else byMeasure.set(e.measureId, [e]);
  }
  const rows = measures.map((measure): CapacityRow => {
    const es = byMeasure.get(measure.id) ?? [];
    const canAct = es.filter(canApply).map((e) => e.actor);
    const status: CoverageStatus =
      canAct.length > 0 ? 'covered' : es.some((e) => e.capacity > 0) ? 'limited' : 'gap';
    return { measure, entries: es, canAct, status };
  });
  const count = (s: CoverageStatus) => rows.filter((r) => r.status === s).length;
  return {
    iso3,
    actors,
    rows,
    gaps: count('gap'),
    limited: count('limited'),
    covered: count('covered'),
  };
}

const csvCell = (v: string | number | null): string =>
  v === null ? '' : typeof v === 'string' ? csvText(v) : String(v);

/**
 * The audit as CSV, one row per measure and actor judged (a gap is one row with no actor), so a
 * spreadsheet can pivot it into the country x measure grid.
 */
export function capacityCsv(a: CapacityAudit): string {
  const names = new Map(a.actors.map((x) => [x.key, x]));
  const lines = [
    'iso3,measure_id,level,group,measure,status,actor,actor_name,actor_type,capacity,commitment,coordination,can_act,note',
  ];
  for (const r of a.rows) {
    const m = r.measure;
    const head = [a.iso3, m.id, m.level, m.group, m.text, r.status];
    if (r.entries.length === 0)
      lines.push([...head, null, null, null, null, null, null, null, null].map(csvCell).join(','));
    for (const e of r.entries) {
      const who = names.get(e.actor);
      lines.push(
        [
          ...head,
          e.actor,
          who?.name ?? e.actor,
          who?.type ?? '',
          e.capacity,
          e.commitment,
          e.coordination,
          canApply(e) ? 'yes' : 'no',
          e.note,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
