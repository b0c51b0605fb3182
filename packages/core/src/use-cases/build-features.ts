import type { CountryYearValue, Dataset, DatasetKind } from '../domain/dataset';
import { LensError } from '../domain/errors';
import {
  buildFeatureTable,
  featureOutput,
  type FeatureData,
  type FeatureTable,
} from '../features/engine';
import type { FeatureSpec } from '../features/spec';
import type { UseCaseDeps } from './context';
import { forgetStructuralContext } from './structural-cache';

export interface BuildFeaturesInput {
  readonly spec: FeatureSpec;
  /** The dataset to use for a kind; by default the newest stored dataset of that kind. */
  readonly datasets?: Partial<Record<DatasetKind, number>>;
  readonly actor: string;
}

export interface BuildFeaturesResult {
  readonly status: 'built' | 'unchanged';
  /** The stored feature table (a dataset of kind `features`). */
  readonly dataset: Dataset;
  /** The datasets it was built from. */
  readonly inputs: readonly Dataset[];
  readonly table: FeatureTable;
  readonly output: { header: string[]; rows: Array<Array<number | string>> };
}

const BATCH = 5000;

/** The dataset kinds a spec reads, the panel's first. */
export function specKinds(spec: FeatureSpec): DatasetKind[] {
  const kinds = new Set<DatasetKind>([spec.panel.kind]);
  for (const s of spec.steps) if (s.op === 'input') kinds.add(s.kind);
  return [...kinds];
}

/**
 * What a spec reads, loaded from the store: each input variable's values by `iso3|year`, and the
 * datasets they came from.
 */
export async function loadFeatureData(
  deps: UseCaseDeps,
  spec: FeatureSpec,
  datasets?: BuildFeaturesInput['datasets'],
): Promise<{ data: FeatureData; inputs: Dataset[] }> {
  // A kind can have several stored files (two V-Dem extracts, two World Bank exports): each cell
  // comes from the newest dataset of its kind that holds it, unless the caller names the dataset.
  // Oldest first, so that a newer dataset's value of a cell replaces an older one's.
  const stored = await deps.store.datasets.list();
  const candidates = new Map<DatasetKind, Dataset[]>();
  for (const kind of specKinds(spec)) {
    const id = datasets?.[kind];
    const list =
      id === undefined ? stored.filter((d) => d.kind === kind) : stored.filter((d) => d.id === id);
    if (list.length === 0)
      throw new LensError(
        id === undefined ? 'invalid' : 'not_found',
        id === undefined
          ? `spec ${spec.id} needs a ${kind} dataset and none is stored: import one with \`lens import ${kind} FILE\``
          : `no dataset ${id}`,
      );
    for (const d of list)
      if (d.kind !== kind)
        throw new LensError('invalid', `dataset ${d.id} is ${d.kind}, not ${kind}`);
    candidates.set(kind, list);
  }

  const used = new Map<number, Dataset>();
  const loaded = new Map<string, Map<string, number>>();
  for (const s of [
    { kind: spec.panel.kind, variable: spec.panel.key },
    { kind: spec.panel.kind, variable: spec.panel.presence },
    ...spec.steps.flatMap((s) => (s.op === 'input' ? [s] : [])),
  ]) {
    const key = `${s.kind}|${s.variable}`;
    if (loaded.has(key)) continue;
    const values = new Map<string, number>();
    for (const d of candidates.get(s.kind)!) {
      const rows = await deps.store.datasets.variableValues(d.id, s.variable);
      if (rows.length === 0) continue;
      for (const v of rows) if (v.value !== null) values.set(`${v.iso3}|${v.year}`, v.value);
      used.set(d.id, d);
    }
    loaded.set(key, values);
  }
  return {
    data: { values: (kind, variable) => loaded.get(`${kind}|${variable}`) ?? new Map() },
    inputs: [...used.values()].sort((a, b) => a.id - b.id),
  };
}

/**
 * Builds a spec's feature table from stored datasets and stores it as a dataset of kind
 * `features` whose provenance lists the spec version and every input dataset (kind, version,
 * sha256). Building again from the same inputs with the same spec version changes nothing.
 */
export async function buildFeatures(
  deps: UseCaseDeps,
  input: BuildFeaturesInput,
): Promise<BuildFeaturesResult> {
  const { spec } = input;
  const { data, inputs } = await loadFeatureData(deps, spec, input.datasets);
  const table = buildFeatureTable(spec, data);
  const output = featureOutput(spec, table);

  const provenance = inputs.map((d) => ({
    kind: d.kind,
    version: d.version,
    sha256: d.sha256,
    importerVersion: d.importerVersion,
  }));
  const sha256 = deps.crypto.sha256Hex(
    JSON.stringify({ spec: spec.id, version: spec.version, inputs: provenance }),
  );
  const existing = await deps.store.datasets.findByHash('features', sha256);
  if (existing) return { status: 'unchanged', dataset: existing, inputs, table, output };

  const dataset = await deps.store.transaction(async (store) => {
    const at = deps.clock.now().toISOString();
    const id = await store.datasets.create({
      kind: 'features',
      source: `Lens feature spec ${spec.id}: ${spec.description}`,
      version: `${spec.id}@${spec.version}`,
      licence: 'derived: the licences of its inputs apply',
      fileName: spec.id,
      sha256,
      importerVersion: spec.version,
      importedAt: at,
      importedBy: input.actor,
    });
    const names = spec.output.columns.flatMap((c) => ('column' in c ? [c.column] : []));
    let batch: CountryYearValue[] = [];
    let count = 0;
    for (let i = 0; i < table.rows.length; i++) {
      const r = table.rows[i]!;
      if (r.year < spec.output.fromYear) continue;
      for (const name of names) {
        const v = table.columns.get(name)![i]!;
        if (Number.isNaN(v)) continue;
        batch.push({ iso3: r.iso3, year: r.year, variable: name, value: v });
      }
      if (batch.length >= BATCH) {
        await store.datasets.insertValues(id, batch);
        count += batch.length;
        batch = [];
      }
    }
    await store.datasets.insertValues(id, batch);
    count += batch.length;
    await store.datasets.complete(
      id,
      output.rows.length,
      inputs.map(
        (d) =>
          `built from ${d.kind} ${d.version} (dataset ${d.id}, sha256 ${d.sha256.slice(0, 16)})`,
      ),
    );
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'features.build',
      recordType: 'dataset',
      recordId: String(id),
      detail: {
        spec: spec.id,
        version: spec.version,
        rows: output.rows.length,
        values: count,
        inputs: provenance,
      },
    });
    const d = await store.datasets.get(id);
    if (!d) throw new Error('the feature dataset vanished inside its own transaction');
    return d;
  });
  forgetStructuralContext(deps);
  return { status: 'built', dataset, inputs, table, output };
}
