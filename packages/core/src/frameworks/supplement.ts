import { LensError } from '../domain/errors';
import { PERPETRATOR_SIDE, PREVENTION_SIDE } from '../actors/registry';
import {
  CASE_RESULTS,
  CASE_SETTINGS,
  CASE_STAGES,
  parseCatalog,
  type FrameworkCatalog,
} from './catalog';

/**
 * The Lens supplement to the frameworks catalog (issue 23 items 3 and 4, ADR 31): response and
 * recovery measures, the tensions they raise, and the case library, written in the catalog's own
 * schema (sources, measures, mappings, tensions) plus `cases`. The shared catalog stays a verbatim
 * copy; the supplement is merged into it before the catalog is stored, so its version (hash)
 * covers both.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(text: string, file: string): Obj {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new LensError('invalid', `${file}: not JSON (${(e as Error).message})`);
  }
  if (!isObj(raw)) throw new LensError('invalid', `${file}: must be a JSON object`);
  return raw;
}

/** Joins two objects of lists or objects key by key; a key both give must not clash. */
function joinSection(a: unknown, b: unknown, file: string, section: string): unknown {
  if (b === undefined) return a;
  if (a === undefined) return b;
  if (Array.isArray(a) && Array.isArray(b)) return [...(a as unknown[]), ...(b as unknown[])];
  if (isObj(a) && isObj(b)) {
    const out: Obj = { ...a };
    for (const [k, v] of Object.entries(b))
      out[k] = k in a ? joinSection(a[k], v, file, `${section}.${k}`) : v;
    return out;
  }
  throw new LensError('invalid', `${file}: "${section}" has another shape than in the catalog`);
}

/** What is wrong with the supplement's cases, each naming the case and field. */
function caseProblems(c: FrameworkCatalog): string[] {
  const measures = new Set(
    c.items.filter((i) => i.framework === 'measures' && i.kind === 'measures').map((i) => i.id),
  );
  const out: string[] = [];
  const ids = new Set<string>();
  const oneOf = (id: string, field: string, v: string, allowed: readonly string[]) => {
    if (!allowed.includes(v))
      out.push(`case ${id}: "${field}" must be one of ${allowed.join(', ')} (found "${v}")`);
  };
  for (const k of c.cases) {
    if (ids.has(k.id)) out.push(`case ${k.id}: the id is used twice`);
    ids.add(k.id);
    if (!/^[A-Z]{3}$/.test(k.iso3)) out.push(`case ${k.id}: "country" must be an ISO3 code`);
    if (!Number.isInteger(k.from) || !Number.isInteger(k.to) || k.to < k.from)
      out.push(`case ${k.id}: "from" and "to" must be years, from <= to`);
    oneOf(k.id, 'stage', k.stage, CASE_STAGES);
    oneOf(k.id, 'setting', k.setting, CASE_SETTINGS);
    oneOf(k.id, 'result', k.result, CASE_RESULTS);
    for (const t of k.perpetrators) oneOf(k.id, 'perpetrators', t, PERPETRATOR_SIDE);
    for (const t of k.acted) oneOf(k.id, 'acted', t, PREVENTION_SIDE);
    for (const m of k.measures)
      if (!measures.has(m)) out.push(`case ${k.id}: measure "${m}" is not in the catalog`);
    for (const f of ['summary', 'outcome', 'lesson'] as const)
      if (k[f].trim() === '') out.push(`case ${k.id}: "${f}" is empty`);
    if (!k.source?.title) out.push(`case ${k.id}: "source" must name a source of the catalog`);
    if (!k.verification) out.push(`case ${k.id}: "verification" is missing`);
  }
  return out;
}

/**
 * The catalog with the supplement merged in, as the JSON text Lens stores. Refuses a supplement
 * whose ids clash with the catalog's, whose items cite unknown sources, or whose cases are not
 * well formed, naming the file and the item.
 */
export function mergeSupplement(catalogText: string, supplementText: string, file: string): string {
  const base = parseJson(catalogText, 'catalog.json');
  const sup = parseJson(supplementText, file);
  const before = new Set(parseCatalog(catalogText).items.map((i) => i.id));
  const merged: Obj = { ...base };
  for (const key of ['sources', 'frameworks', 'measures', 'mappings', 'tensions', 'cases'])
    merged[key] = joinSection(base[key], sup[key], file, key);
  const text = JSON.stringify(merged);
  // The supplement's own items, read on their own (the merged catalog keeps the first of two ids).
  const own = parseCatalog(
    JSON.stringify({ ...sup, frameworks: sup.frameworks ?? {}, sources: merged.sources }),
    file,
  ).items;
  const problems = [
    ...own.filter((i) => before.has(i.id)).map((i) => `"${i.id}" is already an id of the catalog`),
    ...own
      .filter((i) => i.source && i.source.title === null)
      .map((i) => `${i.id}: source "${i.source!.id}" is not in "sources"`),
    ...caseProblems(parseCatalog(text, file)),
  ];
  if (problems.length > 0)
    throw new LensError(
      'invalid',
      `${file}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
    );
  return text;
}
