import { LensError } from '../domain/errors';

/**
 * The frameworks catalog (../shared/frameworks/catalog.json, bundled as data/frameworks): the UN
 * Framework of Analysis, Bellamy's preconditions and escalation path, Stanton, Harff, the
 * gender-sensitive indicators, measures, mappings and tensions, each item with its source and how
 * it was verified. Lens stores it as versioned reference data and reads it as a flat list of items.
 */

/**
 * How an item was checked against its source (catalog `conventions.verification`): primary_text,
 * stored_copy, stored_copy_partial, stored_copy_low_quality, repo_data or recalled_unverified.
 */
export type Verification = string;

export interface CatalogSource {
  readonly id: string;
  readonly section: string;
  /** The source's title, from the catalog's `sources`. */
  readonly title: string | null;
  /** Author (year), title, section: how the source is cited to readers. */
  readonly citation?: string;
  /** Author (year), title: the document without the section. */
  readonly document?: string;
}

export interface CatalogItem {
  readonly id: string;
  /** The framework (or catalog section) it belongs to, e.g. `un_framework_of_analysis_2014`. */
  readonly framework: string;
  readonly frameworkName: string;
  /** The list it sits in: risk_factors, indicators, preconditions, elements, stages, factors ... */
  readonly kind: string;
  readonly parentId: string | null;
  /** The group it is listed under where the catalog groups a list (measures: `Economic measures`). */
  readonly group?: string | null;
  /** A short name where the item has one (risk factors, stages, precondition categories). */
  readonly name: string | null;
  /** The paraphrased text or definition. */
  readonly text: string;
  readonly verification: Verification | null;
  /** Only on recalled items: how sure the cataloguer is that the recall matches the source. */
  readonly confidence: string | null;
  readonly source: CatalogSource | null;
  /**
   * False when the item was recalled and not checked against its source
   * (`recalled_unverified`): it must never be shown as authoritative.
   */
  readonly authoritative: boolean;
}

/** A link between catalog items (risk -> measure, context -> agenda ...), as the catalog gives it. */
export interface CatalogMapping {
  readonly id: string;
  /** risk_to_measure, scenario_to_measure, context_to_agenda, decision_rule, precondition_to_measure ... */
  readonly type: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** `sourced`: published; `proposed`: the cataloguer's unsourced proposal, never shown as sourced. */
  readonly status: 'sourced' | 'proposed';
  /** `category` (groups) or `item`. */
  readonly granularity: string | null;
  readonly description: string | null;
  readonly source: CatalogSource | null;
}

/** Two aims of prevention that can pull against each other, and the measures involved. */
export interface CatalogTension {
  readonly id: string;
  readonly sideA: string;
  readonly sideB: string;
  readonly description: string;
  readonly measures: readonly string[];
  readonly source: CatalogSource | null;
}

/**
 * A past prevention or response case (issue 23 item 4): where and when, the stage and setting at
 * the time, who killed and who acted, the measures tried, what happened and the lesson, with its
 * source. Its structured fields are coded by whoever wrote the record; its texts are paraphrases.
 */
export const CASE_SETTINGS = ['armed_conflict', 'peacetime', 'post_conflict'] as const;
export const CASE_RESULTS = ['prevented', 'mitigated', 'not_prevented'] as const;
export const CASE_STAGES = ['crisis', 'mobilisation', 'violence'] as const;
export type CaseSetting = (typeof CASE_SETTINGS)[number];

export interface CatalogCase {
  readonly id: string;
  readonly iso3: string;
  readonly from: number;
  readonly to: number;
  /** The escalation stage when outside actors acted (checked when the supplement is merged). */
  readonly stage: (typeof CASE_STAGES)[number];
  readonly setting: (typeof CASE_SETTINGS)[number];
  /** Actor types (registry words) of those who killed or threatened civilians. */
  readonly perpetrators: readonly string[];
  /** Actor types of those who acted to prevent or respond. */
  readonly acted: readonly string[];
  /** Catalog measures tried (CPA.*, RR.*). */
  readonly measures: readonly string[];
  /** What the record says came of it. */
  readonly result: (typeof CASE_RESULTS)[number];
  readonly summary: string;
  readonly outcome: string;
  readonly lesson: string;
  readonly verification: Verification | null;
  readonly confidence: string | null;
  readonly source: CatalogSource | null;
  readonly authoritative: boolean;
}

