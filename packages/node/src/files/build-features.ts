import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  buildFeatures,
  csvField,
  LensError,
  type BuildFeaturesResult,
  type DatasetKind,
  type FeatureSpec,
  type Progress,
  type UseCaseDeps,
} from '@lens/core';
import { importFile } from './import-file';

export interface FolderBuildResult extends BuildFeaturesResult {
  /** Each component file found in the folder and what its import did. */
  readonly imported: ReadonlyArray<{ kind: DatasetKind; file: string; status: string; id: number }>;
}

/**
 * `lens features build --from DIR`: imports the spec's component files found in the folder (a
 * file already stored is recognised by its sha256 and not imported again), then builds the
 * feature table from exactly those datasets. Kinds with no file in the folder use the newest
 * stored dataset of that kind.
 */
export async function buildFeaturesFromFolder(
  deps: UseCaseDeps,
  input: { spec: FeatureSpec; dir?: string | undefined; actor: string; progress?: Progress },
): Promise<FolderBuildResult> {
  const datasets: Partial<Record<DatasetKind, number>> = {};
  const imported: Array<{ kind: DatasetKind; file: string; status: string; id: number }> = [];
  if (input.dir !== undefined) {
    const names = await readdir(input.dir).catch(() => {
      throw new LensError('not_found', `${input.dir}: no such folder`);
    });
    for (const want of input.spec.inputs) {
      const pattern = new RegExp(want.file);
      const matches = names.filter((n) => pattern.test(n)).sort();
      if (matches.length > 1)
        throw new LensError(
          'invalid',
          `${input.dir}: several files could be the ${want.kind} input (${matches.join(', ')}); keep one`,
        );
      const file = matches[0];
      if (!file) continue;
      const r = await importFile(deps, {
        kind: want.kind,
        file: path.join(input.dir, file),
        version: want.version,
        actor: input.actor,
        ...(input.progress ? { progress: input.progress } : {}),
      });
      datasets[want.kind] = r.dataset.id;
      imported.push({ kind: want.kind, file, status: r.status, id: r.dataset.id });
    }
  }
  const result = await buildFeatures(deps, { spec: input.spec, datasets, actor: input.actor });
  return { ...result, imported };
}

/** A feature table as CSV: numbers in shortest round-trip form, missing values empty. */
export function featureCsv(output: BuildFeaturesResult['output']): string {
  const lines = [output.header.map(csvField).join(',')];
  for (const row of output.rows)
    lines.push(
      row
        .map((v) => (typeof v === 'string' ? csvField(v) : Number.isNaN(v) ? '' : String(v)))
        .join(','),
    );
  return `${lines.join('\n')}\n`;
}

export async function writeFeatureCsv(
  file: string,
  output: BuildFeaturesResult['output'],
): Promise<void> {
  await writeFile(file, featureCsv(output));
}