export interface FrameworkCatalog {
  readonly schemaVersion: string;
  readonly generated: string;
  readonly title: string;
  readonly items: readonly CatalogItem[];
  readonly mappings: readonly CatalogMapping[];
  readonly tensions: readonly CatalogTension[];
  /** The case library (the Lens supplement's `cases`); empty for a catalog without one. */
  readonly cases: readonly CatalogCase[];
  readonly sources: Readonly<Record<string, { title: string; year: string | null }>>;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: Json | undefined): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | null => (typeof v === 'string' ? v : null);

/** Whether a verification value marks the item as unverified recall. */
export const isUnverified = (v: string | null): boolean =>
  v !== null && v.includes('recalled_unverified');

/** Parses catalog.json (text) into its flat list of items; names the problem when it is not one. */
export function parseCatalog(text: string, file = 'catalog.json'): FrameworkCatalog {
  let raw: Json;
  try {
    raw = JSON.parse(text) as Json;
  } catch (e) {
    throw new LensError('invalid', `${file}: not JSON (${(e as Error).message})`);
  }
  if (!isObj(raw) || !isObj(raw.frameworks) || !isObj(raw.sources))
    throw new LensError(
      'invalid',
      `${file}: not a frameworks catalog (no "frameworks" or "sources")`,
    );
  const sources: Record<string, { title: string; year: string | null; author?: string }> = {};
  for (const [id, s] of Object.entries(raw.sources))
    if (isObj(s))
      sources[id] = {
        title: str(s.title) ?? id,
        year: typeof s.year === 'string' || typeof s.year === 'number' ? String(s.year) : null,
        ...(str(s.author) ? { author: str(s.author)! } : {}),
      };
  const items: CatalogItem[] = [];
  const seen = new Set<string>();
  const sourceOf = (v: Json | undefined): CatalogSource | null => {
    if (!isObj(v) || typeof v.id !== 'string') return null;
    const src = sources[v.id];
    const section = str(v.section) ?? '';
    const year = src?.year?.match(/\d{4}/)?.[0];
    const who = src?.author ? `${src.author}${year ? ` (${year})` : ''}, ` : '';
    return {
      id: v.id,
      section,
      title: src?.title ?? null,
      citation: `${who}${src?.title ?? v.id}${section ? `, ${section}` : ''}`,
      document: `${who}${src?.title ?? v.id}`,
    };
  };

  const visit = (
    node: Obj,
    framework: string,
    frameworkName: string,
    kind: string,
    parentId: string | null,
    inGroup: string | null = null,
  ): void => {
    const id = str(node.id);
    const group = str(node.group) ?? inGroup;
    const text =
      str(node.text) ??
      str(node.definition) ??
      str(node.description) ??
      str(node.fact) ??
      // Table 1 of Bellamy (2011): the agenda a context calls for.
      (typeof node.agenda === 'string' && Array.isArray(node.contexts)
        ? `${node.contexts.filter((c) => typeof c === 'string').join('; ')} -> ${node.agenda}`
        : null);
    const name = str(node.name) ?? str(node.category);
    let own = parentId;
    if (id && (text !== null || name !== null) && !seen.has(id)) {
      seen.add(id);
      const verification =
        str(node.verification) ??
        str(node.definition_verification) ??
        str(node.description_verification) ??
        null;
      items.push({
        id,
        framework,
        frameworkName,
        kind,
        parentId,
        group,
        name,
        text: text ?? name ?? '',
        verification,
        confidence: str(node.confidence),
        source: sourceOf(node.source) ?? sourceOf(node.definition_source),
        authoritative: !isUnverified(verification),
      });
      own = id;
    }
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value))
        for (const child of value) {
          if (isObj(child)) visit(child, framework, frameworkName, key, own, group);
        }
      else if (
        isObj(value) &&
        key !== 'source' &&
        key !== 'definition_source' &&
        key !== 'description_source'
      )
        visit(value, framework, frameworkName, key, own, group);
    }
  };

  for (const [key, fw] of Object.entries(raw.frameworks))
    if (isObj(fw)) visit(fw, key, str(fw.name) ?? key, 'framework', null);
  for (const section of ['measures', 'mappings'] as const) {
    const s = raw[section];
    if (isObj(s)) visit(s, section, section, section, null);
  }
  for (const section of ['tensions', 'gaps'] as const) {
    const s = raw[section];
    if (Array.isArray(s))
      for (const t of s) if (isObj(t)) visit(t, section, section, section, null);
  }
  if (items.length === 0) throw new LensError('invalid', `${file}: the catalog has no items`);
  const strings = (v: Json | undefined): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  const mappings: CatalogMapping[] = [];
  const mapping = (m: Json, status: CatalogMapping['status'], type: string | null): void => {
    if (!isObj(m) || typeof m.id !== 'string') return;
    const from = strings(m.from);
    const to = strings(m.to);
    if (from.length === 0 || to.length === 0) return;
    mappings.push({
      id: m.id,
      type: str(m.type) ?? type ?? 'link',
      from,
      to,
      status,
      granularity: str(m.granularity),
      description: str(m.description) ?? str(m.basis),
      source: sourceOf(m.source),
    });
  };
  if (isObj(raw.mappings)) {
    const { sourced, proposed_unsourced: proposed } = raw.mappings;
    if (Array.isArray(sourced)) for (const m of sourced) mapping(m, 'sourced', null);
    if (isObj(proposed))
      for (const [type, list] of Object.entries(proposed))
        if (Array.isArray(list)) for (const m of list) mapping(m, 'proposed', type);
  }
  const tensions: CatalogTension[] = (Array.isArray(raw.tensions) ? raw.tensions : [])
    .filter(isObj)
    .filter((t) => typeof t.id === 'string')
    .map((t) => ({
      id: t.id as string,
      sideA: str(t.side_a) ?? '',
      sideB: str(t.side_b) ?? '',
      description: str(t.description) ?? '',
      measures: strings(t.measures_involved),
      source: sourceOf(t.source),
    }));
  const num = (v: Json | undefined): number => (typeof v === 'number' ? v : NaN);
  const cases: CatalogCase[] = (Array.isArray(raw.cases) ? raw.cases : [])
    .filter(isObj)
    .filter((c) => typeof c.id === 'string')
    .map((c) => {
      const verification = str(c.verification);
      return {
        id: c.id as string,
        iso3: str(c.country) ?? '',
        from: num(c.from),
        to: num(c.to),
        stage: (str(c.stage) ?? '') as CatalogCase['stage'],
        setting: (str(c.setting) ?? '') as CatalogCase['setting'],
        perpetrators: strings(c.perpetrators),
        acted: strings(c.acted),
        measures: strings(c.measures),
        result: (str(c.result) ?? '') as CatalogCase['result'],
        summary: str(c.summary) ?? '',
        outcome: str(c.outcome) ?? '',
        lesson: str(c.lesson) ?? '',
        verification,
        confidence: str(c.confidence),
        source: sourceOf(c.source),
        authoritative: !isUnverified(verification),
      };
    });
  return {
    mappings,
    tensions,
    cases,
    schemaVersion: str(raw.schema_version) ?? '',
    generated: str(raw.generated) ?? '',
    title: str(raw.title) ?? 'Frameworks catalog',
    items,
    sources,
  };
}

/** The catalog version Lens records: schema version, generation date and the first bytes of its hash. */
export const catalogVersion = (c: FrameworkCatalog, sha256: string): string =>
  `${c.schemaVersion}+${c.generated}+${sha256.slice(0, 12)}`;
